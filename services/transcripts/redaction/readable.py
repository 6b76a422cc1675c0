"""What the recognizers read of a piece of a segment: its text, one character for one (their offsets are the
text's), with the digits of other scripts (Arabic-Indic, Persian, Devanagari, ...) and the full-width forms that
Chinese and Japanese input methods type written as ASCII, and the tags a speech engine writes for what was no
speech ("[noise]", "<unk>", "[inaudible]", "(static)", "[line crackles]") blanked: a pause, across which a number
goes on. Only what the recognizers read changes; what is replaced is the text as it was, tags inside a value
included."""

import re
import unicodedata

# Every decimal digit of every script (Unicode's Nd: Arabic-Indic, Persian, Devanagari, full-width, ...), the
# full-width forms of ASCII's printable characters, and the ideographic space.
_PLAIN = {code: str(unicodedata.digit(chr(code))) for code in range(0x20000)
          if unicodedata.category(chr(code)) == "Nd" and not chr(code).isascii()}
_PLAIN.update({code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if code not in _PLAIN})
_PLAIN[0x3000] = " "

# The words of the tags engines and transcribers write for sounds, silence and what could not be heard (Whisper,
# AWS, Google, Rev, the LDC's conventions): in brackets, up to three of them.
_SOUND = (r"noises?|inaudible|unintelligible|indistinct|indiscernible|unclear|crosstalk|cross-talk|cross|talk|"
          r"overlapping|overlap|speech|static|laughter|laughs?|laughing|coughs?|coughing|sneezes?|music|silence|"
          r"pauses?|breath|breathing|breathes|sighs?|background|beeps?|tones?|dial|hold|line|crackles?|crackling|"
          r"interference|unk|unknown|foreign|sounds?|typing|keyboard|clicks?|clicking|blank|muffled|distortion|"
          r"distorted|garbled|dropout|audio|cuts|out|no|hesitation|vocali[sz]ed|noise|ringing|rings|phone|"
          r"baby|crying|dog|barking|traffic|wind|long|short|brief|bad|connection|signal|lost|mumbles?|mumbling|"
          r"whispers?|whispering|coughs|clears|throat|sil|spn|nsn|sta|int|noe|redacted")
_TAG = re.compile(rf"[\[<(][ \t]*(?:{_SOUND})(?:[ \t_-](?:{_SOUND})){{0,2}}[ \t]*[\]>)]", re.IGNORECASE)


def readable(text: str) -> str:
    if not text.isascii():
        text = text.translate(_PLAIN)
    if "[" in text or "<" in text or "(" in text:
        text = _TAG.sub(lambda m: " " * len(m[0]), text)
    return text
