"""Email addresses, typed ("john.smith@example.com") or said ("john dot smith at example dot com",
"j o h n dash smith at sign acme dash corp dot law", "john smith all one word at gmail dot com").

Typed ones are read from each "@", back over at most 64 characters and on over at most 254 (a pattern
for the whole address would read a long run again from each of its characters). Said ones are first
normalized around each "at" that has a dot said soon after it: the tokens become an address's pieces,
each with the characters that said it ("at sign" an "@", "full stop" a dot, "j as in juliet", "capital
j" and "double l" letters, NATO words among spelled letters, "all one word" or "all lowercase" an
instruction, commas and hesitations dropped where a joiner or an instruction is beside them). Then the
local part is read back to a word that is not part of an address, the domain forward while "dot" joins
labels (spelled letters run into the words beside them: "b t internet"), and the grammar decides: labels
as RFC 1035 has them, the longest domain under a suffix on ICANN's public suffix list."""

import re
import unicodedata
from bisect import bisect_right
from typing import NamedTuple

from publicsuffixlist import PublicSuffixList

from services.transcripts.redaction.asides import aside_at
from services.transcripts.redaction.entities import EMAIL_ADDRESS, Claimed, Entity
from services.transcripts.redaction.markup import KEPT_APART
from services.transcripts.redaction.spelled import NATO, SPANISH_NAMES
from services.transcripts.redaction.spoken import DIGIT_WORDS, is_number_word, unit_at
from services.transcripts.redaction.tokens import Token, indexes_of, token_positions, tokens

_LOCAL_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._%+-")
_DOMAIN_RUN = re.compile(r"[A-Za-z0-9.-]{1,254}")  # one more than a domain may have: a longer run is none
_LABEL = re.compile(r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?")
_SUFFIXES = PublicSuffixList(only_icann=True)  # the copy the package ships: no network
MAX_PIECES = 12  # words of a said address's local part or domain: bounds the reading from each "at"
MAX_NAME_WORDS = 4  # words of a domain's first label said apart ("first choice motors dot co dot za")
# Said in Spanish, French, German, Italian, Dutch, Polish, Portuguese and Swedish too: "arroba", "arobase", "ät",
# "Klammeraffe", "chiocciola", "apenstaartje", "małpa", "snabel-a" (at); "punto", "point", "Punkt", "punt",
# "kropka", "ponto" (dot); "guion", "tiret", "Bindestrich", "trattino", "streepje", "hífen" (dash); "Unterstrich",
# "underline", "podkreślnik" (underscore); and Czech, Hungarian, Turkish, Russian and Hebrew's: "zavináč", "kukac",
# "et", "собака", "shtrudel" (at); "tečka", "pont", "nokta", "точка" (dot); "pomlčka", "kötőjel", "tire", "тире",
# "дефис" (dash); "podtržítko", "alsóvonás" (underscore); and Norwegian, Danish and Finnish: "krøllalfa", "ät-merkki",
# "miukumauku" (at), "punktum", "piste" (dot), "bindestrek", "viiva" (dash), "understrek", "alaviiva" (underscore);
# Slovak's "bodka" (dot) and "podčiarkovník" (underscore); Romanian's "a rond", "arond" (at), "liniuță" (dash).
# Their "at" reads an address only with a dot said soon after it and a domain the public suffix list knows ("kukac"
# is also a worm, "собака" a dog).
_DOTS = frozenset({"dot", "period", "point", "punto", "punkt", "punt", "kropka", "ponto", "tečka", "tecka", "pont",
                   "nokta", "точка", "punktum", "piste", "prikk", "punct", "teleia", "τελεία", "τελεια", "bodka",
                   "."})
_DOT_WORDS = _DOTS - {"."} | {"full"}  # or the first word of "full stop"
_DASHES = frozenset({"dash", "hyphen", "guion", "guión", "tiret", "bindestrich", "trattino", "streepje", "hífen",
                     "hifen", "traço", "myślnik", "bindestreck", "pomlčka", "pomlcka", "kötőjel", "kotojel", "tire",
                     "тире", "дефис", "bindestrek", "bindestreg", "streg", "viiva", "tavuviiva", "liniuță", "liniuta",
                     "cratimă", "cratima", "-"})
_JOINERS = {**dict.fromkeys(_DOTS, "."), **dict.fromkeys(_DASHES, "-"),
            **dict.fromkeys(("underscore", "unterstrich", "underline", "podkreślnik", "podkreslnik", "podtržítko",
                               "podtrzitko", "podčiarkovník", "podciarkovnik",
                               "alsóvonás", "understrek", "understreg", "alaviiva", "_"), "_")}
_AT = frozenset({"at", "arroba", "arobase", "ät", "klammeraffe", "chiocciola", "apenstaartje", "apestaart", "małpa",
                 "małpka", "malpa", "snabel", "zavináč", "zavinac", "kukac", "et", "собака", "shtrudel", "shtrudl",
                 "strudel", "krøllalfa", "krollalfa", "krøll", "kroll", "alfakrøll", "miukumauku", "papaki", "παπάκι",
                 "παπακι", "rond", "arond", "@"})
# An "at" said in two words, the second of which is one alone only after the first: Romanian's "a rond"
_AT_AFTER = {"rond": "a"}
# What follows "at" when people name the symbol: "at sign", "at symbol", "at the rate", "at-the-rate" (Indian
# English); Swedish's "snabel" is "snabel-a".
_AT_TAILS = {"at": (("-", "the", "-", "rate", "-", "of"), ("-", "the", "-", "rate"), ("the", "rate", "of"),
                    ("the", "rate"), ("sign",), ("symbol",), ("-", "merkki"), ("merkki",)),
             "snabel": (("-", "a"), ("a",)), "krøll": (("-", "alfa"), ("alfa",)), "kroll": (("-", "alfa"), ("alfa",)),
             "ät": (("-", "merkki"), ("merkki",))}
# Webmail providers whose domain a caller may name without its ".com" ("at gmail"), where an email is named.
_PROVIDERS = {name: f"{name}.com" for name in ("gmail", "googlemail", "hotmail", "yahoo", "outlook", "icloud", "aol",
                                               "protonmail")}
_EMAIL_WORDS = re.compile(r"e-?mail|address|adres|mejl|e-?post|endere[çc]o|correo|courriel", re.I)
EMAIL_NAMED_WITHIN = 80
_NOT_A_NAME = frozenset({"me", "is", "it's", "its", "email", "mail", "address", "my", "the", "to", "you", "and", "or",
                         "at", "reach", "send", "write", "contact", "that's", "it", "sure", "yes", "yeah", "okay",
                         "ok", "so", "um", "uh", "e", "was", "be", "on", "just", "try", "use", "sign",
                         "in", "up", "us", "here", "there",  # "Log in at my dot acme dot com": a site
                         "es", "est", "ist"})  # "es Salomon punto Cornejo, en minúscula, arroba ..."


def find_emails(text: str) -> list[Entity]:
    found = _typed(text) + _written_out(text) + _domain_asked(text)
    toks, typed = tokens(text), Claimed([(e.start, e.end) for e in found])
    ats = [i for i in indexes_of(text, _AT) if not typed.overlaps(toks[i].start, toks[i].end) and
           (toks[i].text not in _AT_AFTER or (i and toks[i - 1].text == _AT_AFTER[toks[i].text]))]
    if not ats:
        return found
    # Only an "at" with a dot said within a domain's reach after it: most are "at home", "at five".
    positions = token_positions(text)
    dots = sorted({*indexes_of(text, _DOT_WORDS), *(i for i in positions.get(".", ()) if _dot_written(text, toks, i)),
                   *(i for word, at in positions.items() if word[:3] == "dot" and _dot_glued(word) for i in at)})
    bare = {_at_start(toks, i) for i in ats if _provider_soon(text, toks, i)}
    return found + _said_all(text, toks, [i for i in ats if _dot_soon(dots, i) or toks[i].start in bare], bare) + \
        [e for i in ats for e in _over_turns(text, toks[i].start)]


def _at_start(toks: list[Token], i: int) -> int:
    """Where the "at" whose word is token `i` begins: at the word before it where it takes one ("a rond")."""
    return toks[i - 1].start if toks[i].text in _AT_AFTER else toks[i].start


# An address given over turns, its parts asked for one by one ("It's grace dot tyler." / "At which provider?" / "at
# hotmail." / "Dot com?" / "No, dot co dot uk."): a line that is its local part alone, said with "dot" or
# "underscore"; two lines on, a line that is "at" and a name; unless the name ends in a suffix, two lines on again,
# one that is a suffix said with "dot"; between them the other speaker's questions. Each part is hidden.
# The local part's line may open with a few words ("Email's", "Sure,") and trail off (", and then...", "..."); the
# domain's with a few words before "at" ("Oh, it's my work one, so at ..."), "dash" inside its labels and a country's
# letters spelled ("dot com dot a u"), and a word on the dash after it (", with the dash.").
_LOCAL_ALONE = re.compile(r"(?:(?:it's|its|it is|yes|yeah|so|okay|sure|email's|email is|my email's|then)[, ]+){0,2}"
                          r"(?!then )([a-z0-9]+(?: (?:dot|underscore) [a-z0-9]+)+)(?:,? and then)?"
                          r"(?:\.\.\.|\u2026|[.!])?", re.I)
_AT_ALONE = re.compile(r"(?:[a-z']+,? ){0,7}?(at [a-z0-9-]+(?: dash [a-z0-9]+)*(?: dot (?:[a-z]{2,}|[a-z] [a-z]))*)"
                       r"(?:,? with the dash)?[.!]?", re.I)
_SUFFIX_ALONE = re.compile(r"(?:(?:no|nope|yes|yeah|it's|its)[, ]+)*(dot [a-z]{2,6}(?: dot [a-z]{2,3})?)[.!]?", re.I)
MAX_PART_LINE = 90  # characters of a line that says a part alone


def _over_turns(text: str, at: int) -> list[Entity]:
    """The address given a part a turn, whose "at" line holds `at`."""
    lines = _lines_around(text, at)
    if lines is None or not (m := _AT_ALONE.fullmatch(text, *lines[2])) or \
            not (local := _LOCAL_ALONE.fullmatch(text, *lines[0])) or not text[slice(*lines[1])].rstrip().endswith("?"):
        return []
    domain, parts = _said_domain(m.group(1)[3:]), [local.span(1), m.span(1)]
    if "." not in domain:
        if len(lines) < 5 or not text[slice(*lines[3])].rstrip().endswith("?") or \
                not (suffix := _SUFFIX_ALONE.fullmatch(text, *lines[4])):
            return []
        domain += suffix.group(1).replace("dot ", ".").replace(" ", "")
        parts.append(suffix.span(1))
    address = f"{local.group(1).replace(' dot ', '.').replace(' underscore ', '_')}@{domain}".lower()
    if not _domain_ok(domain.lower(), known_suffix=True):
        return []
    return [Entity(EMAIL_ADDRESS, start, end, "email-over-turns", 0.9, address) for start, end in parts]


# An address whose domain is asked for after its local part, the answer without "at" ("So the first part is eloise
# underscore mcgurk." / "Okay, and the domain?" / "It's fastmail dot com."): the local part after a few words saying
# it is one, with "dot", "underscore" or "dash" inside; the question naming the domain, the provider or what comes
# after the "at"; the domain alone, its suffix on the public list.
_DOMAIN_ASKED = re.compile(r"\b(?:domain|provider|after the at(?: sign)?)\b[^\n?]{0,30}\?", re.I)
_LOCAL_LED = re.compile(r"(?:(?:so|okay|well|and|it|starts|the|first|part|is|it's|its|before|at|email|my|"
                        r"begins|with)[, ]+){0,6}"
                        r"([a-z0-9]+(?: (?:dot|underscore|dash) [a-z0-9]+)+)(?:,? and then)?(?:\.\.\.|\u2026|[.!])?",
                        re.I)
_DOMAIN_ALONE = re.compile(r"(?:(?:it's|its|it is|that's|that is|yes|yeah|so|oh|um|uh)[, ]+){0,2}"
                           r"([a-z0-9]+(?: dash [a-z0-9]+)*(?: dot [a-z]{2,6}){1,2})[.!]?", re.I)


def _domain_asked(text: str) -> list[Entity]:
    """Each address given as its local part, a question asking for its domain, and the domain alone, a line each."""
    found = []
    for asked in _DOMAIN_ASKED.finditer(text):
        start, end = _line_start(text, asked.start()), _line_end(text, asked.start())
        if start <= 0 or end < 0 or end >= len(text) or (before := _line_start(text, start - 1)) < 0 or \
                (after := _line_end(text, end + 1)) < 0 or \
                not (local := _LOCAL_LED.fullmatch(text, *_unkept(text, (before, start - 1)))) or \
                not (domain := _DOMAIN_ALONE.fullmatch(text, *_unkept(text, (end + 1, after)))):
            continue
        said = _said_domain(domain.group(1).lower())
        if not _domain_ok(said, known_suffix=True) or not _an_address_spoken_of(text, local, asked, said):
            continue
        address = f"{_said_local(local.group(1))}@{said}".lower()
        found += [Entity(EMAIL_ADDRESS, *part.span(1), "email-domain-asked", 0.9, address) for part in (local, domain)]
    return found




_AT_OR_DOMAIN = re.compile(r"\bat\b|domain", re.I)


def _an_address_spoken_of(text: str, local: re.Match[str], asked: re.Match[str], domain: str) -> bool:
    """Whether the question names an address's parts ("the domain", "after the at"), or an address was spoken of
    just before its local part, or that has a joiner only addresses have, or names a mail provider's domain after
    a local part of words ("Which provider?" alone asks of many things: "seven dot two" / "sky dot com")."""
    said = local.group(1)
    return bool(_AT_OR_DOMAIN.search(asked.group())) or " underscore " in said or " dash " in said or \
        _EMAIL_WORDS.search(text, max(0, local.start(1) - EMAIL_NAMED_WITHIN), local.start(1)) is not None or \
        (domain.split(".")[0] in _PROVIDERS and
         any(len(w) > 1 and w.isalpha() and not is_number_word(w) for w in said.lower().split()[::2]))


def _unkept(text: str, line: tuple[int, int]) -> tuple[int, int]:
    """The line without the mark of a turn kept apart from the next (markup.APART) at its end."""
    start, end = line
    return (start, end - len(KEPT_APART)) if text.endswith(KEPT_APART, start, end) else line


def _said_local(said: str) -> str:
    return said.replace(" dot ", ".").replace(" underscore ", "_").replace(" dash ", "-")


def _said_domain(said: str) -> str:
    """A domain said with "dot" and "dash", a label spelled a letter at a time ("ross dash group dot com dot a u")."""
    return ".".join(label.replace(" dash ", "-").replace(" ", "") for label in said.split(" dot "))


def _lines_around(text: str, at: int) -> list[tuple[int, int]] | None:
    """The spans of the two lines before the one holding `at`, that line, and up to two after, each short; None
    where one is longer (each line looked for over MAX_PART_LINE characters at most: an "at" in a long line costs
    no more than in a short one)."""
    spans = [(_line_start(text, at), _line_end(text, at))]
    for _ in range(2):
        if (start := spans[0][0]) <= 0:
            return None
        spans.insert(0, (_line_start(text, start - 1), start - 1))
    for _ in range(2):
        if (end := spans[-1][1]) < 0 or end >= len(text):
            break
        spans.append((end + 1, _line_end(text, end + 1)))
    return spans if all(s >= 0 and e >= 0 and e - s <= MAX_PART_LINE for s, e in spans) else None


def _line_start(text: str, at: int) -> int:
    """Where the line holding `at` starts; -1 where that is more than MAX_PART_LINE characters back."""
    start = text.rfind("\n", max(0, at - MAX_PART_LINE - 1), at) + 1
    return start if start or at <= MAX_PART_LINE else -1


def _line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends; -1 where that is more than MAX_PART_LINE characters on."""
    end = text.find("\n", at, at + MAX_PART_LINE + 1)
    return end if end >= 0 else len(text) if len(text) - at <= MAX_PART_LINE else -1


def _provider_soon(text: str, toks: list[Token], at: int) -> bool:
    """Whether a webmail provider is named just after an "at" ("john smith at gmail") where the
    conversation says an email address is being given: callers often leave its ".com" unsaid."""
    return any(t.text in _PROVIDERS or t.text == "mail" for t in toks[at + 1:at + 4]) and \
        _EMAIL_WORDS.search(text, max(0, toks[at].start - EMAIL_NAMED_WITHIN), toks[at].start) is not None


def _dot_glued(word: str) -> str | None:
    """The top-level domain written against the "dot" that says it ("dotcom", "dotnet"); None: not one."""
    if len(word) > 4 and word.startswith("dot") and _SUFFIXES.publicsuffix(word[3:], accept_unknown=False) == word[3:]:
        return word[3:]
    return None


def _dot_soon(dots: list[int], at: int) -> bool:
    k = bisect_right(dots, at)
    return k < len(dots) and dots[k] <= at + 2 * MAX_PIECES + 4


def _typed(text: str) -> list[Entity]:
    """From each "@", back over at most 64 characters of a local part and on over a domain's."""
    found, at = [], text.find("@")
    while at >= 0:
        begin = at
        while begin > at - 65 and begin > 0 and text[begin - 1] in _LOCAL_CHARS:
            begin -= 1
        local, domain = text[begin:at].lstrip("."), (m.group() if (m := _DOMAIN_RUN.match(text, at + 1)) else "")
        domain = domain.rstrip(".-")
        if 1 <= len(local) <= 64 and _domain_ok(domain, known_suffix=False):
            found.append(Entity(EMAIL_ADDRESS, at - len(local), at + 1 + len(domain), "email-pattern", 1.0,
                                f"{local}@{domain}".lower()))
        at = text.find("@", at + 1)
    return found


# An address typed with its "@" and dots written out or spaced so that machines miss it ("wanda.stevenson {at} proton
# {dot} me", "chris.carter [at] web [dot] de", "elijah.harrison(at)orange(dot)fr", "guy.hughes @ proton . me").
_AT_WRITTEN = re.compile(r"\{at\}|\[at\]|\(at\)| @ ", re.I)
_DOT_WRITTEN = r"(?: ?(?:\{dot\}|\[dot\]|\(dot\)) ?| \. |\.)"  # "." spaced on both sides or on neither
_DOMAIN_WRITTEN = re.compile(rf" ?([a-z0-9-]{{1,63}}(?:{_DOT_WRITTEN}[a-z0-9-]{{1,63}}){{1,6}})", re.I)
_DOT_MARK = re.compile(_DOT_WRITTEN, re.I)


def _written_out(text: str) -> list[Entity]:
    """Addresses whose "@" is written out or spaced, their domains' suffix on the public list."""
    found: list[Entity] = []
    for at in _AT_WRITTEN.finditer(text):
        end, begin = at.start(), at.start()
        while end > 0 and text[end - 1] == " ":
            end -= 1
        begin = end
        while begin > end - 65 and begin > 0 and text[begin - 1] in _LOCAL_CHARS:
            begin -= 1
        local, m = text[begin:end].lstrip("."), _DOMAIN_WRITTEN.match(text, at.end())
        if m is None or not 1 <= len(local) <= 64 or not any(c.isalpha() for c in local):
            continue
        domain = _DOT_MARK.sub(".", m.group(1))
        if _domain_ok(domain, known_suffix=True):
            found.append(Entity(EMAIL_ADDRESS, end - len(local), m.end(1), "email-written-out", 1.0,
                                f"{local}@{domain}".lower()))
    return found


def _domain_ok(domain: str, known_suffix: bool) -> bool:
    """RFC 1035's labels; said aloud, also a name under a suffix on the public suffix list (written,
    the "@" is evidence enough)."""
    labels = domain.split(".")
    if len(domain) > 253 or len(labels) < 2 or not labels[-1].isalpha() or len(labels[-1]) < 2 or \
            not all(_LABEL.fullmatch(label) for label in labels):
        return False
    return not known_suffix or _SUFFIXES.privatesuffix(domain.lower(), accept_unknown=False) is not None


class _Piece(NamedTuple):
    """A word of a said address after normalization: what it writes, where it was said, and how it joins."""

    text: str  # "john", "j" (a letter spelled, "j as in juliet", "juliet" among letters), "." for "dot"
    start: int
    end: int
    kind: str  # "word", "join" (dot, dash, underscore), "at", "one" (all one word, lower case, no spaces)
    spelled: bool = False  # letters or a digit said one by one: they run together
    soft: str = ""  # skipped just before it: "," (a comma, maybe with hesitations) or "uh" (hesitations only)


_SOFT = frozenset({",", "uh", "um", "umm", "er", "erm", "ah", "uhm"})  # skipped next to a joiner or instruction
# Said at the start of a segment that goes on with an address ("... | After that, outlook dot com", "Yeah the rest
# is gmail dot com"): passed over there.
_GOING_ON = frozenset({"and", "then", "so", "after", "that", "yeah", "yes", "the", "rest", "is", "it's", "its"})
_TURN = "\n"  # as a comma, and also a pause between the local part and the "at": a segment ended between them
_INSTRUCTIONS = tuple(sorted([("all", "one", "word"), ("one", "word"), ("as", "one", "word"), ("no", "spaces"),
                              ("no", "space"), ("all", "together"), ("together",), ("all", "lowercase"),
                              ("all", "lower", "case"), ("lowercase",), ("lower", "case"), ("no", "caps"),
                              ("all", "small", "letters"), ("small", "letters"), ("no", "dots"),
                              ("without", "the", "apostrophe"), ("without", "an", "apostrophe"),
                              ("without", "apostrophe"), ("no", "apostrophe"),
                              # French, Italian, Spanish, Portuguese, German, Dutch: "tout en minuscules"
                              ("tout", "en", "minuscules"), ("en", "minuscules"), ("tout", "attaché"),
                              ("tutto", "minuscolo"), ("in", "minuscolo"), ("tutto", "attaccato"),
                              ("todo", "en", "minúsculas"), ("en", "minúsculas"), ("en", "minúscula"),
                              ("todo", "junto"), ("tudo", "minúsculo"), ("em", "minúsculas"), ("tudo", "junto"),
                              ("alles", "klein"), ("kleingeschrieben",), ("alles", "zusammen"),
                              ("alles", "kleine", "letters"), ("kleine", "letters"), ("aan", "elkaar")],
                             key=len, reverse=True))
_INSTRUCTION_FIRST = frozenset(p[0] for p in _INSTRUCTIONS)
# "full stop": British for dot; "guion bajo", "tiret bas", "trattino basso": Spanish, French, Italian underscores.
_TWO_WORD_JOINERS = {("full", "stop"): ".", ("under", "score"): "_", ("guion", "bajo"): "_", ("guión", "bajo"): "_",
                     ("tiret", "bas"): "_", ("trattino", "basso"): "_"}
# Mail providers' names as engines write them in two words ("hot mail dot com"): one label.
_SPLIT_NAMES = {("hot", "mail"): "hotmail", ("out", "look"): "outlook", ("proton", "mail"): "protonmail",
                ("ya", "hoo"): "yahoo", ("i", "cloud"): "icloud", ("g", "mail"): "gmail", ("gee", "mail"): "gmail",
                ("google", "mail"): "googlemail"}
# What may stand between "the" and the "at" it names ("the at sign", "the little at"): passed over.
_NAMED_AT = (("little", "at"), ("at",))
_CASES = frozenset({"capital", "cap", "uppercase", "lowercase", "small", "big"})  # said before a letter
_AS_IN = frozenset({"as", "for"})
# "D comme Désiré", "O van Otto", "M wie Martha", "I come Imola": a letter and the word that says which, in the
# languages whose callers spell so.
_AS_IN_ABROAD = frozenset({"comme", "van", "wie", "come"})
# Words that may say more than themselves in an address: the rest are words as they are.
_SPECIAL = frozenset([*_SOFT, *_AT, *_JOINERS, "full", "under", *_CASES, *_INSTRUCTION_FIRST, "double", "triple"])
WINDOW = 2 * MAX_PIECES + 8  # tokens either side of an "at" that are normalized: bounds the work from each


def _phrase(toks: list[Token], i: int, phrases: tuple[tuple[str, ...], ...]) -> int:
    """The length in tokens of the first of `phrases` said from token `i`; 0: none."""
    for phrase in phrases:
        if tuple(t.text for t in toks[i:i + len(phrase)]) == phrase:
            return len(phrase)
    return 0


def _normalized(text: str, toks: list[Token], lo: int, hi: int) -> list[_Piece]:
    """Tokens `lo` to `hi` as an address's pieces: "at sign" one "at", "full stop" a dot, "j as in juliet"
    and "double l" letters, the words that say how it is written ("all one word") one piece each, commas
    and hesitations dropped (the next piece remembers one was there), a NATO word a letter where letters
    are being spelled."""
    out: list[_Piece] = []
    soft, i = "", lo
    while i < hi:
        t = toks[i]
        w = t.text
        if i > lo and "\n" in text[toks[i - 1].end:t.start]:
            soft = _TURN  # a new segment: as a comma, or a pause before an "at"
            if (n := aside_at(text, i)) and i + n < hi and not any(x.text in _AT for x in toks[i:i + n]):
                i += n  # the other speaker's "Uh-huh." between the local part and the "at"
                continue
        if soft == _TURN and (w in _SOFT or w in _GOING_ON):
            i += 1  # "... / uh, and at gmail dot com": the turn goes on
            continue
        if w == "the" and (n := _phrase(toks, i + 1, _NAMED_AT)):
            i += n  # "..., the at sign, ...", "the little at": up to the "at", which keeps the comma before them
            continue
        if i + 1 < hi and (w, toks[i + 1].text) in _SPLIT_NAMES:
            out.append(_Piece(_SPLIT_NAMES[w, toks[i + 1].text], t.start, toks[i + 1].end, "word", False, soft))
            soft, i = "", i + 2
            continue
        if (hyphened := _hyphened_letters(toks, i, hi)) > 1:  # "J-O-H-N", "c-o-m": letters spelled
            letters = "".join(x.text for x in toks[i:i + hyphened:2])
            out.append(_Piece(letters, t.start, toks[i + hyphened - 1].end, "word", True, soft))
            soft, i = "", i + hyphened
            continue
        if (tld := _dot_glued(w)) and out:  # "gmail dotcom"
            out += [_Piece(".", t.start, t.start + 3, "join", False, soft), _Piece(tld, t.start + 3, t.end, "word")]
            soft, i = "", i + 1
            continue
        if not w.isascii() and w not in _SPECIAL and (number := unit_at(toks, i))[0] is not None:
            # a number in a language's words ("åtte åtte", "kaksikymmentäviisi"): its digits
            out.append(_Piece(number[0].digits, t.start, toks[number[1] - 1].end, "word", True, soft))
            soft, i = "", max(number[1], i + 1)
            continue
        if not w.isascii() and w not in _SPECIAL:  # "è", "c'è": the sentence's words, never an address's
            out.append(_Piece(w, t.start, t.end, "stop", False, soft))
            soft, i = "", i + 1
            continue
        if len(w) == 1 and w.isalpha() and i + 2 < hi and toks[i + 1].text in _AS_IN_ABROAD and \
                _first_letter(toks[i + 2].text) == w and len(toks[i + 2].text) > 2:
            out.append(_Piece(w, t.start, toks[i + 2].end, "word", True, soft))  # "D comme Désiré"
            soft, i = "", i + 3
            continue
        if w not in _SPECIAL and w.isalnum() and (len(w) > 1 or i + 1 == hi or toks[i + 1].text not in _AS_IN):
            # most tokens: a word as it is
            out.append(_Piece(w, t.start, t.end, "word", len(w) == 1 or w.isdigit() or is_number_word(w), soft))
            soft, i = "", i + 1
            continue
        if w in _SOFT:
            soft, i = "," if "," in (w, soft) else "uh", i + 1
            continue
        n, piece = 1, None
        if w == "at" and not soft and out and out[-1].kind == "join" and out[-1].text == "." and \
                (i + 1 == len(toks) or not toks[i + 1].text[0].isalnum()):
            piece = _Piece(w, t.start, t.end, "word")  # "gmx Punkt at.": Austria's domain, last, no "@"
        elif w in _AT:
            said = tuple(y.text for y in toks[i + 1:i + 7])
            n = 1 + next((len(x) for x in _AT_TAILS.get(w, ()) if said[:len(x)] == x), 0)
            if w in _AT_AFTER and not (out and out[-1].text == _AT_AFTER[w] and out[-1].kind == "word"):
                break  # "rond" alone: no "at"
            begin = out.pop().start if w in _AT_AFTER else t.start  # "a rond": its "a" is the "at"'s
            piece = _Piece("@", begin, toks[i + n - 1].end, "at")
        elif (w, toks[i + 1].text if i + 1 < hi else "") in _TWO_WORD_JOINERS:  # before "guion" alone
            n, piece = 2, _Piece(_TWO_WORD_JOINERS[w, toks[i + 1].text], t.start, toks[i + 1].end, "join")
        elif w in _JOINERS and (w.isalpha() or _dot_written(text, toks, i)):
            piece = _Piece(_JOINERS[w], t.start, t.end, "join")
        elif w in _CASES and i + 1 < hi and len(toks[i + 1].text) == 1 and toks[i + 1].text.isalpha():
            n, piece = 2, _Piece(toks[i + 1].text, t.start, toks[i + 1].end, "word", spelled=True)  # "capital j"
        elif w in _INSTRUCTION_FIRST and (said := _phrase(toks, i, _INSTRUCTIONS)):
            n, piece = said, _Piece("", t.start, toks[i + said - 1].end, "one")
        elif len(w) == 1 and w.isalpha() and i + 3 < hi and toks[i + 1].text == "as" and toks[i + 2].text == "in" \
                and toks[i + 3].text[:1] == w:
            n, piece = 4, _Piece(w, t.start, toks[i + 3].end, "word", spelled=True)  # "j as in juliet"
        elif len(w) == 1 and w.isalpha() and i + 2 < hi and toks[i + 1].text == "for" and toks[i + 2].text[:1] == w \
                and len(toks[i + 2].text) > 2:
            n, piece = 3, _Piece(w, t.start, toks[i + 2].end, "word", spelled=True)  # "b for bravo"
        elif w in ("double", "triple") and i + 1 < hi and len(toks[i + 1].text) == 1 and toks[i + 1].text.isalpha():
            piece = _Piece(toks[i + 1].text * (2 if w == "double" else 3), t.start, toks[i + 1].end, "word",
                           spelled=True)  # "a double l e n"
            n = 2
        elif "'" in w and len(w) - w.index("'") > 3 and w.replace("'", "").isalnum():
            piece = _Piece(w.replace("'", ""), t.start, t.end, "word")  # "o'brien", not "it's" or "you'll"
        elif w.isalnum():
            piece = _Piece(w, t.start, t.end, "word", spelled=len(w) == 1 or w.isdigit() or is_number_word(w))
        elif (turn := _before_turn(text, toks, i, hi)) is not None and not (w == "?" and out and out[-1].kind == "at"):
            # "harris..." at a segment's end: a pause, the address may go on ("after the at?": a question about one)
            soft, i = _TURN, turn
            continue
        else:  # other punctuation ends an address
            piece = _Piece(w, t.start, t.end, "stop")
        out.append(piece._replace(soft=soft))
        soft, i = "", i + n
    # NATO words and Spanish letters' names next to letters spelled are letters ("j o h n", "juliet oscar hotel
    # november", "de, o, eme, e, ene").
    for k, piece in enumerate(out):
        spoken = NATO.get(piece.text) or SPANISH_NAMES.get(piece.text)
        if piece.kind == "word" and spoken and any(
                0 <= m < len(out) and out[m].kind == "word" and (out[m].spelled or out[m].text in NATO or
                                                                 out[m].text in SPANISH_NAMES)
                for m in (k - 1, k + 1)):
            out[k] = piece._replace(text=spoken.lower(), spelled=True)
    return _respelled(out)


# Said before a word spelled again just after it ("ashworth, that's a s h w o r t h, dot co dot uk").
_RESPELLING = frozenset({"that's", "thats", "spelled", "spelt", "that", "is", "like"})


def _respelled(pieces: list[_Piece]) -> list[_Piece]:
    """A domain's word followed by its letters spelled one by one ("at ashworth, spelled A S H W O R T H", "at
    pemberton, P-E-M-B-E-R-T-O-N"): the word once, its span reaching over the spelling. Before the "at", a name
    said and then spelled is the spelling's ("sarah, s a r a h, at ...": the address is the letters)."""
    out: list[_Piece] = []
    k, domain = 0, False
    while k < len(pieces):
        piece, j = pieces[k], k + 1
        domain = domain or piece.kind == "at"
        if domain and piece.kind == "word" and not piece.spelled and len(piece.text) > 2:
            while j < len(pieces) and j - k <= 2 and pieces[j].text in _RESPELLING:
                j += 1
            letters, end = "", j
            while end < len(pieces) and pieces[end].kind == "word" and pieces[end].spelled and \
                    pieces[end].text.isalpha() and len(letters) < len(piece.text):
                letters, end = letters + pieces[end].text, end + 1
            if letters == piece.text:
                out.append(piece._replace(end=pieces[end - 1].end))
                k = end
                continue
        out.append(piece)
        k += 1
    return out


def _first_letter(word: str) -> str:
    """A word's first letter without its accent ("désiré": d, "émile": e)."""
    return unicodedata.normalize("NFD", word[:1])[:1]


def _hyphened_letters(toks: list[Token], i: int, hi: int) -> int:
    """How many tokens from `i` write single letters joined by hyphens ("J-O-H-N": seven); 1: none."""
    j = i
    while j + 2 < hi and len(toks[j].text) == 1 and toks[j].text.isalpha() and toks[j + 1].text == "-" and \
            len(toks[j + 2].text) == 1 and toks[j + 2].text.isalpha() and _written_inside(toks, j + 1):
        j += 2
    return j - i + 1


def _before_turn(text: str, toks: list[Token], i: int, hi: int) -> int | None:
    """The token after a new line, where only punctuation stands from token `i` to it ("harris..." at the
    end of a segment); None: something else does, or no new line."""
    j = i
    while j + 1 < hi and not toks[j].text[0].isalnum():
        if "\n" in text[toks[j].end:toks[j + 1].start]:
            return j + 1
        j += 1
    return None


def _dot_written(text: str, toks: list[Token], i: int) -> bool:
    """Whether a "." or "-" token is written inside an address: against the words either side, or before a
    generic top-level domain as an engine that capitalizes a sentence writes "dot" ("aol. Com"; not "fixmypc. In
    numbers": a country's suffix is too often a word)."""
    if _written_inside(toks, i):
        return True
    return 0 < i < len(toks) - 1 and toks[i + 1].text in _GENERIC_SUFFIXES and toks[i].text == "." and \
        toks[i - 1].end == toks[i].start and toks[i].end + 1 == toks[i + 1].start and text[toks[i].end] == " " \
        and toks[i - 1].text[0].isalnum()


_GENERIC_SUFFIXES = frozenset({"com", "net", "org", "edu", "gov"})


def _written_inside(toks: list[Token], i: int) -> bool:
    """Whether a "." or "-" token is written against the words either side ("john.smith"), not a sentence's
    full stop or a dash between clauses."""
    return 0 < i < len(toks) - 1 and toks[i - 1].end == toks[i].start and toks[i].end == toks[i + 1].start and \
        toks[i - 1].text[0].isalnum() and toks[i + 1].text[0].isalnum()  # not an ellipsis's dots


def _said_all(text: str, toks: list[Token], ats: list[int], bare: set[int]) -> list[Entity]:
    """Each said address: the tokens around each "at" normalized once (windows that meet, together);
    `bare`: where the "at"s whose provider may be named without its ".com" start."""
    found: list[Entity] = []
    starts = {_at_start(toks, i) for i in ats}  # the "at"s to read from (not a typed address's "@")
    k = 0
    while k < len(ats):
        lo, hi = max(0, ats[k] - WINDOW), min(len(toks), ats[k] + WINDOW)
        while k + 1 < len(ats) and ats[k + 1] - WINDOW <= hi:
            k += 1
            hi = min(len(toks), ats[k] + WINDOW)
        pieces = _normalized(text, toks, lo, hi)
        for index, piece in enumerate(pieces):
            if piece.kind == "at" and piece.start in starts and (said := _said(pieces, index, piece.start in bare)) \
                    and not _nordic_that(text, piece, said):
                found.append(said)
        k += 1
    return found


# Danish's and Norwegian's "at" is their "that" ("Jeg synes at Telia punktum no er for dyrt"): an address said with
# their "punktum" has their "@" too ("snabel-a", "krøllalfa"), never English's "at".
_NORDIC_DOTS = re.compile(r"\b(?:punktum|piste|prikk)\b", re.I)


def _nordic_that(text: str, at: _Piece, said: Entity) -> bool:
    return text[at.start:at.end].lower() == "at" and _NORDIC_DOTS.search(text, said.start, said.end) is not None


def _said(pieces: list[_Piece], at: int, bare: bool = False) -> Entity | None:
    """The address around the "at" piece at index `at`. Where commas stand on both sides of the "at"
    ("mary, dot, jones, at, gmail, dot, com", as Whisper writes a slow speaker), they are pauses; a comma
    on one side only ends the address there ("amazing, at least dot com")."""
    if pieces[at].soft in (",", _TURN) and at + 1 < len(pieces) and pieces[at + 1].soft in (",", _TURN):
        lo = max(0, at - 3 * MAX_PIECES)  # a copy of what an address can reach, not of the whole text's
        pieces, at = pieces[lo:at + 3 * MAX_PIECES], at - lo
        pieces[at], pieces[at + 1] = pieces[at]._replace(soft=""), pieces[at + 1]._replace(soft="")
    elif pieces[at].soft == "," and _initial_before(pieces, at):
        lo = max(0, at - 3 * MAX_PIECES)
        pieces, at = pieces[lo:at + 3 * MAX_PIECES], at - lo
        pieces[at], pieces[at - 1] = pieces[at]._replace(soft=""), pieces[at - 1]._replace(soft="")
    domain, end = _domain(pieces, at + 1)
    if end is None and bare and _bare_provider(pieces, at + 1):
        domain, end = _PROVIDERS[pieces[at + 1].text], at + 1  # "at gmail", its ".com" unsaid
    if end is None:
        return None
    named = pieces[at].end - pieces[at].start > 2 and at > 0 and pieces[at - 1].text == "the"  # "the at sign"
    after = end + 1
    while after < len(pieces) and pieces[after].kind == "one":  # "..., all one word"
        after += 1
    local, start = _local(pieces, at - 1 - named, after > end + 1)
    if start is None:
        return None
    return Entity(EMAIL_ADDRESS, pieces[start].start, pieces[end].end, "email-spoken", 0.9, f"{local}@{domain}")


def _initial_before(pieces: list[_Piece], at: int) -> bool:
    """Whether a letter spelled, a comma, a word and a comma stand before the "at" piece ("capital M, jones,
    at ..."): an initial and a name said apart, the commas pauses."""
    return at >= 2 and pieces[at - 1].kind == "word" and pieces[at - 1].soft == "," and len(pieces[at - 2].text) == 1 \
        and pieces[at - 2].spelled and pieces[at - 2].text.isalpha() and pieces[at - 1].text not in _NOT_A_NAME


def _bare_provider(pieces: list[_Piece], k: int) -> bool:
    """Whether piece `k` names a webmail provider with no dot said after it."""
    return k < len(pieces) and pieces[k].kind == "word" and pieces[k].text in _PROVIDERS and \
        (k + 1 == len(pieces) or pieces[k + 1].kind != "join")


def _touch(left: _Piece, right: _Piece) -> bool:
    """Whether two pieces are said one after the other: a comma or a hesitation between them only where a
    joiner or an instruction is one of them, or both are letters spelled (and a hesitation before or
    after the "at")."""
    if not right.soft or {left.kind, right.kind} & {"join", "one"} or (left.spelled and right.spelled):
        return True  # "j, o, h, n": letters spelled with commas between
    if right.kind == "at" and _letters(left):
        return True  # "s a r a h, at gmail ..."
    # a pause just after the "at" ("... arroba, hotmail punto com"): the domain is still to come
    # or a new segment ("anna.price@ | What comes after? | gmail dot com": typed in the chat up to its "@")
    return (right.soft == "uh" and "at" in (left.kind, right.kind)) or (right.soft == _TURN and right.kind == "at") \
        or (right.soft in (",", _TURN) and left.kind == "at")


def _letters(piece: _Piece) -> bool:
    """Letters spelled ("g mail", "b t internet"): they run into the word beside them in a domain."""
    return piece.spelled and piece.text.isalpha()


def _domain(pieces: list[_Piece], k: int) -> tuple[str, int | None]:
    """Labels joined by "dot", each a word or words joined by "dash" (letters spelled run together); the
    longest that is a domain under a public suffix, and its last piece's index."""
    out, ends, last, words = "", [], None, 0
    while k < len(pieces) and words < MAX_PIECES:
        piece, before = pieces[k], pieces[k - 1]
        # words said one after the other run together in letters, and in a company's name before the first dot
        # ("at bright path care dot com"), which a public suffix must then follow
        follows = last is None or last == k - 2 or (last == k - 1 and (_letters(piece) or _letters(before) or (
            "." not in out and words < MAX_NAME_WORDS and not {piece.text, before.text} & _NOT_A_NAME)))
        if piece.kind == "word" and follows and _touch(before, piece):
            out, last, words = out + piece.text, k, words + 1
            ends.append((out, k))
        elif last == k - 1 and piece.kind == "join" and piece.text in ".-" and _touch(before, piece):
            out += piece.text
        else:
            break
        k += 1
    for domain, end in reversed(ends):  # "gmail dot com i think": the longest that is one
        # a number word last is a decimal's ("at the rate of 5 point seven"), though ".seven" is a suffix
        if "." in domain and not domain.startswith("www.") and not _number_said(pieces[end].text) and \
                _domain_ok(domain, known_suffix=True):
            return domain, end
    return "", None


def _number_said(word: str) -> bool:
    return len(word) > 2 and is_number_word(word)  # "seven", not the letters "o" and "oh" ("dot i o")


def _local(pieces: list[_Piece], k: int, one_word: bool) -> tuple[str, int | None]:
    """The local part said before the "at": words joined by "dot", "underscore" or "dash"; letters and
    digits said one by one; a name's words run together where "all one word" says so (before the "at" or
    after the address)."""
    while k >= 0 and pieces[k].kind == "one":
        one_word, k = True, k - 1
    out, first, count = "", None, 0
    while k >= 0 and count < MAX_PIECES:
        piece = pieces[k]
        word = piece.text
        nxt = pieces[k + 1] if k + 1 < len(pieces) else None
        joined = first is not None and first == k + 2 and nxt.kind == "join" and _touch(piece, nxt) and \
            _touch(nxt, pieces[first])
        touching = first is not None and first == k + 1 and _touch(piece, pieces[first]) and \
            (one_word or piece.spelled or pieces[first].spelled)
        spelled = piece.spelled and len(word) == 1 and k > 0 and pieces[k - 1].spelled  # "d a n i e": an "e" letter
        ends = first is None and nxt is not None and _touch(piece, nxt)  # the last word, just before the "at"
        if piece.kind == "word" and (word not in _NOT_A_NAME or spelled) and (ends or joined or touching):
            said = str(DIGIT_WORDS[word]) if len(word) > 2 and word in DIGIT_WORDS else word  # not "o", "oh"
            out = said + (nxt.text if joined else "") + out
            first, count = k, count + 1
        elif first != k + 1 or piece.kind != "join":
            break
        k -= 1
    return out, first
