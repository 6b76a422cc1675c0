"""What a transcript export writes around the words said, inside one segment: speaker tags at a line's start
("Caller:", "SPEAKER_1:", "[agent]"), timestamps ("[00:02:14]", "(28:49)", "46:15 -") and line breaks. A
one-channel export is then a conversation of its own: `said_pieces` cuts a segment into the pieces said
between them, so that the recognizers read them as they read segments (a number split across turns is one,
the other speaker's "mm-hmm" passed over) and each piece is redacted on its own, the tags and times kept."""

import re

# Roles and numbered speakers that tools write before a turn; a form's "Teléfono:" or "NIF:" is no tag (it
# names the value after it).
_ROLES = (r"agent|caller|customer|client|rep|representative|operator|advisor|adviser|support|user|assistant|"
          r"interviewer|interviewee|host|guest|patient|doctor|speaker|spk|spkr|channel|ch|participant")
_STAMP = r"\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?"
# At a line's start, any number of: a bracketed tag or time, a role (numbered or not) and its colon, a bare
# time and its dash. Each alternative begins with a fixed character class, so the scan stays linear.
_LEAD = re.compile(
    rf"[ \t]*(?:(?:[\[(](?:{_STAMP}|[A-Za-z][\w .'-]{{0,24}})[\])]:?"
    rf"|(?:{_ROLES})(?:[ _-]?\d{{1,2}}|[ _-]?[A-Z])?[ \t]*:"
    rf"|{_STAMP}[ \t]*[-\u2013\u2014|](?=[ \t]))[ \t]*)+",
    re.IGNORECASE)
# Inside a line: a bracketed time, or a bare one with its dash after a pause ("656, 46:19 - 962").
_INNER = re.compile(rf"[\[(]{_STAMP}[\])]|(?<=[\s,.;]){_STAMP}[ \t]*[-\u2013\u2014](?=[ \t])")
_LINE = re.compile(r"[^\n]+")


def said_pieces(text: str) -> list[tuple[int, int]]:
    """(start, end) of each piece said between line breaks, speaker tags and timestamps, in order; the whole
    text where it has none."""
    if "\n" not in text and ":" not in text and "[" not in text:
        return [(0, len(text))]
    pieces: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        if lead := _LEAD.match(text, start, end):
            start = lead.end()
        for stamp in _INNER.finditer(text, start, end):
            pieces.append((start, stamp.start()))
            start = stamp.end()
        pieces.append((start, end))
    return [(start, end) for start, end in pieces if text[start:end].strip()] or [(0, len(text))]
