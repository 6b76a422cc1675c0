"""The console's colours, as its style sheet sets them, have the contrast WCAG 2.2 asks of text (1.4.3,
level AA: at least 4.5:1), computed with the WCAG formula for relative luminance."""

import re
from pathlib import Path

import services.gateway.console as console

STYLE = (Path(console.__file__).parent / "static" / "console.css").read_text()
COLOURS = dict(re.findall(r"--([a-z]+):\s*(#[0-9a-f]{6})", STYLE))
# (text, background) of every pairing the pages use
PAIRS = [("ink", "bg"), ("muted", "bg"), ("muted", "panel"), ("accent", "bg"), ("accent", "panel"), ("yes", "bg"),
         ("no", "bg"), ("#ffffff", "accent"), ("#ffffff", "#14213d"), ("no", "#fdf0ef"), ("ink", "#fdf0ef"),
         ("yes", "panel")]


def luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(text: str, background: str) -> float:
    lighter, darker = sorted((luminance(text), luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def test_the_formula_gives_the_known_extremes():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0 and contrast("#777777", "#777777") == 1.0


def test_every_text_colour_on_its_background_reaches_4_5_to_1():
    for text, background in PAIRS:
        text, background = COLOURS.get(text, text), COLOURS.get(background, background)
        assert contrast(text, background) >= 4.5, (text, background, round(contrast(text, background), 2))
