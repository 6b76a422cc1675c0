"""What a transcript export writes around the words said, inside one segment: speaker tags at a line's start
("Caller:", "SPEAKER_1:", "[agent]", "Speaker 1  0:05" heading a turn), timestamps ("[00:02:14]", "(28:49)", "46:15
-", a chat's "[2026-12-05 10:02:33]"), subtitle cues ("12" and "00:00:01,000 --> 00:00:04,000" on lines of their
own), a list's item marks ("(a)", "[x]") and line breaks. A one-channel export is then a conversation of its own:
`said_pieces` cuts a segment into the pieces said between them, so that the recognizers read them as they read
segments (a number split across turns is one, the other speaker's "mm-hmm" passed over) and each piece is redacted
on its own, the tags and times kept.

A removed tag no longer keeps its speaker's digits apart from the next speaker's, so each piece says whether it is
`apart` from the one before: read on from it, a value would join what is not one (another speaker's number, an
answer to "And the zip code?", a list's next item). A value goes on across a speaker's own lines, times and
segments, across the other speaker's short turn between two of that speaker's ("mm-hmm", "Go on.", "Could you
repeat that?") that asks for nothing else, and across the other speaker's read-back of it. Where it goes on, a
checksum that passes one number in ten is not enough where the words before name another kind of number
(`named_otherwise`)."""

import re
from collections.abc import Callable
from typing import NamedTuple

from services.transcripts.redaction.asides import MAX_ASIDE
from services.transcripts.redaction.entities import CREDIT_CARD, ES_NIE, ES_NIF, Entity, last_mention, words
from services.transcripts.redaction.numerals import DIGIT_WORDS, REPEATS, is_number_word
from services.transcripts.redaction.spoken import count_at
from services.transcripts.redaction.tokens import TOKEN, Token

# Roles and numbered speakers that tools write before a turn; a form's "Teléfono:" or "NIF:" is no tag (it
# names the value after it).
_ROLES = (r"agent|caller|customer|client|rep|representative|operator|advisor|adviser|support|user|assistant|"
          r"interviewer|interviewee|host|guest|patient|doctor|speaker|spk|spkr|channel|ch|participant|"
          # a chat widget's ("You: 3522", "Visitor: ...", "Me: ...") and a bot's or an IVR's
          r"you|me|visitor|bot|chatbot|ivr|system|csr|cust")
# A role, numbered or lettered ("Speaker 2", "SPEAKER_1", "Agent #5123": an agent's id; "Rep A": a capital letter).
_ROLE = rf"(?:{_ROLES})(?:[ _-]?#?\d{{1,6}}|[ _-]?(?-i:[A-Z])\b)?"
# A time, "0:05", "46:15", "00:02:14.6", "10:02:33 AM", after its date in a chat's or a log's export
# ("2026-12-05 10:02:33", "12/05/2026 10:02"): none of its digits said.
_STAMP = (r"(?:(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})(?:[ \t]+|T|,[ \t]*))?"
          r"\d{1,3}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?(?:[ \t]?[ap]\.?m\b\.?)?")
# At a line's start, any number of these: a bracketed time or role, a role and its colon, a WebVTT voice tag
# ("<v Customer>", "<v Speaker 2>": a name with two digits at most; a number naming the speaker is redacted), a
# bare time and its dash (or the role after it), a role and the time its turn began as the line of its own a tool
# heads a turn with ("Speaker 1  0:05"). A bracketed word that is no role ("(a)", "[INFO]", "[inaudible]") stays:
# a list's, a log's or a note's, not a speaker's. Each alternative begins with a fixed character class, so the
# scan stays linear.
_TAG = re.compile(rf"(?:[\[(](?:{_STAMP}|(?P<bracketed>{_ROLE}))[\])]:?|(?P<role>{_ROLE})[ \t]*:"
                  rf"|<v(?:\.[\w-]{{1,20}}){{0,4}}[ \t]+(?P<voice>[^<>\n\d]{{1,40}}\d{{0,2}}[^<>\n\d]{{0,20}})>"
                  rf"|(?P<heading>{_ROLE})[ \t]+{_STAMP}[ \t]*$"
                  rf"|{_STAMP}[ \t]*(?:[-\u2013\u2014|](?=[ \t])|(?=(?:{_ROLE})[ \t]*:)))[ \t]*", re.IGNORECASE)
_LEAD = re.compile(rf"[ \t]*(?:{_TAG.pattern})+", re.IGNORECASE)
_ROLE_TAG = re.compile(rf"[ \t]*({_ROLE})[ \t]*:[ \t]*", re.IGNORECASE)
# Inside a line: a bracketed time, or a bare one with its dash after a pause ("656, 46:19 - 962").
_INNER = re.compile(rf"[\[(]{_STAMP}[\])]|(?<=[\s,.;]){_STAMP}[ \t]*[-\u2013\u2014](?=[ \t])")
# A subtitle cue's timing line (SubRip, WebVTT), and the cue's number on the line before it: no words said.
_CUE = re.compile(rf"[ \t]*{_STAMP}[ \t]*-->[ \t]*{_STAMP}[^\n]*")
_CUE_NUMBER = re.compile(r"[ \t]*\d+[ \t]*")
# A list's item mark at a line's start ("(a)", "[x]", "[ ]", "(iv)", "2)", "b)", "•"): each item a value of its own,
# the mark no words said ("[x] 2893 | [ ] 8426 | [x]": a DNI and its letter). Not "X." nor "4.": a letter or a digit
# said, dictated one to a line.
_ITEM = re.compile(r"[ \t]*(?:[\[(](?:[a-z]|[ \u2713\u2714\u2717]|[ivx]{2,4}|\d{1,2})[\])]|(?:[a-z]|\d{1,2})\)|"
                   r"[*\u2022\u00b7])[ \t]+", re.IGNORECASE)
_LINE = re.compile(r"[^\n]+")
_NOT_ALNUM = re.compile(r"[\W_]+")
# Words of a short turn that ask for another value than the one being said ("And the zip code?", "Date of
# birth?"): the answer after it is that value, no part of the one before.
_ASKS_ANOTHER = re.compile(
    r"\b(?:zip|post ?code|postal|expir\w*|exp|valid|security|cvv|cvc|cv2|pin|date|birth\w*|born|dob|e-?mail|"
    r"address|street|house|flat|apartment|suite|floor|room|amount|balance|total|how (?:many|much|long|old)|age|"
    r"year|month|extension|ext|(?:phone|mobile|cell|contact) number|landline|account|sort ?code|routing|"
    r"reference|ref|order|ticket|policy|claim|member|invoice|booking|confirmation|tracking|passport|"
    r"licen[cs]e|door|c[oó]digo postal|piso|puerta|escalera|calle|portal|fecha|tel[eé]fono|m[oó]vil|correo|"
    r"cuenta)\b", re.IGNORECASE)


# What the engine writes between two pieces kept apart: a word that is no filler, number or letter ends every run
# of digits, letters or address words there, and the invisible separator before it tells a reader that joins two
# runs across other words (a card "broken off", an area code and the rest) that they are two values.
APART_MARK = "\u2063"  # an invisible separator, never left in what is read (engine.redact_segments)
APART = f" {APART_MARK}apart\n"
KEPT_APART = APART.rstrip("\n")  # what ends a line kept apart from the next, its line break left out


def kept_apart(text: str, start: int, end: int) -> bool:
    """Whether two pieces kept apart meet between `start` and `end` of a conversation."""
    return text.find(APART, start, end) >= 0


class Piece(NamedTuple):
    start: int
    end: int
    apart: bool = False  # not read on from the piece before: what is said across them is two values


class _Said(NamedTuple):  # a piece as read, before the pieces around it decide whether it is apart
    segment: int
    start: int
    end: int
    speaker: str | None  # a tag's role; None before any tag
    item: bool  # a list's item begins here
    text: str  # what was said in it


def said_pieces(text: str) -> list[Piece]:
    """Each piece said between line breaks, speaker tags, timestamps and cues, in order; the whole text where it
    has none."""
    return [piece for _, piece in conversation_pieces([text])]


def conversation_pieces(texts: list[str | None]) -> list[tuple[int, Piece]]:
    """Each segment's pieces as (segment, piece), in order, at least one a segment: a segment that names no
    speaker goes on with the speaker of the one before, as a line does (a turn's words, cut by the engine), but
    for the answer to a question a tag put in another's mouth ("iban IT60 ..." / "Agent: and the rest?" / "2437
    ..."), and a segment after a tagged prompt saying no number among untagged ones ("808" / "Agent: go on" /
    "41"): those go on with the speaker before the tag."""
    said: list[_Said] = []
    speaker: str | None = None
    for index, text in enumerate(texts):
        pieces = _pieces(index, text or "", speaker)
        aside = pieces[0].speaker != speaker and all(p.speaker == pieces[0].speaker for p in pieces) and \
            ((speaker is None and index > 0 and _digits(text or "") == "") or (text or "").rstrip().endswith("?"))
        speaker = speaker if aside else pieces[-1].speaker
        said += pieces
    return [(s.segment, Piece(s.start, s.end, cut)) for s, cut in zip(said, _apart(said), strict=True)]


def _pieces(segment: int, text: str, speaker: str | None) -> list[_Said]:
    """The pieces of a segment with words in them (the whole segment if none has), who said each (a line without
    a tag goes on with the speaker of the line before), and whether a list's item begins there."""
    if "\n" not in text and ":" not in text and "[" not in text and "<v" not in text:
        return [_Said(segment, 0, len(text), speaker, False, text)]
    pieces: list[tuple[int, int, str | None, bool]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        if _CUE.fullmatch(text, start, end):
            if pieces and pieces[-1][0] == _line_start(text, pieces[-1][0]) and \
                    _CUE_NUMBER.fullmatch(text, pieces[-1][0], pieces[-1][1]):
                pieces.pop()  # the cue's number
            continue
        if lead := _LEAD.match(text, start, end):
            for tag in _TAG.finditer(text, start, lead.end()):
                if role := tag.group("bracketed") or tag.group("role") or tag.group("heading") or tag.group("voice"):
                    speaker = _NOT_ALNUM.sub("", role).lower()
            start = lead.end()
        item = _ITEM.match(text, start, end)
        start = item.end() if item else start
        for stamp in _INNER.finditer(text, start, end):
            pieces.append((start, stamp.start(), speaker, bool(item)))
            start, item = stamp.end(), None
            if role := _ROLE_TAG.match(text, start, end):  # "... [00:01:05] Caller: ...": a turn in the line
                speaker, start = _NOT_ALNUM.sub("", role.group(1)).lower(), role.end()
        pieces.append((start, end, speaker, bool(item)))
    said = [_Said(segment, start, end, who, item, text[start:end])
            for start, end, who, item in pieces if text[start:end].strip()]
    return said or [_Said(segment, 0, len(text), speaker, False, "")]


def _line_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _apart(said: list[_Said]) -> list[bool]:
    """Whether each piece is apart from the one before, where a value said across them would be two: where the
    speaker changes, unless the other speaker's turn echoes what the first said (`_echoes`), or is a short one
    (`_ASIDE`) between two of the first speaker's; on each side of a short piece that asks for another value,
    whoever said it; before a list's item."""
    turns: list[list[int]] = []  # pieces by turn: the same speaker's, one after the other
    for k, piece in enumerate(said):
        if k and piece.speaker == said[k - 1].speaker:
            turns[-1].append(k)
        else:
            turns.append([k])
    shorts: dict[int, str | None] = {}  # each piece's `_short`, read only where asked: most pieces never are

    def short(k: int) -> str | None:
        if k not in shorts:
            shorts[k] = _short(said[k].text)
        return shorts[k]

    def aside(j: int) -> bool:
        return echo[j] or all(short(k) == _ASIDE for k in turns[j])

    def asks(k: int) -> bool:
        return "?" in said[k].text and short(k) == _ASKS

    echo = [j > 0 and _echoes(said, turns, j, short) for j in range(len(turns))]
    apart = [False] * len(said)
    for j in range(1, len(turns)):
        between = j < len(turns) - 1 and said[turns[j - 1][0]].speaker == said[turns[j + 1][0]].speaker and aside(j)
        after = j >= 2 and said[turns[j - 2][0]].speaker == said[turns[j][0]].speaker and aside(j - 1)
        apart[turns[j][0]] = not (between or after or echo[j])
    return [k > 0 and (apart[k] or piece.item or asks(k - 1) or asks(k)) for k, piece in enumerate(said)]


MAX_ECHOED = 8  # turns looked back at for what the other speaker's read-back repeats


def _echoes(said: list[_Said], turns: list[list[int]], j: int, short: Callable[[int], str | None]) -> bool:
    """Whether turn `j` reads back what the speaker before it has said of a value so far, no more ("4539 1488"
    / "4539 1488, yes" / "0343 ..."; "So 4539 1488?" after "4539" / "So 4539?" / "1488"): no new value, the
    read-back reader's and the echo's (`readings.unechoed`) to pass over."""
    echoed = [_digits(said[k].text) for k in turns[j]]
    if None in echoed or len(echoed := "".join(echoed)) < 2 or any(short(k) == _NAMES for k in turns[j]):
        return False
    speaker, so_far = said[turns[j - 1][0]].speaker, ""
    for i in range(j - 1, max(-1, j - 1 - MAX_ECHOED), -2):
        if said[turns[i][0]].speaker != speaker:
            break
        so_far = "".join(_digits(said[k].text) or "" for k in turns[i]) + so_far
        if so_far.endswith(echoed):
            return True
    return False


def _digits(piece: str) -> str | None:
    """The digits a short piece says one by one, written or as words ("4539 1488", "four five three nine",
    "double oh"), or None: too long to be a read-back (or something else said: a read-back asking for another
    value, "4539, and the expiry?")."""
    if len(piece) > _SHORT_CHARS or _ASKS_ANOTHER.search(piece):
        return None
    out, times = [], 1
    for m in TOKEN.finditer(piece.lower()):
        word = m.group()
        if word.isdigit() or word in DIGIT_WORDS:
            out.append((word if word.isdigit() else str(DIGIT_WORDS[word])) * times)
        times = REPEATS.get(word, 1)
    return "".join(out)


_SHORT_CHARS = 160  # MAX_ASIDE tokens are seldom more
# A short piece with no digit said: passed over; naming another value ("my email is"); asking for one
# ("And the zip code?"), a question whoever asked it.
_ASIDE, _NAMES, _ASKS = "aside", "names", "asks"


def _short(piece: str) -> str | None:
    """Whether a piece is a short one with no digit said but a group's count ("mm-hmm", "Go on.", "And the next
    four?"), asking for another value or not ("And the zip code?"); None: neither."""
    if len(piece) > _SHORT_CHARS:
        return None  # most segments: not worth their tokens
    toks = [Token(m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(piece)]
    if len(toks) > MAX_ASIDE:
        return None
    i = 0
    while i < len(toks):
        if counted := count_at(toks, i):
            i += counted
            continue
        if toks[i].text[0].isdigit() or is_number_word(toks[i].text):
            return None
        i += 1
    if not _ASKS_ANOTHER.search(piece):
        return _ASIDE
    return _ASKS if "?" in piece else _NAMES


# Values a checksum alone decides (a card's Luhn passes one number in ten, a DNI's or NIE's letter one in 23), and
# the words that name each; and the words that name other kinds of number ("in order to", "in case": none).
_CHECKED_ONLY = {CREDIT_CARD: words(r"card|visa|master|amex|american express|discover|credit|debit|long number"),
                 ES_NIF: words(r"\bdni\b|\bnif\b|documento|identi"), ES_NIE: words(r"\bnie\b|extranjer|residen|identi")}
_OTHER_KIND = words(r"\b(?:(?<!in )order|reference|ref|booking|reservation|confirmation|ticket|tracking|claim|policy|"
                    r"case (?:number|id|ref)|invoice|receipt|transaction|parcel|shipment|serial|model|sku|room|"
                    r"flight|member|membership|employee|pin|pedido|reserva|localizador)\b")
NAMED_WITHIN = 80  # characters before a value where the words that name it are looked for


def named_otherwise(conversation: str, entity: Entity) -> bool:
    """Whether a value a checksum alone found, said across pieces, is named as another kind of number by the words
    said last before it ("my order is 5512 3456 | 7890 1234"): two numbers of that kind, read on by chance."""
    own = _CHECKED_ONLY.get(entity.type)
    if own is None:
        return False
    other = last_mention(conversation, _OTHER_KIND, entity.start, NAMED_WITHIN)
    return other >= 0 and other > last_mention(conversation, own, entity.start, NAMED_WITHIN)
