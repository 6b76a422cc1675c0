"""Dates of birth, where the conversation says that is what they are ("my date of birth is", "born
on", "DOB"): a date on its own is an appointment or a delivery, not personal data worth hiding.

A date is written ("03/14/1985", "1985-03-14", "March 14th, 1985") or said ("the fourteenth of March
nineteen eighty five", "March fourteenth two thousand and one", "oh three fourteen eighty five"):
month names with a day and a year, or six or eight digits that read as a real date."""

import re
from bisect import bisect_left, bisect_right
from datetime import date
from itertools import pairwise

from services.transcripts.redaction.entities import DATE_OF_BIRTH, Entity, last_mention, mentions, words
from services.transcripts.redaction.markup import KEPT_APART
from services.transcripts.redaction.numerals import pair_in_words, year_in_words
from services.transcripts.redaction.spoken import Unit, by_line, runs, unit_at
from services.transcripts.redaction.tokens import Token, token_starts, tokens

# Every alternative starts with a "b" or a "d": said first, the scanner skips to those letters instead of trying
# each alternative at every character of the conversation (three times faster; a twentieth of a redaction).
_BIRTH_WORDS = re.compile(r"(?=[bd])(?:date of birth|birth ?date|\bdob\b|\bd\.o\.b\b|born(?: on| in)?|birthday|"
                          r"birth\b)", re.I)
# The same in the other languages callers give a date of birth in: Spanish, Portuguese, French, Italian, German,
# Dutch, Polish, Swedish ("¿Su fecha de nacimiento?", "Proszę podać datę urodzenia.", "geboren am").
_BIRTH_WORDS_ABROAD = words(r"fecha de nacimiento|nac[ií](?:d[oa])? el|data de nascimento|nasci (?:em|a|no)|"
                            r"date de naissance|n[ée]e? le|data di nascita|nat[oa] il|geburtsdatum|geboren|"
                            r"geboortedatum|dat[aęy] urodzenia|urodzi[łl](?:em|am|a|)|urodzon[ya]|f[öo]delsedatum|"
                            # "Vous êtes né quand ?"; Danish's and Norwegian's, Finnish's, Czech's
                            r"f[öo]dd|\bnée?s? quand|quand [^\n?]{0,20}\bnée?s?\b|f[øo]dt\b|f[øo]dselsdato|"
                            r"syntynyt|syntym[äa]aika|syntym[äa]p[äa]iv|narodil[a]? jsem se|narozen[aíy]?\b|"
                            r"datum narozen[ií]|"
                            # Quebec's "date de fête"; Slovak's, Romanian's, Hungarian's, Greek's
                            r"date de f[êe]te|d[áa]tum narodenia|narodil[a]? som sa|naroden[ýyáa]\b|"
                            r"data na[sș]terii|n[aă]scut[aă]?\b|"
                            r"sz[üu]let[ée]si (?:d[áa]tum|id[őo])|sz[üu]let(?:ett|tem)|ημερομηνία γέννησης|"
                            r"γεννήθηκα|γεννημ[έε]ν[ηο]ς?|"  # noqa: RUF001 (Greek)
                            # Croatian's, Slovene's, Serbian's and Bosnian's, Turkish's, the Baltic ones'
                            r"ro[đd]j?en[ao]?\b|rojen[ao]?\b|datum ro[đd]enja|datum rojstva|do[ğg]um tarihi|"
                            r"gimimo data|gimęs|gimusi|dzimšanas datums|dzimis|dzimusi|s[üu]nniaeg|s[üu]ndinud")
# German's "geb." and Czech's "nar." in a chat or a form: abbreviations of a fee ("Gebühr") and a payment's words too,
# so a date after them is a birth's only with a year of one ("geb. 7.7.1985"; not "Geb. 12.03.24 wurde abgebucht")
# (and Lithuanian's "gim.", Latvian's "dzim.", Estonian's "sünd.")
_BIRTH_ABBREVIATED = words(r"\bgeb\.|\bnar\.|\bdata ur\.|\bsz[üu]l\.|\bgim\.|\bdzim\.|\bs[üu]nd\.")
# Norwegian's and Danish's "f." (født), Portuguese's "nasc.", Polish's "ur." and Finnish's "s." (syntynyt) after a
# name in a list or a form: so short that only a date written just after them is a birth's, and with a year of one
# ("Marius Nilsen, f. 23.01.1983"; not "s. 12" of a page)
_BORN_INITIAL = words(r"\b(?:f|s|ur|nasc)\.")
# written in lower case after a name's comma (or opening a line or a bracket): not "Mary S.", "U.S.", "Rechnung s."
_BORN_INITIAL_PLACED = re.compile(r"(?:^|\n|[,(] ?)(?:f|s|ur|nasc)\.$")
_BORN_BY = re.compile(r"(?<!\d)(?:19\d\d|200\d|201[0-2])(?!\d)")  # a birth's year, first ("1982-10-26") or last
SAID_WITHIN = 30  # characters between the words and the date

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]
_ONES = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_ORDINAL_ONES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen"]
_ORDINAL_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _alt(words: list[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"  # longest first: "fourteenth", not "four"


# (its words run together too: "august twentyseventh nineteenfortyfive", as a pipeline joining words writes them)
_DAY_WORDS = (rf"(?:(?:twenty|thirty)[ -]?(?:{_alt(_ORDINAL_ONES + _ONES)})|twentieth|thirtieth|twenty|thirty|"
              rf"{_alt(_ORDINAL_TEENS + _TEENS + _ORDINAL_ONES + _ONES)})")
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_DAY_WORDS})"
_MONTH = rf"(?:{_alt(MONTHS)}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
# (its words run together too, as a pipeline that joins them writes them: "nineteenseventyfour")
_YEAR_PAIR = (rf"(?:(?:oh|zero)[ -]?(?:{_alt([*_ONES, 'zero', 'oh'])})|(?:{_alt(_TENS)})(?:[ -]?(?:{_alt(_ONES)}))?|"
              rf"{_alt(_TEENS)})")
_YEAR = (rf"(?:\d{{4}}|'\d{{2}}|(?:nineteen|twenty)[ -]?{_YEAR_PAIR}|"
         rf"two thousand(?: and)?(?: (?:{_alt(_TENS)})(?:[ -](?:{_alt(_ONES)}))?| {_alt(_TEENS + _ONES)})?)")
_DATE_STARTS = frozenset([*MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                          "dec", "the", *_ONES, *_ORDINAL_ONES, *_TEENS, *_ORDINAL_TEENS, "twenty", "thirty",
                          "twentieth", "thirtieth", *(f"{tens}{one}" for tens in ("twenty", "thirty")
                                                      for one in _ORDINAL_ONES + _ONES)])  # "thirtyfirst", run together
# Other languages' months ("junho", "kwietnia", "März"), for a card's expiry (cards) and a date of birth here
MONTHS_ABROAD = (
    "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre|"
    "enero|febrero|abril|mayo|junio|julio|septiembre|setiembre|octubre|noviembre|diciembre|"
    "janeiro|fevereiro|mar[cç]o|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|d[ée]cembre|"
    "januar|februar|m[aä]rz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus|"
    r"stycz\w{1,3}|lut\w{1,3}|marz\w{1,3}|marc\w{1,2}|kwie\w{1,5}|maj\w?|czerw\w{1,3}|lip\w{1,3}|sierp\w{1,4}|"
    r"wrze[sś]\w{1,4}|pa[zź]dziern\w{1,3}|listopad\w?|grud\w{1,4}|"
    # Czech's, as a date says them ("16. května 1984"), and the Scandinavian ones not above
    r"ledna|[úu]nora|b[řr]ezna|dubna|kv[ěe]tna|[čc]ervna|[čc]ervence|srpna|z[áa][řr][íi]|[řr][íi]jna|prosince|"
    r"januar|februar|marts|mars|april|maj|juni|juli|augusti|august|september|oktober|november|december|desember|"
    # Finnish's ("1. maaliskuuta 1961")
    r"tammikuuta|helmikuuta|maaliskuuta|huhtikuuta|toukokuuta|kes[äa]kuuta|hein[äa]kuuta|elokuuta|syyskuuta|"
    r"lokakuuta|marraskuuta|joulukuuta|"
    # Romanian's, Slovak's (as a date says them, "12. marca 1984", and alone, "marec") and Hungarian's
    r"ianuarie|februarie|martie|aprilie|iunie|iulie|septembrie|octombrie|noiembrie|decembrie|"
    r"janu[áa]r[a]?|febru[áa]r[a]?|marec|marca|apr[íi]la?|m[áa]ja|j[úu]na?|j[úu]la?|augusta|septembra|okt[óo]bra?|"
    r"novembra|decembra|m[áa]rcius|[áa]prilis|m[áa]jus|j[úu]nius|j[úu]lius|augusztus|okt[óo]ber|"
    # Greek's, as a date says them ("28 Νοεμβρίου"), with and without accents
    r"ιανουαρ[ίι]ου|φεβρουαρ[ίι]ου|μαρτ[ίι]ου|απριλ[ίι]ου|μα[ΐϊι]ου|ιουν[ίι]ου|ιουλ[ίι]ου|αυγο[ύυ]στου|"  # noqa: RUF001 (Greek)
    r"σεπτεμβρ[ίι]ου|οκτωβρ[ίι]ου|νοεμβρ[ίι]ου|δεκεμβρ[ίι]ου")  # noqa: RUF001 (Greek)
# "9 de junho de 1966", "7 kwietnia 1960", "12. März 1980", "le 3 mars 1975", "1° novembre 1955": a day in digits, a
# year in four
_WRITTEN_ABROAD = re.compile(rf"\b\d{{1,2}}(?:\.|[°º])?(?:er)? (?:de )?(?:{MONTHS_ABROAD}) (?:de |del )?"
                             rf"(?:\d{{4}}\b|\d{{2}}\b(?=\s*(?:[.,;:!?)\n]|$)))", re.I)
# after a month's name and its day, a year in its last two digits too ("the thirtieth of June eighty-four", "June 30,
# 84"), where the date ends there (not "On March 3, 45 dollars was debited")
_ENDS_HERE = r"(?=\s*(?:[.,;:!?)\n]|$))"
_YEAR_OR_ITS_TWO = rf"(?:{_YEAR}|(?:\d{{2}}|{_YEAR_PAIR}){_ENDS_HERE})"
# a day or a year taken back in the breath and said again ("April 11th, God, no, 10th, 2002", "May 13th, no, sorry,
# 12th, 1977", "October 17, nineteen seventy, no wait, nineteen seventy-one", "the eighteenth of June — sorry, July —
# nineteen eighty-five")
_SLIP = (r"(?:,|\.\.\.|\u2026| [\u2014\u2013])? (?:(?:oh )?god,? )?"
         r"(?:(?:no,? wait|no|wait|sorry|i mean|what am i saying|scratch that)[,.]* ){1,2}")
_WRITTEN = re.compile(
    rf"\b(?:{_MONTH} (?:the )?{_DAY}(?:{_SLIP}{_DAY})?,? {_YEAR_OR_ITS_TWO}(?:{_SLIP}{_YEAR})?|"
    rf"(?:the )?{_DAY} (?:of )?{_MONTH}(?:{_SLIP}{_MONTH}(?: [\u2014\u2013])?)?,? {_YEAR_OR_ITS_TWO}"
    rf"(?:{_SLIP}{_YEAR})?|"
    r"\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{1,2}\. \d{1,2}\. \d{4}|\d{4}-\d{2}-\d{2}|"
    r"(?:19\d\d|20[0-2]\d)(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|"  # "Födelsedatum: 19451106"
    # the year first with a dot after it, as Hungarian writes it ("1998. december 28", "2005.03.14")
    rf"(?:19|20)\d\d\. ?(?:{_MONTH}|{MONTHS_ABROAD}|\d{{1,2}}\.) ?\d{{1,2}}|"
    # six digits, the year first or last (a Swede's "född 410828", a Dane's "120384")
    r"\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])(?:0[1-9]|1[0-2])\d\d|"
    rf"\d{{1,2}}[/-]{_MONTH}[/-](?:\d{{4}}|\d{{2}}))\b", re.I)  # "18-Jun-1979", a CRM's


def find_dates_of_birth(text: str) -> list[Entity]:
    found: list[Entity] = []
    every = runs(text)
    starts = [run[0].start for run in every]
    said = [m.end() for m in _BIRTH_WORDS.finditer(text)]
    said += mentions(text, _BIRTH_WORDS_ABROAD)
    for abbreviations, within in ((_BIRTH_ABBREVIATED, SAID_WITHIN), (_BORN_INITIAL, 2)):
        for after in mentions(text, abbreviations):
            if abbreviations is _BORN_INITIAL and not _BORN_INITIAL_PLACED.search(text, max(0, after - 8), after):
                continue
            if (m := _written_after(text, after, within)) and _BORN_BY.search(m.group()):
                found.append(Entity(DATE_OF_BIRTH, m.start(), m.end(), "dob-context", 0.9, m.group().lower()))
    for after in sorted(said):
        if m := _written_after(text, after):
            found.append(Entity(DATE_OF_BIRTH, m.start(), m.end(), "dob-context", 0.9, m.group().lower()))
            continue
        if m := _in_words_abroad(text, after):
            found.append(Entity(DATE_OF_BIRTH, m[0], m[1], "dob-context", 0.9, text[m[0]:m[1]].lower()))
            continue
        i = bisect_left(starts, after)
        if i < len(every) and (spoken := _said_as_digits(text, every[i], after)):
            found.append(spoken)
    found += _in_parts(text, sorted(said), found)
    found += _checked_part_by_part(text, found)
    found += [other for date_of_birth in found if (other := _corrected(text, date_of_birth) or
                                                   _mine_too(text, date_of_birth))]
    return found + [again for date_of_birth in found if (again := _read_back(text, date_of_birth))]


# A date of birth taken back in its turn and another given ("August 26th, 2002, no, hang on, that's my partner's. I'm
# January 28th, 1987."): the words of the correction, then within CORRECTED_WITHIN characters a date the caller gives
# as theirs ("I'm", "mine is", "it's"; not "sorry, and the policy started on 14/02/2005").
_CORRECTION = words(r"\bno(?=[,.!;])|hang on|\bsorry\b|\bactually\b|\bi mean\b|that'?s (?:my|his|her|our)\b|"
                    r"\bnein\b|\bperd[oó]n\b|\bscusi\b|\bpardon\b|\bdesculpe\b|\bnee\b")
CORRECTED_WITHIN = 80


def _corrected(text: str, date_of_birth: Entity) -> Entity | None:
    end = text.find("\n", date_of_birth.end, date_of_birth.end + CORRECTED_WITHIN)
    end = end if end >= 0 else min(len(text), date_of_birth.end + CORRECTED_WITHIN)
    said = mentions(text, _CORRECTION)
    k = bisect_right(said, date_of_birth.end)
    if k == len(said) or said[k] > end:
        return None
    m = _written_after(text, said[k], end - said[k])
    if m is None or (_YEAR_SAID.search(m.group()) and not _BORN_BY.search(m.group())) or \
            not _AS_THEIRS.search(text, max(said[k], m.start() - AS_THEIRS_WITHIN), m.start()):
        return None  # none, one with a year no caller was born in, or not given as theirs
    return Entity(DATE_OF_BIRTH, m.start(), m.end(), "dob-corrected", 0.9, m.group().lower())


# Someone else's date of birth, then the caller's own ("It's for my son, born on the eighteenth of December two
# thousand eleven. The account's in my name, though. Mine is July twenty-sixth, nineteen seventy-one."): "mine"
# within MINE_WITHIN characters after it, a date with a birth's year just after that.
_MINE = words(r"\bmine(?:'s| is)|\bmy own is|\bmeins ist|\bla m[ií]a es|\ba minha [ée]|\bde mijne is|\ble mien est")
# another date's words in the line before a date ("the policy started on", "we got married on", "registered on")
_ANOTHER_DATE = words(r"polic|married|wedding|registered|bought|purchase|appointment|took out|start|joined|"
                      r"moved|since|paid|deliver|renew|opened|closed|issued|signed|cancel|expire|anniversary|died|"
                      r"passed away")
MINE_WITHIN = 160


def _mine_too(text: str, date_of_birth: Entity) -> Entity | None:
    said = mentions(text, _MINE)
    k = bisect_right(said, date_of_birth.end)
    if k == len(said) or said[k] > date_of_birth.end + MINE_WITHIN:
        return None
    m = _written_after(text, said[k], AS_THEIRS_WITHIN)
    if m is None or text[said[k]:m.start()].strip().lower() not in ("", "the") or \
            not _A_BIRTHS_YEAR_SAID.search(m.group()):
        return None  # (not "Mine's from June 1, 2008, the older policy")
    return Entity(DATE_OF_BIRTH, m.start(), m.end(), "dob-mine-too", 0.9, m.group().lower())


_AS_THEIRS = re.compile(r"\b(?:i'?m|i am|mine(?:'s| is)|it'?s|it is|i was born(?: on| in)?|ich bin|meins ist|"
                        r"c'est|soy|nac[ií]|sou|sono)\W*$", re.I)
AS_THEIRS_WITHIN = 20


# A date of birth asked for a part a turn ("Can I take the year of birth first?" / "It's nineteen eighty-six." /
# "And your birthday?" / "November the thirtieth."): each answer a line of its own after a question that asks
# for a part, the year alone or the day and month alone.
_PART_ASKED = re.compile(r"\b(?:year|day|month|birthday|born|birth)\b[^\n]*\?", re.I)
_LEAD = r"\W*(?:(?:it'?s|it was|that'?s|uh|um|er|erm|oh|so|the|and)\W+){0,3}"
_YEAR_ALONE = re.compile(rf"{_LEAD}({_YEAR})\W*", re.I)
# where the year alone is asked for, its last two digits too ("And the year?", "What year?", "Year of birth?"; not
# "How many times have you called this year?", "What year did you buy the car?")
_YEAR_ASKED = re.compile(r"(?:^|\b(?:and|the|what|which)\s)(?:the\s)?year(?:\s(?:of\s(?:your\s)?birth|you\swere\sborn|"
                         r"were\syou\sborn))?\s?\?", re.I | re.M)
_TWO_DIGITS_ALONE = re.compile(rf"{_LEAD}({_YEAR_PAIR}|'?\d\d)\W*", re.I)  # "And the year?" / "Oh, sixty-eight."
_DAY_AND_MONTH_ALONE = re.compile(rf"{_LEAD}({_MONTH} (?:the )?{_DAY}|(?:the )?{_DAY} (?:of )?{_MONTH})\W*", re.I)
PART_LINE = 200  # characters of a line where a part is asked for or answered
PARTS_WITHIN = 4  # lines after the words that name a date of birth where its parts are answered


def _in_parts(text: str, said: list[int], found: list[Entity]) -> list[Entity]:
    """Each part answered in a line of its own, of PART_LINE characters at most (each line looked for that far:
    a birth named in a long line costs no more than in a short one)."""
    parts: list[Entity] = []
    taken = {e.start for e in found}
    for after in said:
        line_start = text.rfind("\n", max(0, after - PART_LINE), after) + 1
        line_end = _line_end(text, after)
        if line_end < 0 or (line_start == 0 and after > PART_LINE):
            continue
        asked = _PART_ASKED.search(text, line_start, line_end)
        for _ in range(PARTS_WITHIN):
            if line_end >= len(text) or (end := _line_end(text, start := line_end + 1)) < 0:
                break
            line_end = end
            if text.endswith(KEPT_APART, start, end):  # a turn kept apart from the next (markup.APART)
                end -= len(KEPT_APART)
            if asked and (m := _YEAR_ALONE.fullmatch(text, start, end) or
                          _DAY_AND_MONTH_ALONE.fullmatch(text, start, end) or
                          (_YEAR_ASKED.search(text, text.rfind("\n", 0, asked.start()) + 1, asked.end()) and
                           _TWO_DIGITS_ALONE.fullmatch(text, start, end))) and m.start(1) not in taken:
                parts.append(Entity(DATE_OF_BIRTH, m.start(1), m.end(1), "dob-in-parts", 0.9, m.group(1).lower()))
                taken.add(m.start(1))
            asked = _PART_ASKED.search(text, start, end)
    return parts


# A whole date, unnamed, checked back a part a line ("The eighth of October 1947." / "The eighth?" / "Mm-hm." / "Of
# October?" / "That's it." / "nineteen forty-seven?"): a caller's date of birth taken down at verification. The day
# and the month both asked back, in that order, each in a question of its own, and a year a caller was born in; an
# appointment's or a delivery's date is not checked so, and its year is this one's or the next.
_DAY_ASKED_BACK = re.compile(rf"{_LEAD}((?:the )?{_DAY})\s*\?", re.I)
_A_DAY_ASKED = re.compile(rf"\b{_DAY}\s*\?", re.I)  # where a line may ask a day back: found first, the line read then
_MONTH_ASKED_BACK = re.compile(rf"{_LEAD}((?:of )?{_MONTH})\s*\?", re.I)
_YEAR_ASKED_BACK = re.compile(rf"{_LEAD}({_YEAR})\s*\?", re.I)
_A_BIRTHS_YEAR_SAID = re.compile(r"\b(?:19\d\d|200\d|201[0-2]|nineteen|two thousand(?: and)? (?:one|two|three|four|"
                                 r"five|six|seven|eight|nine|ten|eleven|twelve)\b)", re.I)
CHECKED_WITHIN = 6  # lines after the date where its parts are asked back


def _checked_part_by_part(text: str, found: list[Entity]) -> list[Entity]:
    """The date and each part asked back; tried only at a line that asks a day back alone, the date looked for in
    the two lines before it (each line PART_LINE characters at most)."""
    out: list[Entity] = []
    taken = [(e.start, e.end) for e in found]
    for asked in _A_DAY_ASKED.finditer(text):  # (no leading \W*, which each start would run to the text's end over)
        line_start = text.rfind("\n", max(0, asked.start() - PART_LINE), asked.start()) + 1
        line_end = _line_end(text, asked.start())
        if line_end < 0 or (line_start == 0 and asked.start() > PART_LINE) or (out and line_start < out[-1].end) or \
                (day := _DAY_ASKED_BACK.fullmatch(text, line_start, line_end)) is None:
            continue
        date_of_birth = _date_before(text, line_start)
        if date_of_birth is None or day.group(1).lower().removeprefix("the ") not in date_of_birth.group().lower() or \
                _another_dates(text, date_of_birth.start()):
            continue
        parts = _parts_asked_back(text, line_end, date_of_birth.group().lower())
        if parts is None:
            continue
        value = date_of_birth.group().lower()  # each part's too: a part's words alone ("eighth") read as letters
        out += [Entity(DATE_OF_BIRTH, a, b, "dob-checked-back", 0.9, value)
                for a, b in [date_of_birth.span(), (day.start(1), day.end(1)), *parts]
                if (a, b) != date_of_birth.span() or not any(x <= a < y for x, y in taken)]
    return out


def _another_dates(text: str, at: int) -> bool:
    """Whether the words of another date ("The policy started on", "When did you take out the policy?") are said in
    the line holding `at` or the line before it, before `at`."""
    line = text.rfind("\n", max(0, at - PART_LINE), at)
    before = text.rfind("\n", max(0, line - PART_LINE), line) + 1 if line > 0 else max(0, at - PART_LINE)
    return last_mention(text, _ANOTHER_DATE, at, at - before) >= 0


def _date_before(text: str, line_start: int) -> re.Match[str] | None:
    """A whole date with a birth's year in the two lines before `line_start`."""
    start = line_start
    for _ in range(2):
        if start == 0:
            return None
        start = text.rfind("\n", max(0, start - 1 - PART_LINE), start - 1) + 1
        m = _written_after(text, start, line_start - start)
        if m is not None and m.end() < line_start and _A_BIRTHS_YEAR_SAID.search(m.group()) and \
                re.search(_MONTH, m.group(), re.I):
            return m
    return None


def _parts_asked_back(text: str, after: int, said: str) -> list[tuple[int, int]] | None:
    """Where the month (required) and the year (if asked) of `said` are asked back alone in the lines after
    `after`, in that order; None where the month is not."""
    parts: list[tuple[int, int]] = []
    start, month = after + 1, False
    for _ in range(CHECKED_WITHIN):
        if start >= len(text) or (end := _line_end(text, start)) < 0:
            break
        if not month and (m := _MONTH_ASKED_BACK.fullmatch(text, start, end)) and \
                m.group(1).lower().removeprefix("of ") in said:
            parts.append((m.start(1), m.end(1)))
            month = True
        elif month and (m := _YEAR_ASKED_BACK.fullmatch(text, start, end)):
            parts.append((m.start(1), m.end(1)))
            break
        start = end + 1
    return parts if month else None


def _line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends (the text's end for its last line); -1 where that is more than PART_LINE
    characters on."""
    end = text.find("\n", at, at + PART_LINE + 1)
    return end if end >= 0 else len(text) if len(text) - at <= PART_LINE else -1


# A date of birth in another language's words ("dezessete de julho de mil novecentos e oitenta e nove", "sexton
# december nittonhundrasextiotvå", "einundzwanzigsten November neunzehnhundertzweiundsiebzig"): a day (a word or
# two, or digits), a month's name, then words that say a year (numerals.year_in_words).
# (its day hyphened or joined by "et", "e", "y": "vingt-cinq", "vingt et un", "vinte e cinco")
# (a German month its ordinal too: "am elften achten neunzehnhunderteinundachtzig")
_GERMAN_ORDINAL_MONTHS = ("ersten|zweiten|dritten|vierten|f[üu]nften|sechsten|siebe?ten|achten|neunten|zehnten|elften|"
                          "zw[öo]lften")
# (Italian's year after "dell'", written against it: "ventiquattro marzo dell'ottantaquattro")
# (Greek's day's ones apart after its tens: "είκοσι οκτώ Νοεμβρίου"; Czech's "roku" before the year)
_GREEK_DAY_ONES = "ένα|μία|μια|δύο|δυο|τρεις|τρία|τέσσερις|τέσσερα|πέντε|έξι|επτά|εφτά|οκτώ|οχτώ|εννέα|εννιά"
_DAY_MONTH_ABROAD = re.compile(rf"(?:\d{{1,2}}\.?|[^\W\d_]+(?:-[^\W\d_]+){{0,3}}"
                               rf"(?: (?:e|et|y|și|si) [^\W\d_]+| (?:{_GREEK_DAY_ONES}))?) "
                               rf"(?:de |di |del )?(?:{MONTHS_ABROAD}|{'|'.join(MONTHS)}|{_GERMAN_ORDINAL_MONTHS}) "
                               r"(?:de |del |dell['\u2019]|roku )?", re.I)
_YEAR_WORD = re.compile(r"[^\W\d_]+")
YEAR_WORDS = 7  # words a year said in them takes at most ("mil novecentos e oitenta e nove")


def _in_words_abroad(text: str, after: int) -> tuple[int, int] | None:
    """(start, end) of a date said in another language's words that starts within SAID_WITHIN characters after
    `after`: tried at each word there."""
    toks, starts = tokens(text), token_starts(text)
    for i in range(bisect_left(starts, after), bisect_right(starts, after + SAID_WITHIN)):
        if not toks[i].text[0].isalnum() or (m := _DAY_MONTH_ABROAD.match(text, toks[i].start)) is None:
            continue
        if year := _YEAR_WRITTEN.match(text, m.end()):
            return toks[i].start, year.end()  # "achttiende april 1950"
        said, at = [], m.end()
        while len(said) < YEAR_WORDS and (w := _YEAR_WORD.match(text, at)) is not None:
            said.append(w)
            at = w.end() + 1 if text[w.end():w.end() + 1] in (" ", "-") else len(text) + 1
        for n in range(len(said), 0, -1):  # the longest run of words that says a year
            if year_in_words(_hyphened(text, said[:n])) is not None:
                return toks[i].start, said[n - 1].end()
        # or its last two digits ("el dieciséis de febrero del setenta y tres", "le 3 mars soixante-treize")
        if said and text[m.end() - 1] in "'\u2019" and (pair := pair_in_words([said[0].group().lower()])) and \
                pair >= 10 and re.match(_ENDS_HERE, text[said[0].end():said[0].end() + 3]):
            return toks[i].start, said[0].end()  # "dell'ottantaquattro": one token with its article
        k = bisect_left(starts, m.end())
        if k < len(toks) and toks[k].start == m.end() and (two := unit_at(toks, k)[0]) is not None and \
                two.spoken and len(two.digits) == 2 and re.match(_ENDS_HERE, text[two.end:two.end + 3]):
            return toks[i].start, two.end
    return None


_YEAR_WRITTEN = re.compile(r"(?:19|20)\d\d\b")


def _hyphened(text: str, said: list[re.Match[str]]) -> list[str]:
    """The words lower-cased, a "-" between two written against it ("dix-neuf cent soixante-quinze")."""
    words = [said[0].group().lower()]
    for before, word in pairwise(said):
        if text[before.end()] == "-":
            words.append("-")
        words.append(word.group().lower())
    return words


_NUMERIC = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](\d{4})\b")
_YEAR_SAID = re.compile(r"\b(?:19|20)\d\d\b")
READ_BACK_WITHIN = 160  # characters after a date of birth where it is read back written


def _read_back(text: str, date_of_birth: Entity) -> Entity | None:
    """The date of birth read back written, in the turn after it ("9 de junho de 1966" / "Percebi 09/06/1966.
    Está correto?", "It's oh three, nineteen, seventy-two." / "That matches, March 19, 1972?"): a date in digits
    there with the same year, or any date written whole in that turn where the one said had no year written."""
    year = _YEAR_SAID.search(date_of_birth.value)
    line = text.find("\n", date_of_birth.end, date_of_birth.end + READ_BACK_WITHIN)
    if line < 0:
        return None
    turn_end = text.find("\n", line + 1, line + 1 + READ_BACK_WITHIN)
    turn_end = turn_end if turn_end >= 0 else min(len(text), line + 1 + READ_BACK_WITHIN)
    m = _NUMERIC.search(text, line, turn_end)
    if m is not None and (year is None or m.group(1) == year.group()):
        return Entity(DATE_OF_BIRTH, m.start(), m.end(), "dob-read-back", 0.9, m.group())
    if year is None and (m := _written_after(text, line + 1, turn_end - line - 1)) is not None and \
            _YEAR_SAID.search(m.group()):
        return Entity(DATE_OF_BIRTH, m.start(), m.end(), "dob-read-back", 0.9, m.group().lower())
    return None


def _written_after(text: str, after: int, within: int = SAID_WITHIN) -> re.Match[str] | None:
    """The first date written or said in words that starts within `within` characters after `after`:
    tried only at the words a date can start with, as trying the whole pattern at every character
    costs a hundred times more."""
    toks, starts = tokens(text), token_starts(text)
    first = bisect_left(starts, after)
    for i in range(first, bisect_right(starts, after + within)):
        word = toks[i].text
        if (word.isdigit() or word in _DATE_STARTS) and (m := _WRITTEN.match(text, toks[i].start, toks[i].start + 90)):
            if m.group().isdigit() and not _just_after(toks[first:i]):
                continue  # six or eight digits run together only just after the words ("född 500307"; not "born in
                # Mumbai, PIN 400101")
            return m
        if word.isdigit() and (m := _WRITTEN_ABROAD.match(text, toks[i].start, toks[i].start + 40)):
            return m
    return None


# What may stand between the words and six or eight digits typed together ("Date of birth is 030167")
_LEAD_IN = frozenset({"is", "was", "es", "est", "ist", "är", "er", "e", "è", "é", "je", "jest", "to", "on", "am", "le",
                      "il", "el", "the", "my", "mine", "it's", "its", "yes", "yeah", "sure", "um", "uh", "so", "ok",
                      "okay", "ja", "sí", "si", "oui", "tak", "please",
                      # a speaker's tag, and the word that keeps segments apart (markup.APART)
                      "customer", "caller", "client", "agent", "me", "visitor", "user", "apart"})


def _just_after(between: list[Token]) -> bool:
    """Whether the tokens between the words and a number say nothing of another thing: "is", "my", punctuation."""
    return all(t.text in _LEAD_IN or not t.text[0].isalnum() for t in between)


def _said_as_digits(text: str, run: list[Unit], after: int) -> Entity | None:
    """"oh three fourteen eighty five": the first run of digits said soon after, if it reads as a date; typed as one
    number, just after the words (not "born in Bucharest, post code 030167")."""
    if run[0].start - after > SAID_WITHIN:
        return None
    toks, starts = tokens(text), token_starts(text)
    if len(run) == 1 and not run[0].spoken and \
            not _just_after(toks[bisect_left(starts, after):bisect_left(starts, run[0].start)]):
        return None
    # a read-back in the next turn goes on the run ("... eight three. | So 04/18/1983."): its first line, of as many
    # units as a date may have and one more (a run may be a megabyte long)
    run = by_line(text, run[:9])[0]
    if len(run) > 8:  # a date is at most eight digits
        return None
    digits = "".join(u.digits for u in run)
    if (len(digits) in (6, 8) and _a_date(digits)) or _a_date_by_groups([u.digits for u in run]) or \
            _a_date_by_groups(_between_pauses(run)):
        return Entity(DATE_OF_BIRTH, run[0].start, run[-1].end, "dob-context", 0.9, digits)
    return None


def _between_pauses(run: list[Unit]) -> list[str]:
    """The digits said between pauses ("oh eight, four, forty": 08, 4, 40)."""
    groups: list[str] = []
    for unit in run:
        if unit.paused or not groups:
            groups.append("")
        groups[-1] += unit.digits
    return groups


def _a_date_by_groups(groups: list[str]) -> bool:
    """Whether groups said one by one are a month, a day and a year, or a day, a month and a year, that make a real
    date, the month and day unpadded ("two twenty-four nineteen seventy-nine", "eleven five eighty-one"): the year
    in two digits, or four, or its century and its last two."""
    if len(groups) == 4 and groups[2] in ("19", "20") and len(groups[3]) == 2:
        groups = [groups[0], groups[1], groups[2] + groups[3]]
    if len(groups) != 3 or not all(g.isdigit() and len(g) <= 2 for g in groups[:2]) or len(groups[2]) not in (2, 4):
        return False
    year = int(groups[2]) if len(groups[2]) == 4 else 1900 + int(groups[2])
    return _a_date(f"{int(groups[0]):02d}{int(groups[1]):02d}{year}")


def _a_date(digits: str) -> bool:
    """Month-day-year or day-month-year, with a two- or four-digit year, that is a real date."""
    year = int(digits[4:]) if len(digits) == 8 else 1900 + int(digits[4:])
    return any(real_date(year, int(month), int(day))
               for month, day in ((digits[:2], digits[2:4]), (digits[2:4], digits[:2])))


def real_date(year: int, month: int, day: int) -> bool:
    """Whether the calendar has that day (not "31/02")."""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True
