"""The number words of the languages callers say numbers in: digit words of English, Spanish, French, German,
Italian, Finnish, Portuguese, Catalan, Galician, Basque, Polish, Swedish, Danish, Norwegian and Hindi (people switch
into their own while reading a number), radio's and an accent's digits ("niner", "fife", "tree", "owe"), English
teens and tens, and the two-digit numbers French and Spanish read a number in pairs with ("zéro six,
quatre-vingt-douze", "setenta y seis, dieciocho"), Spanish, French and Polish their hundreds ("cuatrocientos ochenta y
seis", "deux cent vingt-neuf", "pięćset siedemdziesiąt osiem"), Spanish its thousands and millions ("cuatro mil
doscientos cuarenta y uno", "cuarenta y nueve millones ..."), Swedish and Norwegian their hundreds in one word
("åttahundrasju"). Pure tables and one reader, `pair_at`, that looks at a bounded number of tokens."""

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import Protocol


class Word(Protocol):  # spoken.Token: its lower-cased text and where it is
    text: str
    start: int
    end: int


def _unaccented(word: str) -> str:
    """The word as written without its letters' accents ("ötven": "otven"; "șaizeci": "saizeci")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


ENGLISH_DIGITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
                  "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
# "uno", not "una" (an article), and "o" stays English's letter O.
SPANISH_DIGITS = {"cero": 0, "uno": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
                  "nueve": 9}
FRENCH_DIGITS = {"zéro": 0, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
                 "neuf": 9}
GERMAN_DIGITS = {"null": 0, "eins": 1, "zwei": 2, "zwo": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6,
                 "sieben": 7, "acht": 8, "neun": 9}
ITALIAN_DIGITS = {"zero": 0, "uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
                  "nove": 9}
FINNISH_DIGITS = {"nolla": 0, "yksi": 1, "kaksi": 2, "kolme": 3, "neljä": 4, "nelja": 4, "viisi": 5, "kuusi": 6,
                  "seitsemän": 7, "seitseman": 7, "kahdeksan": 8, "yhdeksän": 9, "yhdeksan": 9}
# Portuguese's, "meia" (half a dozen) Brazil's six; and Hindi's as callers who switch into it say them (romanized
# as speech recognition writes them): "chhe shunya double ek", "nau aath double saat".
PORTUGUESE_DIGITS = {"zero": 0, "um": 1, "uma": 1, "dois": 2, "duas": 2, "três": 3, "tres": 3, "quatro": 4,
                     "cinco": 5, "seis": 6, "meia": 6, "sete": 7, "oito": 8, "nove": 9}
HINDI_DIGITS = {"shunya": 0, "shoonya": 0, "sunya": 0, "ek": 1, "do": 2, "teen": 3, "char": 4, "chaar": 4,
                "paanch": 5, "panch": 5, "chhe": 6, "chhah": 6, "chah": 6, "saat": 7, "aath": 8, "nau": 9}
# Polish's ("pięć pięć siedem siedem, sześćdziesiąt pięć czterdzieści dwa"), "jedna" and "dwie" its feminine forms.
POLISH_DIGITS = {"zero": 0, "jeden": 1, "jedna": 1, "dwa": 2, "dwie": 2, "trzy": 3, "cztery": 4, "pięć": 5, "sześć": 6,
                 "siedem": 7, "osiem": 8, "dziewięć": 9}
# Czech's ("pět tři čtyři dva, nula jedna nula šest"), "jeden", "jedno" and "dvě" its other genders' forms.
CZECH_DIGITS = {"nula": 0, "jedna": 1, "jeden": 1, "jedno": 1, "dva": 2, "dvě": 2, "tři": 3, "čtyři": 4, "pět": 5,
                "šest": 6, "sedm": 7, "osm": 8, "devět": 9}
DUTCH_DIGITS = {"nul": 0, "een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
                "acht": 8, "negen": 9}
# Swedish's, Danish's and Norwegian's ("fem två tre tre", "tre fem en nul, syv fire"). Their "en", "et", "ett", "to",
# "fire" and "ni" are words of English, French or their own too ("en", "et": articles, "to": English's): a digit only
# beside another Scandinavian number word ("noll", "nul", "syv", "otte", "fem", "tjugo"); "tre" is Italian's too.
SWEDISH_DIGITS = {"noll": 0, "en": 1, "ett": 1, "två": 2, "tva": 2, "tre": 3, "fyra": 4, "fem": 5, "sex": 6, "sju": 7,
                  "åtta": 8, "atta": 8, "nio": 9}
DANISH_DIGITS = {"nul": 0, "en": 1, "et": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
                 "ni": 9}
NORWEGIAN_DIGITS = {"null": 0, "en": 1, "ett": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "sju": 7,
                    "syv": 7, "åtte": 8, "atte": 8, "ni": 9}
_SCANDINAVIAN_DIGITS = {**SWEDISH_DIGITS, **DANISH_DIGITS, **NORWEGIAN_DIGITS}
_SCANDINAVIAN_WORDS_TOO = frozenset({"en", "et", "ett", "to", "fire", "ni", "tva", "atta", "atte"})
# Basque's ("bat zortzi, zortzi lau bat"): "bat", "bi", "lau" and "bost" are words of English or their own too.
BASQUE_DIGITS = {"bat": 1, "bi": 2, "hiru": 3, "lau": 4, "bost": 5, "sei": 6, "zazpi": 7, "zortzi": 8, "bederatzi": 9}
_BASQUE_WORDS_TOO = frozenset({"bat", "bi", "lau", "bost"})
_BASQUE_NUMBERS = frozenset({"hiru", "zazpi", "zortzi", "bederatzi"})
# Catalan's and Galician's where they are not Spanish's, Portuguese's or French's (a DNI read in them: "set dos
# zero un vuit cinc", "catro dous oito"); "set", "sis", "nou" and "dues" are words of English or Dutch too.
CATALAN_DIGITS = {"cinc": 5, "vuit": 8, "set": 7, "sis": 6, "nou": 9, "dues": 2}
GALICIAN_DIGITS = {"dous": 2, "dúas": 2, "duas": 2, "catro": 4, "unha": 1}
# beside which "set", "sis", "nou" and "dues" are Catalan's numbers (Spanish's and French's among them)
_CATALAN_NUMBERS = frozenset({"cinc", "vuit", "set", "sis", "nou", "dues", "dos", "tres", "quatre"})
_PORTUGUESE_ONLY = frozenset({"dois", "duas", "três", "quatro", "sete", "oito", "meia"})  # (Spanish's "cuatro")
_HINDI_ONLY = frozenset({"shunya", "shoonya", "sunya", "ek", "chaar", "paanch", "panch", "chhe", "chhah", "chah",
                         "saat", "aath", "nau"})
# Digit words that are words of another language too, English's most ("um", "do", "teen", "char"): no number words
# (an "um" among English digits is a filler), a digit only beside a number word of their own language
# (spoken.unit_at), "dois um um", "do teen chhe".
OWN_LANGUAGE = {"um": _PORTUGUESE_ONLY, "uma": _PORTUGUESE_ONLY, "do": _HINDI_ONLY, "teen": _HINDI_ONLY,
                "char": _HINDI_ONLY, **dict.fromkeys(("set", "sis", "nou", "dues"), _CATALAN_NUMBERS)}
OWN_DIGITS = {w: {**HINDI_DIGITS, **PORTUGUESE_DIGITS, **CATALAN_DIGITS}[w] for w in OWN_LANGUAGE}
# Greek's, with and without their accents ("έξι εννιά εννιά", "εξι"), Romanian's ("șase nouă", "sase noua") and
# Hungarian's ("hat kilenc egy"), its "hat" and "het" (Dutch's "the") words of other languages too
GREEK_DIGITS = {"μηδέν": 0, "μηδεν": 0, "ένα": 1, "ενα": 1, "μία": 1, "μια": 1, "δύο": 2, "δυο": 2, "τρία": 3,
                "τρια": 3, "τρεις": 3, "τέσσερα": 4, "τεσσερα": 4, "τέσσερις": 4, "πέντε": 5, "πεντε": 5, "έξι": 6,
                "εξι": 6, "επτά": 7, "επτα": 7, "εφτά": 7, "εφτα": 7, "οκτώ": 8, "οκτω": 8, "οχτώ": 8, "οχτω": 8,
                "εννέα": 9, "εννεα": 9, "εννιά": 9, "εννια": 9}
ROMANIAN_DIGITS = {"zero": 0, "unu": 1, "doi": 2, "două": 2, "doua": 2, "trei": 3, "patru": 4, "cinci": 5, "șase": 6,
                   "şase": 6, "sase": 6, "șapte": 7, "şapte": 7, "sapte": 7, "opt": 8, "nouă": 9, "noua": 9}
HUNGARIAN_DIGITS = {"nulla": 0, "egy": 1, "kettő": 2, "ketto": 2, "két": 2, "három": 3, "harom": 3, "négy": 4,
                    "negy": 4, "öt": 5, "hat": 6, "hét": 7, "het": 7, "nyolc": 8, "kilenc": 9}
# Slovak's ("štyri päť nula šesť"), "jedna", "jedno" and "dve" its other genders' forms; those it shares with Czech and
# Polish ("nula", "jeden", "dva", "sto") are theirs too.
SLOVAK_DIGITS = {"nula": 0, "jeden": 1, "jedna": 1, "jedno": 1, "dva": 2, "dve": 2, "tri": 3, "štyri": 4, "styri": 4,
                 "päť": 5, "sedem": 7, "šesť": 6, "osem": 8, "deväť": 9, "devat": 9}
# Croatian's, Slovene's, Bulgarian's as Bulgarians type it in Latin letters ("nula devet pet", "chetiri edno"),
# Turkish's ("sifir bes alti", with its letters and without) and Welsh's ("dim saith tri"); "pet", "dim", "pump",
# "pum", "nic" and "dort" are words of English, Polish or German too ("seven, pet": a Geordie's): digits only beside
# their own language's (OWN_LANGUAGE, below).
CROATIAN_DIGITS = {"nula": 0, "jedan": 1, "jedna": 1, "dva": 2, "dvije": 2, "tri": 3, "četiri": 4, "cetiri": 4,
                   "pet": 5, "šest": 6, "sest": 6, "sedam": 7, "osam": 8, "devet": 9}
SLOVENE_DIGITS = {"nič": 0, "nic": 0, "ena": 1, "dve": 2, "dva": 2, "tri": 3, "štiri": 4, "stiri": 4, "pet": 5,
                  "šest": 6, "sest": 6, "sedem": 7, "osem": 8, "devet": 9}
BULGARIAN_DIGITS = {"nula": 0, "edno": 1, "edna": 1, "edin": 1, "dve": 2, "dva": 2, "tri": 3, "chetiri": 4, "pet": 5,
                    "shest": 6, "sedem": 7, "osem": 8, "devet": 9}
TURKISH_DIGITS = {"sıfır": 0, "sifir": 0, "bir": 1, "iki": 2, "üç": 3, "dört": 4,  # noqa: RUF001 (Turkish)
                  "dort": 4, "beş": 5, "bes": 5, "altı": 6, "alti": 6,  # noqa: RUF001 (Turkish)
                  "yedi": 7, "sekiz": 8, "dokuz": 9}
WELSH_DIGITS = {"dim": 0, "un": 1, "dau": 2, "dwy": 2, "tri": 3, "tair": 3, "pedwar": 4, "pedair": 4, "pump": 5,
                "pum": 5, "chwech": 6, "chwe": 6, "saith": 7, "wyth": 8, "naw": 9}
# (and names and slang: "Kirk", "Edna", "Elli", "Ena", "Edin", "naw"; Italian's "alti")
_THEIRS_ONLY_BESIDE = frozenset({"pet", "dim", "pump", "pum", "nic", "dort", "kirk", "edna", "edin", "ena", "elli",
                                 "naw", "alti", "bes"})
# Radio procedure's digits ("niner", "fife", "tree", "fower") and how an accent's are written ("free", "owe").
SAID_OTHERWISE = {"niner": 9, "fife": 5, "tree": 3, "fower": 4, "free": 3, "owe": 0}
DIGIT_WORDS = {**{w: d for w, d in {**HINDI_DIGITS, **PORTUGUESE_DIGITS, **CATALAN_DIGITS}.items()
                  if w not in OWN_LANGUAGE},
               **{w: d for w, d in _SCANDINAVIAN_DIGITS.items() if w not in _SCANDINAVIAN_WORDS_TOO},
               **{w: d for w, d in BASQUE_DIGITS.items() if w not in _BASQUE_WORDS_TOO},
               **GREEK_DIGITS, **ROMANIAN_DIGITS, **HUNGARIAN_DIGITS,
               **{w: d for w, d in {**CROATIAN_DIGITS, **SLOVENE_DIGITS, **BULGARIAN_DIGITS, **TURKISH_DIGITS,
                                    **WELSH_DIGITS}.items() if w not in _THEIRS_ONLY_BESIDE}, **SLOVAK_DIGITS,
               **GALICIAN_DIGITS, **DUTCH_DIGITS, **CZECH_DIGITS, **POLISH_DIGITS,
               **SAID_OTHERWISE, **FINNISH_DIGITS, **ITALIAN_DIGITS, **GERMAN_DIGITS, **FRENCH_DIGITS,
               **SPANISH_DIGITS, **ENGLISH_DIGITS}
# Digit words that are words of English or of their own language too ("un numéro", "amount due", "null and
# void", "sept 12", "once more"): a digit only beside another number word (spoken.unit_at).
WORDS_TOO = frozenset({"un", "due", "null", "neuf", "sept", "sei", "otto", "tre", "nove", "once", "seize", "tree",
                       "free", "owe", "meia", "een", "sto", "nula", "opt", "hat", "het", "doi", "egy", "unu",
                       "noua"})  # "sto": Polish's hundred, Italian's "I am";
# "nula": Czech's zero, Spanish's and Portuguese's "null"
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
         "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
# "treble four": British; Italian's, Spanish's, Portuguese's and German's too ("nove doppio zero", "doble cinco")
REPEATS = {"double": 2, "triple": 3, "treble": 3, "doppio": 2, "triplo": 3, "doble": 2, "duplo": 2, "doppel": 2,
           "zweimal": 2, "dreimal": 3}  # German's "zweimal die Neun"
# What a count of digits names ("the next four digits", "les trois chiffres au dos", "¿Y los ocho números?"): the
# number word before it counts, it says no digit.
COUNTED_DIGITS = frozenset({"digits", "digit", "numbers", "chiffres", "cijfers", "cifre", "dígitos", "digitos",
                            "números", "numeros", "cifras", "ziffern", "cyfry"})

_FRENCH_TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16}
# Belgium's and Switzerland's 70, 80 and 90 beside France's ("septante-quatre", "huitante", "nonante-deux").
_FRENCH_TENS = {"vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "septante": 70,
                "huitante": 80, "octante": 80, "nonante": 90}
_SPANISH_PAIRS = {"diez": 10, "once": 11, "doce": 12, "trece": 13, "catorce": 14, "quince": 15, "dieciséis": 16,
                  "dieciseis": 16, "diecisiete": 17, "dieciocho": 18, "diecinueve": 19, "veinte": 20, "veintiuno": 21,
                  "veintiún": 21, "veintiun": 21, "veintidós": 22, "veintidos": 22, "veintitrés": 23, "veintitres": 23,
                  "veinticuatro": 24, "veinticinco": 25, "veintiséis": 26, "veintiseis": 26, "veintisiete": 27,
                  "veintiocho": 28, "veintinueve": 29}
_SPANISH_TENS = {"treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80,
                 "noventa": 90}
_FRENCH_ONES = {**{w: d for w, d in FRENCH_DIGITS.items() if d}, "une": 1}
_SPANISH_ONES = {**{w: d for w, d in SPANISH_DIGITS.items() if d}, "un": 1}
_SPANISH_HUNDREDS = {"cien": 100, "ciento": 100, "doscientos": 200, "trescientos": 300, "cuatrocientos": 400,
                     "quinientos": 500, "seiscientos": 600, "setecientos": 700, "ochocientos": 800,
                     "novecientos": 900}
# Dutch and German say 10 to 99 in one word, the ones before the tens ("vierenveertig", "eenentachtig",
# "tweeëntwintig", "vierundvierzig", "einundzwanzig"); Portuguese as Spanish does, "e" between ("sessenta e dois").
_DUTCH_TENS = {"twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
               "tachtig": 80, "negentig": 90}
_GERMAN_TENS = {"zwanzig": 20, "dreißig": 30, "dreissig": 30, "vierzig": 40, "fünfzig": 50, "fuenfzig": 50,
                "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90}
_GERMAN_ONES = {"ein": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "fuenf": 5, "sechs": 6, "sieben": 7, "acht": 8,
                "neun": 9}
ONE_WORD_PAIRS = {
    "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14, "vijftien": 15, "zestien": 16,
    "zeventien": 17, "achttien": 18, "negentien": 19, **_DUTCH_TENS,
    **{f"{one}{'ën' if one.endswith('e') else 'en'}{tens}": d + t for one, d in DUTCH_DIGITS.items() if d
       for tens, t in _DUTCH_TENS.items()},
    "zehn": 10, "zwölf": 12, "zwoelf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "fuenfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, **_GERMAN_TENS,
    **{f"{one}und{tens}": d + t for one, d in _GERMAN_ONES.items() for tens, t in _GERMAN_TENS.items()}}
ONE_WORD_PAIRS.update({w.replace("ën", "en"): v for w, v in ONE_WORD_PAIRS.items() if "ën" in w})
_DUTCH_AND_GERMAN_PAIRS_VALUES = dict(ONE_WORD_PAIRS)  # before other languages' one-word pairs join them
_DUTCH_AND_GERMAN_PAIRS = frozenset(_DUTCH_AND_GERMAN_PAIRS_VALUES)
_GERMAN_ENDS = ("zig", "ßig", "ssig", "zehn")
# Italian's too, the ones after the tens, the tens' last vowel dropped before "uno" and "otto" ("novantadue",
# "ventotto", "trentuno").
_ITALIAN_TENS = {"venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
                 "ottanta": 80, "novanta": 90}
_ITALIAN_PAIRS = {"dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14, "quindici": 15,
                  "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19, **_ITALIAN_TENS,
                  **{(tens[:-1] if one[0] in "uo" else tens) + one: t + d
                     for tens, t in _ITALIAN_TENS.items()
                     for one, d in {**{w: d for w, d in ITALIAN_DIGITS.items() if d}, "tré": 3}.items()}}
ONE_WORD_PAIRS.update(_ITALIAN_PAIRS)
_PORTUGUESE_PAIRS = {"dez": 10, "onze": 11, "doze": 12, "treze": 13, "catorze": 14, "quatorze": 14, "quinze": 15,
                     "dezesseis": 16, "dezasseis": 16, "dezessete": 17, "dezassete": 17, "dezoito": 18,
                     "dezenove": 19, "dezanove": 19}
_PORTUGUESE_TENS = {"vinte": 20, "trinta": 30, "quarenta": 40, "cinquenta": 50, "sessenta": 60, "setenta": 70,
                    "oitenta": 80, "noventa": 90}
_PORTUGUESE_ONES = {w: d for w, d in PORTUGUESE_DIGITS.items() if d and w != "meia"}
# Polish says 10 to 19 in one word, its tens before the ones with nothing between ("czterdzieści dwa") and its
# hundreds in one word ("pięćset").
_POLISH_PAIRS = {"dziesięć": 10, "jedenaście": 11, "dwanaście": 12, "trzynaście": 13, "czternaście": 14,
                 "piętnaście": 15, "szesnaście": 16, "siedemnaście": 17, "osiemnaście": 18, "dziewiętnaście": 19}
_POLISH_TENS = {"dwadzieścia": 20, "trzydzieści": 30, "czterdzieści": 40, "pięćdziesiąt": 50, "sześćdziesiąt": 60,
                "siedemdziesiąt": 70, "osiemdziesiąt": 80, "dziewięćdziesiąt": 90}
_POLISH_ONES = {w: d for w, d in POLISH_DIGITS.items() if d}
# Czech as Polish: 10 to 19 in one word, its tens before the ones with nothing between ("třicet dva"), its hundreds
# in two words but for one ("sto", "dvě stě", "tři sta", "pět set": "sta" after 3 and 4, "set" after 5 to 9).
_CZECH_PAIRS = {"deset": 10, "jedenáct": 11, "dvanáct": 12, "třináct": 13, "čtrnáct": 14, "patnáct": 15,
                "šestnáct": 16, "sedmnáct": 17, "osmnáct": 18, "devatenáct": 19}
_CZECH_TENS = {"dvacet": 20, "třicet": 30, "čtyřicet": 40, "padesát": 50, "šedesát": 60, "sedmdesát": 70,
               "osmdesát": 80, "devadesát": 90}
_CZECH_ONES = {w: d for w, d in CZECH_DIGITS.items() if d}
_CZECH_HUNDREDS = {"dvě": "stě", "tři": "sta", "čtyři": "sta", "pět": "set", "šest": "set", "sedm": "set",
                   "osm": "set", "devět": "set"}  # the count of hundreds and the word for "hundreds" after it
# Finnish says 11 to 99 in one word: its ones then "toista" (11 to 19), its tens as a one then "kymmentä", then its
# ones ("yksitoista", "kolmekymmentä", "kaksikymmentäseitsemän").
_FINNISH_ONES = {w: d for w, d in FINNISH_DIGITS.items() if d}
_FINNISH_PAIRS = {"kymmenen": 10, **{one + "toista": 10 + d for one, d in _FINNISH_ONES.items()},
                  **{one + "kymmentä" + rest: 10 * d + r for one, d in _FINNISH_ONES.items() if d > 1
                     for rest, r in {"": 0, **_FINNISH_ONES}.items()}}
_FINNISH_PAIRS.update({w.replace("ä", "a"): v for w, v in _FINNISH_PAIRS.items() if "ä" in w})
_POLISH_HUNDREDS = {"sto": 100, "dwieście": 200, "trzysta": 300, "czterysta": 400, "pięćset": 500, "sześćset": 600,
                    "siedemset": 700, "osiemset": 800, "dziewięćset": 900}
# Swedish and Norwegian say 10 to 99 in one word, the tens before the ones ("femtioett", "trettioåtta", "tjueto"),
# and their hundreds in one word with what follows ("åttahundrasju", "sjuhundratjugo"); Danish the ones first, "og"
# between ("enogtyve", "femoghalvfems"), its 50 to 90 counted in scores ("halvtreds": two and a half twenties). "ti"
# and "tio" (Italian's and Spanish's words: below, only beside these) and Danish's "tres" (Spanish's three) are left
# out.
_SWEDISH_TEENS = {"elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16, "sjutton": 17,
                  "arton": 18, "nitton": 19}
_SWEDISH_TENS = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80,
                 "attio": 80, "nittio": 90}
_NORWEGIAN_TEENS = {"elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
                    "sytten": 17, "atten": 18, "nitten": 19}
_NORWEGIAN_TENS = {"tjue": 20, "tretti": 30, "førti": 40, "femti": 50, "seksti": 60, "sytti": 70, "åtti": 80,
                   "nitti": 90}
_DANISH_TENS = {"tyve": 20, "tredive": 30, "fyrre": 40, "halvtreds": 50, "halvfjerds": 70, "firs": 80, "halvfems": 90}
_SWEDISH_ONES = {w: d for w, d in SWEDISH_DIGITS.items() if d}
_NORWEGIAN_ONES = {w: d for w, d in NORWEGIAN_DIGITS.items() if d}
_SCANDINAVIAN_PAIRS = {
    **_SWEDISH_TEENS, **_SWEDISH_TENS, **_NORWEGIAN_TEENS, **_NORWEGIAN_TENS, **_DANISH_TENS,
    **{tens + one: t + d for tens, t in _SWEDISH_TENS.items() for one, d in _SWEDISH_ONES.items()},
    **{tens + one: t + d for tens, t in _NORWEGIAN_TENS.items() for one, d in _NORWEGIAN_ONES.items()},
    **{f"{one}og{tens}": d + t for one, d in {**{w: d for w, d in DANISH_DIGITS.items() if d}, "fem": 5}.items()
       for tens, t in {**_DANISH_TENS, "tres": 60}.items()}}
_SCANDINAVIAN_HUNDREDS = {f"{one}hundra{rest}": 100 * h + r
                          for one, h in {"": 1, "ett": 1, "en": 1, **{w: d for w, d in SWEDISH_DIGITS.items()
                                                                       if d > 1}}.items()
                          for rest, r in {"": 0, **_SWEDISH_ONES, **_SWEDISH_TEENS,
                                          **{w: v for w, v in _SCANDINAVIAN_PAIRS.items()
                                             if w.startswith(tuple(_SWEDISH_TENS))}}.items()}
ONE_WORD_PAIRS.update(_SCANDINAVIAN_PAIRS)
ONE_WORD_PAIRS.update(_FINNISH_PAIRS)
ONE_WORD_PAIRS.update(_SCANDINAVIAN_HUNDREDS)
# Italian says its hundreds in one word with what follows ("seicentoquindici", "centosette"), the hundred's "o"
# written or dropped before "otto" and "ottanta" ("centottanta", "centoottanta").
_ITALIAN_BELOW_HUNDRED = {**{w: d for w, d in ITALIAN_DIGITS.items() if d}, "tré": 3, **_ITALIAN_PAIRS}
_ITALIAN_COUNTS = {"": 1, **{w: d for w, d in ITALIAN_DIGITS.items() if d > 1}}
_ITALIAN_HUNDREDS = {**{f"{count}cento{rest}": 100 * h + r for count, h in _ITALIAN_COUNTS.items()
                        for rest, r in {"": 0, **_ITALIAN_BELOW_HUNDRED}.items()},
                     **{f"{count}cent{rest}": 100 * h + r for count, h in _ITALIAN_COUNTS.items()
                        for rest, r in _ITALIAN_BELOW_HUNDRED.items() if rest.startswith("o")}}
ONE_WORD_PAIRS.update(_ITALIAN_HUNDREDS)
# Hungarian says every number below a thousand in one word: its tens before its ones ("negyvenhárom",
# "huszonegy", "tizenkettő"), its hundreds before them ("kétszázhuszonöt"); written with and without accents.
_HUNGARIAN_ONES = {w: d for w, d in HUNGARIAN_DIGITS.items() if d}
_HUNGARIAN_TENS = {"tíz": 10, "húsz": 20, "harminc": 30, "negyven": 40, "ötven": 50, "hatvan": 60, "hetven": 70,
                   "nyolcvan": 80, "kilencven": 90}
_HUNGARIAN_PAIRS = {**_HUNGARIAN_TENS,
                    **{tens + one: t + d for tens, t in {"tizen": 10, "huszon": 20, **{
                        w: v for w, v in _HUNGARIAN_TENS.items() if v > 20}}.items()
                       for one, d in _HUNGARIAN_ONES.items()}}
_HUNGARIAN_HUNDREDS = {f"{count}száz{rest}": 100 * h + r
                       for count, h in {"": 1, **{w: d for w, d in _HUNGARIAN_ONES.items() if d > 1}}.items()
                       for rest, r in {"": 0, **_HUNGARIAN_ONES, **_HUNGARIAN_PAIRS}.items()}
_HUNGARIAN_NUMBERS = {**_HUNGARIAN_PAIRS, **_HUNGARIAN_HUNDREDS}
_HUNGARIAN_NUMBERS.update({_unaccented(w): v for w, v in _HUNGARIAN_NUMBERS.items()})
ONE_WORD_PAIRS.update(_HUNGARIAN_NUMBERS)
# Slovak as Czech: 10 to 19 in one word, its tens before its ones, apart or in one word ("dvadsať jeden",
# "tridsaťdva"), its hundreds in one word ("dvesto", "päťsto").
_SLOVAK_PAIRS = {"desať": 10, "jedenásť": 11, "dvanásť": 12, "trinásť": 13, "štrnásť": 14, "pätnásť": 15,
                 "šestnásť": 16, "sedemnásť": 17, "osemnásť": 18, "devätnásť": 19}
_SLOVAK_TENS = {"dvadsať": 20, "tridsať": 30, "štyridsať": 40, "päťdesiat": 50, "šesťdesiat": 60,
                "sedemdesiat": 70, "osemdesiat": 80, "deväťdesiat": 90}
_SLOVAK_ONES = {w: d for w, d in SLOVAK_DIGITS.items() if d}
_SLOVAK_HUNDREDS = {"sto": 100, "dvesto": 200, "tristo": 300, "štyristo": 400, "päťsto": 500, "šesťsto": 600,
                    "sedemsto": 700, "osemsto": 800, "deväťsto": 900}
_SLOVAK_ONE_WORD = {**_SLOVAK_PAIRS, **{tens + one: t + d for tens, t in _SLOVAK_TENS.items()
                                        for one, d in _SLOVAK_ONES.items()}}
ONE_WORD_PAIRS.update(_SLOVAK_ONE_WORD)
ONE_WORD_PAIRS.update({hundreds + rest: h + r for hundreds, h in _SLOVAK_HUNDREDS.items()
                       for rest, r in {**_SLOVAK_ONES, **_SLOVAK_ONE_WORD, **_SLOVAK_TENS}.items()})
# Dutch and German say their hundreds in one word with what follows ("zeshonderdnegenenzeventig", "honderdeen",
# "dreihundertvierundzwanzig", "hunderteins").
_DUTCH_BELOW_HUNDRED = {**{w: d for w, d in DUTCH_DIGITS.items() if d},
                        **{w: v for w, v in _DUTCH_AND_GERMAN_PAIRS_VALUES.items() if not w.endswith(_GERMAN_ENDS)}}
_GERMAN_BELOW_HUNDRED = {**{w: d for w, d in GERMAN_DIGITS.items() if d},
                         **{w: v for w, v in _DUTCH_AND_GERMAN_PAIRS_VALUES.items() if w.endswith(_GERMAN_ENDS) or
                            w in ("elf", "zwölf", "zwoelf")}}
_DUTCH_HUNDREDS = {f"{count}honderd{rest}": 100 * h + r
                   for count, h in {"": 1, **{w: d for w, d in DUTCH_DIGITS.items() if d > 1}}.items()
                   for rest, r in {"": 0, **_DUTCH_BELOW_HUNDRED}.items()}
_GERMAN_HUNDREDS = {f"{count}hundert{rest}": 100 * h + r
                    for count, h in {"": 1, "ein": 1, **{w: d for w, d in GERMAN_DIGITS.items() if d > 1}}.items()
                    for rest, r in {"": 0, **_GERMAN_BELOW_HUNDRED}.items()}
ONE_WORD_PAIRS.update(_DUTCH_HUNDREDS)
ONE_WORD_PAIRS.update(_GERMAN_HUNDREDS)
# Croatian: 10 to 19 in one word, its tens before its ones with nothing between ("pedeset jedan"); Turkish its tens
# before its ones ("yetmiş iki") and its hundreds as a count and "yüz" ("beş yüz otuz üç"); its ten, "on", is an English
# word: not read here.
_CROATIAN_PAIRS = {"deset": 10, "jedanaest": 11, "dvanaest": 12, "trinaest": 13, "četrnaest": 14, "cetrnaest": 14,
                   "petnaest": 15, "šesnaest": 16, "sesnaest": 16, "sedamnaest": 17, "osamnaest": 18,
                   "devetnaest": 19}
_CROATIAN_TENS = {"dvadeset": 20, "trideset": 30, "četrdeset": 40, "cetrdeset": 40, "pedeset": 50, "šezdeset": 60,
                  "sezdeset": 60, "sedamdeset": 70, "osamdeset": 80, "devedeset": 90}
_CROATIAN_ONES = {w: d for w, d in CROATIAN_DIGITS.items() if d}
_TURKISH_TENS = {"yirmi": 20, "otuz": 30, "kırk": 40, "kirk": 40, "elli": 50,  # noqa: RUF001 (Turkish)
                 "altmış": 60, "altmis": 60, "yetmiş": 70, "yetmis": 70, "seksen": 80,  # noqa: RUF001 (Turkish)
                 "doksan": 90}
_TURKISH_ONES = {w: d for w, d in TURKISH_DIGITS.items() if d}
# Slovene says 21 to 99 in one word, its ones, "in", then its tens ("dvaintrideset", "enaindvajset"); Bulgarian its
# tens, "i", then its ones ("trideset i chetiri").
_SLOVENE_TENS = {"dvajset": 20, "trideset": 30, "štirideset": 40, "stirideset": 40, "petdeset": 50, "šestdeset": 60,
                 "sestdeset": 60, "sedemdeset": 70, "osemdeset": 80, "devetdeset": 90}
_SLOVENE_ONE_WORD = {"deset": 10, "enajst": 11, "dvanajst": 12, "trinajst": 13, "štirinajst": 14, "petnajst": 15,
                     "šestnajst": 16, "sedemnajst": 17, "osemnajst": 18, "devetnajst": 19, **_SLOVENE_TENS,
                     **{f"{one}in{tens}": d + t for one, d in {"ena": 1, "dva": 2, "tri": 3, "štiri": 4, "stiri": 4,
                                                               "pet": 5, "šest": 6, "sest": 6, "sedem": 7, "osem": 8,
                                                               "devet": 9}.items()
                        for tens, t in _SLOVENE_TENS.items()}}
_BULGARIAN_TENS = {"dvadeset": 20, "trideset": 30, "chetirideset": 40, "petdeset": 50, "shestdeset": 60,
                   "sedemdeset": 70, "osemdeset": 80, "devetdeset": 90}
_BULGARIAN_ONES = {w: d for w, d in BULGARIAN_DIGITS.items() if d}
_TURKISH_HUNDRED = frozenset({"yüz", "yuz"})
# Romanian: 11 to 19 in one word ("unsprezece", "paisprezece"), its tens then "și" and its ones ("douăzeci și
# trei"); written with its letters' commas, cedillas or neither ("șapte", "şapte", "sapte").
_ROMANIAN_ONES = {w: d for w, d in ROMANIAN_DIGITS.items() if d}
_ROMANIAN_PAIRS = {"zece": 10, "unsprezece": 11, "doisprezece": 12, "douăsprezece": 12, "treisprezece": 13,
                   "paisprezece": 14, "cincisprezece": 15, "șaisprezece": 16, "șaptesprezece": 17,
                   "optsprezece": 18, "nouăsprezece": 19}
_ROMANIAN_TENS = {"douăzeci": 20, "treizeci": 30, "patruzeci": 40, "cincizeci": 50, "șaizeci": 60, "șaptezeci": 70,
                  "optzeci": 80, "nouăzeci": 90}
for _said in (_ROMANIAN_PAIRS, _ROMANIAN_TENS):
    _said.update({w.replace("ș", "ş"): v for w, v in _said.items() if "ș" in w})
    _said.update({_unaccented(w): v for w, v in _said.items()})
ONE_WORD_PAIRS.update(_ROMANIAN_PAIRS)
# Greek: 10 to 19 in one word, its tens before its ones apart ("σαράντα πέντε"), its hundreds in one word before
# them ("διακόσια τριάντα"); written with and without accents.
_GREEK_ONES = {w: d for w, d in GREEK_DIGITS.items() if d}
_GREEK_PAIRS = {"δέκα": 10, "έντεκα": 11, "ένδεκα": 11, "δώδεκα": 12, "δεκατρία": 13, "δεκατέσσερα": 14,
                "δεκαπέντε": 15, "δεκαέξι": 16, "δεκαεπτά": 17, "δεκαεφτά": 17, "δεκαοκτώ": 18, "δεκαοχτώ": 18,
                "δεκαεννέα": 19, "δεκαεννιά": 19}
_GREEK_TENS = {"είκοσι": 20, "τριάντα": 30, "σαράντα": 40, "πενήντα": 50, "εξήντα": 60, "εβδομήντα": 70,
               "ογδόντα": 80, "ενενήντα": 90}
_GREEK_HUNDREDS = {"εκατό": 100, "εκατόν": 100, "διακόσια": 200, "τριακόσια": 300, "τετρακόσια": 400,
                   "πεντακόσια": 500, "εξακόσια": 600, "επτακόσια": 700, "εφτακόσια": 700, "οκτακόσια": 800,
                   "οχτακόσια": 800, "εννιακόσια": 900, "εννεακόσια": 900}
for _said in (_GREEK_PAIRS, _GREEK_TENS, _GREEK_HUNDREDS):
    _said.update({_unaccented(w): v for w, v in _said.items()})
ONE_WORD_PAIRS.update(_GREEK_PAIRS)
_SCANDINAVIAN_NUMBERS = frozenset([*(w for w in _SCANDINAVIAN_DIGITS if w not in _SCANDINAVIAN_WORDS_TOO | {"null",
                                                                                                        "tre"}),
                                   *_SCANDINAVIAN_PAIRS, *_SCANDINAVIAN_HUNDREDS])
# Every number word of theirs: another language's between a word of both and theirs ends the look for theirs ("En
# twee acht nul?": Dutch's "and", whose "nul" is Danish's too)
OWN_KIN = {_SCANDINAVIAN_NUMBERS: frozenset([*_SCANDINAVIAN_DIGITS, *_SCANDINAVIAN_NUMBERS])}
# ("to" is English's homophone of two too: spoken.unit_at tries it as Danish's first)
OWN_LANGUAGE.update(dict.fromkeys(_SCANDINAVIAN_WORDS_TOO - set(OWN_LANGUAGE), _SCANDINAVIAN_NUMBERS))
OWN_LANGUAGE.update(dict.fromkeys(_BASQUE_WORDS_TOO, _BASQUE_NUMBERS))
# their ten, "tio" and "ti" (Spanish's uncle, Italian's "you"), only beside their other number words ("..., fem, tio")
OWN_LANGUAGE.update(dict.fromkeys(("tio", "ti"), _SCANDINAVIAN_NUMBERS))
_SOUTH_SLAVIC = frozenset([*CROATIAN_DIGITS, *SLOVENE_DIGITS, *BULGARIAN_DIGITS, *_CROATIAN_PAIRS, *_CROATIAN_TENS,
                           *SLOVAK_DIGITS, *CZECH_DIGITS, *POLISH_DIGITS]) - _THEIRS_ONLY_BESIDE
_TURKISH_OWN = frozenset([*TURKISH_DIGITS, *_TURKISH_TENS, *_TURKISH_HUNDRED]) - _THEIRS_ONLY_BESIDE
OWN_LANGUAGE.update({**dict.fromkeys(("pet", "nic", "edna", "edin", "ena"), _SOUTH_SLAVIC),
                     **dict.fromkeys(("dort", "alti", "bes", "kirk", "elli"), _TURKISH_OWN),
                     **dict.fromkeys(("dim", "pump", "pum", "naw"),
                                     frozenset(WELSH_DIGITS) - _THEIRS_ONLY_BESIDE - {"un"})})
OWN_DIGITS.update({w: {**CROATIAN_DIGITS, **SLOVENE_DIGITS, **BULGARIAN_DIGITS, **TURKISH_DIGITS, **WELSH_DIGITS,
                       **_TURKISH_TENS}[w] for w in _THEIRS_ONLY_BESIDE})
OWN_DIGITS.update({w: {**BASQUE_DIGITS, **_SCANDINAVIAN_DIGITS, "tio": 10, "ti": 10}[w] for w in OWN_LANGUAGE
                   if w not in OWN_DIGITS})
_SWEDISH = frozenset([*SWEDISH_DIGITS, *_SWEDISH_TEENS, *_SWEDISH_TENS, *_SCANDINAVIAN_HUNDREDS,
                      *(w for w in _SCANDINAVIAN_PAIRS if w.startswith(tuple(_SWEDISH_TENS)))])
_NORWEGIAN = frozenset([*NORWEGIAN_DIGITS, *_NORWEGIAN_TEENS, *_NORWEGIAN_TENS,
                        *(w for w in _SCANDINAVIAN_PAIRS if w.startswith(tuple(_NORWEGIAN_TENS)))])
_DANISH = frozenset([*DANISH_DIGITS, *_NORWEGIAN_TEENS, *_DANISH_TENS, *(w for w in _SCANDINAVIAN_PAIRS if "og" in w)])
# Portuguese's "um" and "uma" (English's filler "um") are digits beside its tens and pairs too ("um zero, vinte e sete")
OWN_LANGUAGE.update(dict.fromkeys(("um", "uma"), _PORTUGUESE_ONLY | frozenset(_PORTUGUESE_PAIRS) |
                                  frozenset(_PORTUGUESE_TENS)))
PAIR_WORDS = frozenset([*ONE_WORD_PAIRS, *_PORTUGUESE_PAIRS, *_PORTUGUESE_TENS, *_FRENCH_TEENS, *_FRENCH_TENS,
                        "quatre", *_SPANISH_PAIRS, *_SPANISH_TENS,
                        *_SPANISH_HUNDREDS, *_POLISH_PAIRS, *_POLISH_TENS, *_POLISH_HUNDREDS, *_CZECH_PAIRS,
                        *_CZECH_TENS, *_SLOVAK_TENS, *_SLOVAK_HUNDREDS, *_ROMANIAN_TENS, *_GREEK_TENS,
                        *_GREEK_HUNDREDS, *_CROATIAN_PAIRS, *_CROATIAN_TENS,
                        *(set(_TURKISH_TENS) - _THEIRS_ONLY_BESIDE), *_TURKISH_HUNDRED, *_SLOVENE_ONE_WORD,
                        *_BULGARIAN_TENS, "cent", "mil"])
# The regions a number to call said in each language's own words is read in (a word English says too, "six",
# "zero", names no language).
_LANGUAGE_REGIONS = ((frozenset([*SPANISH_DIGITS, *_SPANISH_PAIRS, *_SPANISH_TENS, *_SPANISH_HUNDREDS]),
                      ("ES",)),
                     (frozenset([*FINNISH_DIGITS, *_FINNISH_PAIRS]), ("FI",)),
                     (frozenset([*CZECH_DIGITS, *_CZECH_PAIRS, *_CZECH_TENS]) - set(POLISH_DIGITS), ("CZ",)),
                     (frozenset([*FRENCH_DIGITS, *_FRENCH_TEENS, *_FRENCH_TENS]), ("FR", "BE", "CH")),
                     (frozenset(GERMAN_DIGITS), ("DE", "AT", "CH")), (frozenset(ITALIAN_DIGITS), ("IT",)),
                     (frozenset([*CATALAN_DIGITS, *GALICIAN_DIGITS]), ("ES",)),
                     (_PORTUGUESE_ONLY | {"um", "uma"} | set(_PORTUGUESE_PAIRS) | set(_PORTUGUESE_TENS), ("BR", "PT")),
                     (_HINDI_ONLY, ("IN",)), (frozenset([*_ITALIAN_PAIRS, *_ITALIAN_HUNDREDS]), ("IT",)),
                     (frozenset([*SLOVAK_DIGITS, *_SLOVAK_PAIRS, *_SLOVAK_TENS, *_SLOVAK_HUNDREDS]) -
                      set(CZECH_DIGITS) - set(POLISH_DIGITS) - {"sto"}, ("SK",)),
                     (frozenset([*HUNGARIAN_DIGITS, *_HUNGARIAN_NUMBERS]) - {"hat", "het"}, ("HU",)),
                     (frozenset([*ROMANIAN_DIGITS, *_ROMANIAN_PAIRS, *_ROMANIAN_TENS]) - {"zero", "opt"}, ("RO",)),
                     (frozenset([*GREEK_DIGITS, *_GREEK_PAIRS, *_GREEK_TENS, *_GREEK_HUNDREDS]), ("GR",)),
                     (frozenset([*POLISH_DIGITS, *_POLISH_PAIRS, *_POLISH_TENS, *_POLISH_HUNDREDS]) - {"zero"},
                      ("PL",)),
                     (frozenset(w for w in [*DUTCH_DIGITS, *_DUTCH_AND_GERMAN_PAIRS] if w not in GERMAN_DIGITS and
                                not w.endswith(("zig", "ßig", "ssig", "zehn", "und"))) - {"elf"}, ("NL", "BE")),
                     (frozenset(w for w in _DUTCH_AND_GERMAN_PAIRS if w.endswith(("zig", "ßig", "ssig", "zehn")) or
                                w in ("zwölf", "zwoelf")), ("DE", "AT", "CH")),
                     # what only one of them says: "noll", "fyra", "sju"; "otte"; "åtte", "tjue"
                     (_SWEDISH - _DANISH - _NORWEGIAN, ("SE",)), (_DANISH - _SWEDISH - _NORWEGIAN - {"nul"}, ("DK",)),
                     (_NORWEGIAN - _SWEDISH - _DANISH - {"null"}, ("NO",)), (frozenset({"syv", "seks"}), ("DK", "NO")),
                     (frozenset({"sju"}), ("SE", "NO")),
                     (frozenset([*CROATIAN_DIGITS, *_CROATIAN_PAIRS, *_CROATIAN_TENS]) - set(SLOVAK_DIGITS) -
                      set(BULGARIAN_DIGITS) - set(SLOVENE_DIGITS) - set(POLISH_DIGITS) - set(CZECH_DIGITS), ("HR",)),
                     (frozenset(BULGARIAN_DIGITS) - set(SLOVAK_DIGITS) - set(CROATIAN_DIGITS) - set(SLOVENE_DIGITS),
                      ("BG",)),
                     (frozenset(SLOVENE_DIGITS) - set(SLOVAK_DIGITS) - set(CROATIAN_DIGITS) - set(BULGARIAN_DIGITS) -
                      {"nic"}, ("SI",)),
                     (frozenset([*TURKISH_DIGITS, *_TURKISH_TENS, *_TURKISH_HUNDRED]), ("TR",)),
                     (frozenset(WELSH_DIGITS) - {"un", "tri", "dim", "pump", "pum"}, ("GB",)))


def regions_said(words: Sequence[str]) -> list[str]:
    """The regions of the languages whose number words, other than English's, are among `words`."""
    said = {w for w in words if w not in ENGLISH_DIGITS}
    return [r for vocabulary, regions in _LANGUAGE_REGIONS if not said.isdisjoint(vocabulary) for r in regions]


# Each language's number words whole, words it shares with another included: the one a run is said in.
_LANGUAGES = ((("ES",), frozenset([*SPANISH_DIGITS, *_SPANISH_PAIRS, *_SPANISH_TENS, *_SPANISH_HUNDREDS, "un"])),
              (("IT",), frozenset([*ITALIAN_DIGITS, *_ITALIAN_PAIRS, *_ITALIAN_HUNDREDS])),
              (("BR", "PT"), frozenset([*PORTUGUESE_DIGITS, *_PORTUGUESE_PAIRS, *_PORTUGUESE_TENS])),
              (("FR", "BE", "CH"), frozenset([*FRENCH_DIGITS, *_FRENCH_TEENS, *_FRENCH_TENS, "vingts", "une", "cent",
                                              "cents", "mille", "et"])),
              (("DE", "AT", "CH"), frozenset([*GERMAN_DIGITS, *_GERMAN_BELOW_HUNDRED, *_GERMAN_HUNDREDS])),
              (("NL", "BE"), frozenset([*DUTCH_DIGITS, *_DUTCH_BELOW_HUNDRED, *_DUTCH_HUNDREDS])),
              (("PL",), frozenset([*POLISH_DIGITS, *_POLISH_PAIRS, *_POLISH_TENS, *_POLISH_HUNDREDS])),
              (("CZ",), frozenset([*CZECH_DIGITS, *_CZECH_PAIRS, *_CZECH_TENS, "sto", "stě", "sta", "set"])),
              (("FI",), frozenset([*FINNISH_DIGITS, *_FINNISH_PAIRS])), (("SE",), _SWEDISH), (("DK",), _DANISH),
              (("NO",), _NORWEGIAN), (("GR",), frozenset([*GREEK_DIGITS, *_GREEK_PAIRS, *_GREEK_TENS,
                                                         *_GREEK_HUNDREDS])),
              (("RO",), frozenset([*ROMANIAN_DIGITS, *_ROMANIAN_PAIRS, *_ROMANIAN_TENS, "și", "şi", "si"])),
              (("HU",), frozenset([*HUNGARIAN_DIGITS, *_HUNGARIAN_NUMBERS])),
              (("HR",), frozenset([*CROATIAN_DIGITS, *_CROATIAN_PAIRS, *_CROATIAN_TENS])),
              (("SI",), frozenset(SLOVENE_DIGITS)), (("BG",), frozenset(BULGARIAN_DIGITS)),
              (("TR",), frozenset([*TURKISH_DIGITS, *_TURKISH_TENS, *_TURKISH_HUNDRED])),
              (("GB",), frozenset(WELSH_DIGITS)),
              (("SK",), frozenset([*SLOVAK_DIGITS, *_SLOVAK_PAIRS, *_SLOVAK_TENS, *_SLOVAK_HUNDREDS, *(
                  w for w in ONE_WORD_PAIRS if w.startswith(tuple(_SLOVAK_TENS)) or w.startswith(
                      tuple(_SLOVAK_HUNDREDS))), "sto"])))


def language_said(words: Sequence[str]) -> list[str]:
    """The regions of the languages whose number words are every one among `words` but English's ("seis tres
    cero, noventa y cuatro": Spain's; not Italy's, whose "uno" is Spanish's too)."""
    said = {w for w in words if is_number_word(w) and w not in ENGLISH_DIGITS}
    return [r for regions, vocabulary in _LANGUAGES if said and said <= vocabulary for r in regions]


_NUMBER_WORDS = frozenset([*DIGIT_WORDS, *TEENS, *TENS, *PAIR_WORDS, "hundred", "thousand"])


def is_number_word(word: str) -> bool:
    return word in _NUMBER_WORDS


def _joined(toks: Sequence[Word], i: int) -> bool:
    """Whether token `i` is a hyphen written against the words on each side ("quatre-vingt-douze")."""
    return 0 < i < len(toks) - 1 and toks[i].text == "-" and toks[i - 1].end == toks[i].start and \
        toks[i].end == toks[i + 1].start


def _after(toks: Sequence[Word], i: int, joiner: str) -> int | None:
    """The index of the word after a hyphen or `joiner` ("et", "y") at `i`, if one is there."""
    if _joined(toks, i) or (i + 1 < len(toks) and toks[i].text == joiner):
        return i + 1
    return None


def _french_teen(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """(value, index after it) of "onze" ... "seize", or "dix" and "dix-sept" ... "dix-neuf", at `i`."""
    w = toks[i].text if i < len(toks) else ""
    if w == "dix" and (k := _after(toks, i + 1, "-")) is not None and toks[k].text in ("sept", "huit", "neuf"):
        return 10 + FRENCH_DIGITS[toks[k].text], k + 1
    return (_FRENCH_TEENS[w], i + 1) if w in _FRENCH_TEENS else None


def _french_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A French number of 10 to 99 from `i`: "quatorze", "quarante et un", "soixante-dix-sept",
    "quatre-vingt-douze", "quatre-vingts"."""
    if (teen := _french_teen(toks, i)) is not None:
        return teen
    w = toks[i].text
    if w == "quatre":
        if i + 2 >= len(toks) or not (_joined(toks, i + 1) or toks[i + 1].text == "-") or \
                toks[i + 2].text not in ("vingt", "vingts"):
            return None
        tens, j = 80, i + 3
    elif w in _FRENCH_TENS:
        tens, j = _FRENCH_TENS[w], i + 1
    else:
        return None
    if j < len(toks) and (k := _after(toks, j, "et")) is not None and k < len(toks):
        if tens in (60, 80) and (teen := _french_teen(toks, k)) is not None:
            return tens + teen[0], teen[1]  # "soixante-dix-sept", "quatre-vingt-onze"
        if toks[k].text in _FRENCH_ONES:
            return tens + _FRENCH_ONES[toks[k].text], k + 1
    return tens, j


def _spanish_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Spanish number of 10 to 99 from `i`: "dieciocho", "veintisiete", "cuarenta", "setenta y seis"."""
    return _tens_and_ones(toks, i, _SPANISH_PAIRS, _SPANISH_TENS, ("y",), _SPANISH_ONES)


def _tens_and_ones(toks: Sequence[Word], i: int, pairs: dict[str, int], tens: dict[str, int],
                   joiners: tuple[str, ...], ones: dict[str, int]) -> tuple[int, int] | None:
    """A number of 10 to 99 from `i` in a language that says it in one word or as its tens, a joiner and its ones
    (Spanish's "y", Portuguese's "e", Romanian's "și")."""
    w = toks[i].text
    if w in pairs:
        return pairs[w], i + 1
    if w not in tens:
        return None
    k = i + 2
    if k < len(toks) and toks[i + 1].text in joiners and toks[k].text in ones:
        return tens[w] + ones[toks[k].text], k + 1
    return tens[w], i + 1


def _spanish_hundred(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Spanish number of 100 to 999 from `i`: "ciento veintinueve", "cuatrocientos ochenta y seis", "quinientos
    tres", "doscientos"; "cien" is a hundred alone."""
    return _hundred(toks, i, _SPANISH_HUNDREDS, _spanish_pair, _SPANISH_ONES, alone="cien")


def _ones_and_tens_apart(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A German, Dutch or Danish number of 21 to 99 said as three words from `i` ("sieben und fünfzig", "vier en
    zeventig", "otte og halvtreds")."""
    one, joiner, tens = toks[i].text, toks[i + 1].text, toks[i + 2].text
    if joiner == "und" and one in _GERMAN_ONES and tens in _GERMAN_TENS:
        return _GERMAN_ONES[one] + _GERMAN_TENS[tens], i + 3
    if joiner == "en" and one in DUTCH_DIGITS and DUTCH_DIGITS[one] and tens in _DUTCH_TENS:
        return DUTCH_DIGITS[one] + _DUTCH_TENS[tens], i + 3
    if joiner == "og" and DANISH_DIGITS.get(one) and (tens in _DANISH_TENS or tens == "tres"):
        return DANISH_DIGITS[one] + _DANISH_TENS.get(tens, 60), i + 3  # "otte og halvtreds"
    return None


def _tens_then_ones(toks: Sequence[Word], i: int, pairs: dict[str, int], tens: dict[str, int],
                    ones: dict[str, int]) -> tuple[int, int] | None:
    """A number of 10 to 99 from `i` in a language that says 10 to 19 in one word and its tens before its ones with
    nothing between (Polish, Czech, Slovak)."""
    w = toks[i].text
    if w in pairs:
        return pairs[w], i + 1
    if w not in tens:
        return None
    if i + 1 < len(toks) and toks[i + 1].text in ones:
        return tens[w] + ones[toks[i + 1].text], i + 2
    return tens[w], i + 1


def _croatian_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Croatian number of 10 to 99 from `i`: "petnaest", "pedeset jedan", "osamdeset"."""
    return _tens_then_ones(toks, i, _CROATIAN_PAIRS, _CROATIAN_TENS, _CROATIAN_ONES)


def _bulgarian_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Bulgarian number of 21 to 99 from `i`, in Latin letters: "trideset i chetiri" (its tens alone, Croatian's
    words too, are read by `_croatian_pair`, which reads on into Croatian's ones: "dvadeset sedam")."""
    if i + 2 < len(toks) and toks[i + 1].text == "i" and toks[i + 2].text in _BULGARIAN_ONES:
        return _tens_and_ones(toks, i, {}, _BULGARIAN_TENS, ("i",), _BULGARIAN_ONES)
    return None


def _slovene_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Slovene number of 10 to 99 from `i`: "petnajst", "dvajset", "dvaintrideset"."""
    return (_SLOVENE_ONE_WORD[toks[i].text], i + 1) if toks[i].text in _SLOVENE_ONE_WORD else None


def _turkish_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Turkish number of 20 to 99 from `i`: "yetmiş iki", "elli"."""
    return _tens_then_ones(toks, i, {}, _TURKISH_TENS, _TURKISH_ONES)


def _turkish_hundred(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Turkish number of 100 to 999 from `i`: "yüz", "beş yüz otuz üç", "iki yüz yedi"."""
    if toks[i].text in _TURKISH_HUNDRED:
        hundred, j = 100, i + 1
    elif i + 1 < len(toks) and toks[i + 1].text in _TURKISH_HUNDRED and toks[i].text in _TURKISH_ONES:
        hundred, j = 100 * _TURKISH_ONES[toks[i].text], i + 2
    else:
        return None
    return _after_hundreds(toks, j, hundred, _turkish_pair, _TURKISH_ONES)


def _polish_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Polish number of 10 to 99 from `i`: "jedenaście", "czterdzieści", "sześćdziesiąt pięć"."""
    return _tens_then_ones(toks, i, _POLISH_PAIRS, _POLISH_TENS, _POLISH_ONES)


def _slovak_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Slovak number of 10 to 99 from `i`: "pätnásť", "tridsaťdva", "dvadsať jeden", "päťdesiat"."""
    return _tens_then_ones(toks, i, _SLOVAK_ONE_WORD, _SLOVAK_TENS, _SLOVAK_ONES)


def _slovak_hundred(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Slovak number of 100 to 999 said from `i` with its hundreds apart: "dvesto päť", "sto dvadsať jeden"."""
    return _hundred(toks, i, _SLOVAK_HUNDREDS, _slovak_pair, _SLOVAK_ONES)


def _greek_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Greek number of 20 to 99 said from `i`: "σαράντα πέντε", "είκοσι"."""
    return _tens_then_ones(toks, i, {}, _GREEK_TENS, _GREEK_ONES)


def _greek_hundred(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Greek number of 100 to 999 from `i`: "διακόσια τριάντα πέντε", "εκατόν δώδεκα"."""
    return _hundred(toks, i, _GREEK_HUNDREDS, lambda t, k: _greek_pair(t, k) or (
        (_GREEK_PAIRS[t[k].text], k + 1) if t[k].text in _GREEK_PAIRS else None), _GREEK_ONES)


def _romanian_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Romanian number of 20 to 99 from `i`: "treizeci", "douăzeci și opt"."""
    return _tens_and_ones(toks, i, {}, _ROMANIAN_TENS, ("și", "şi", "si"), _ROMANIAN_ONES)


def _polish_hundred(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Polish number of 100 to 999 from `i`: "pięćset siedemdziesiąt osiem", "czterysta jeden", "sto"."""
    return _hundred(toks, i, _POLISH_HUNDREDS, _polish_pair, _POLISH_ONES)


def _czech_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Czech number of 10 to 99 from `i`: "patnáct", "třicet", "devadesát tři"."""
    return _tens_then_ones(toks, i, _CZECH_PAIRS, _CZECH_TENS, _CZECH_ONES)


def _czech_hundred(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Czech number of 100 to 999 from `i`: "sto osmdesát", "sedm set devadesát tři", "čtyři sta dvanáct"."""
    w = toks[i].text
    if w == "sto":
        hundred, j = 100, i + 1
    elif i + 1 < len(toks) and _CZECH_HUNDREDS.get(w) == toks[i + 1].text:
        hundred, j = 100 * _CZECH_ONES[w], i + 2
    else:
        return None
    return _after_hundreds(toks, j, hundred, _czech_pair, _CZECH_ONES)


def _after_hundreds(toks: Sequence[Word], j: int, hundred: int, pair: Callable,
                    ones: dict[str, int]) -> tuple[int, int]:
    """`hundred`, said up to token `j` (a count and a language's word for "hundred"), with the pair or the one said
    after it: Czech's and Turkish's (value, index after it)."""
    if j < len(toks):
        if (rest := pair(toks, j)) is not None:
            return hundred + rest[0], rest[1]
        if toks[j].text in ones:
            return hundred + ones[toks[j].text], j + 1
    return hundred, j


def _hundred(toks: Sequence[Word], i: int, hundreds: dict[str, int], pair: Callable, ones: dict[str, int],
             alone: str = "") -> tuple[int, int] | None:
    """A number of 100 to 999 from `i` in a language that says its hundreds in one word, then a pair or a one."""
    if (hundred := hundreds.get(toks[i].text)) is None:
        return None
    if i + 1 < len(toks) and toks[i].text != alone:
        if (rest := pair(toks, i + 1)) is not None:
            return hundred + rest[0], rest[1]
        if toks[i + 1].text in ones:
            return hundred + ones[toks[i + 1].text], i + 2
    return hundred, i + 1


def pair_at(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """(value, index after it) of a French, Spanish, Portuguese, Dutch, German, Italian, Polish or Scandinavian number
    of 10 to 99, a Spanish, French, Polish or Scandinavian one of 100 to 999, or a Spanish one in thousands or
    millions, said from token `i`; None: none is."""
    if toks[i].text in _SPANISH_STARTS and (large := _spanish_large(toks, i)) is not None:
        return large  # "cuatro mil nueve", "cuarenta y nueve millones ..."
    if (thousands := _french_thousands(toks, i)) is not None:
        return thousands  # "dix mille deux cent soixante-dix-huit": a French bank's code
    if (toks[i].text == "cent" or (i + 1 < len(toks) and toks[i + 1].text in ("cent", "cents"))) and \
            (hundred := _french_hundred(toks, i)) is not None:
        return hundred  # "deux cent vingt-neuf": "deux" is no pair
    if i + 1 < len(toks) and _CZECH_HUNDREDS.get(toks[i].text) == toks[i + 1].text:
        return _czech_hundred(toks, i)  # "sedm set devadesát": "sedm" is no pair
    if i + 1 < len(toks) and toks[i + 1].text in _TURKISH_HUNDRED and toks[i].text in _TURKISH_ONES:
        return _turkish_hundred(toks, i)  # "beş yüz otuz üç": "beş" is no pair
    if (toks[i].text in _PORTUGUESE_ONES or toks[i].text == "mil") and \
            (thousands := _portuguese_thousands(toks, i)) is not None:
        return thousands  # "dois mil e trinta": a year
    if i + 2 < len(toks) and (apart := _ones_and_tens_apart(toks, i)) is not None:
        return apart  # "vier und siebzig", "vier en zeventig": German's and Dutch's one word said in three
    if toks[i].text not in PAIR_WORDS or toks[i].text in ("mil", "cent"):
        return None
    if toks[i].text == "sto":  # Polish's hundred, Czech's and Slovak's: the one that reads on further
        return max(_polish_hundred(toks, i), _czech_hundred(toks, i), _slovak_hundred(toks, i),
                   key=lambda said: said[1])
    if (value := ONE_WORD_PAIRS.get(toks[i].text)) is not None:
        return value, i + 1
    if i + 1 < len(toks) and toks[i + 1].text == "e" and (pair := _portuguese_pair(toks, i)) is not None:
        return pair  # "noventa e cinco": Spanish's tens too, its "y" Portuguese's "e"
    return _french_pair(toks, i) or _spanish_pair(toks, i) or _spanish_hundred(toks, i) or _portuguese_pair(toks, i) \
        or _polish_pair(toks, i) or _polish_hundred(toks, i) or _czech_pair(toks, i) or _czech_hundred(toks, i) \
        or _slovak_pair(toks, i) or _slovak_hundred(toks, i) or _romanian_pair(toks, i) or _greek_pair(toks, i) \
        or _greek_hundred(toks, i) or _bulgarian_pair(toks, i) or _croatian_pair(toks, i) or _turkish_pair(toks, i) \
        or _turkish_hundred(toks, i) or _slovene_pair(toks, i)  # (Bulgarian's first: its "i" and ones read on)


_SPANISH_LARGE = {"mil": 1000, "millones": 1_000_000, "millón": 1_000_000, "millon": 1_000_000}
_SPANISH_STARTS = frozenset([*_SPANISH_ONES, *_SPANISH_PAIRS, *_SPANISH_TENS, *_SPANISH_HUNDREDS, "mil"])


def _spanish_below_thousand(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    if i >= len(toks):
        return None
    if (hundred := _spanish_hundred(toks, i)) is not None or (hundred := _spanish_pair(toks, i)) is not None:
        return hundred
    return (_SPANISH_ONES[toks[i].text], i + 1) if toks[i].text in _SPANISH_ONES else None


def _spanish_large(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Spanish number in thousands or millions from `i`, below a thousand millions: "cuatro mil nueve", "mil
    doscientos", "cuarenta y nueve millones setecientos noventa mil seiscientos noventa y seis"; None where no
    "mil" or "millones" is said in it."""
    value, j, scaled = 0, i, False
    for scale in (1_000_000, 1000):
        if j < len(toks) and toks[j].text == "mil" and scale == 1000:
            value, j, scaled = value + 1000, j + 1, True  # "mil doscientos": a thousand alone
            break
        if (part := _spanish_below_thousand(toks, j)) is not None and part[1] < len(toks) and \
                _SPANISH_LARGE.get(toks[part[1]].text) == scale:
            value, j, scaled = value + part[0] * scale, part[1] + 1, True
    if not scaled:
        return None
    if (rest := _spanish_below_thousand(toks, j)) is not None:
        value, j = value + rest[0], rest[1]
    return value, j


def _french_hundred(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A French number of 100 to 999 from `i`: "cent quarante", "deux cent vingt-neuf", "trois cents"."""
    count, j = 1, i
    if toks[i].text in _FRENCH_ONES and toks[i].text not in ("un", "une") and i + 1 < len(toks) and \
            toks[i + 1].text in ("cent", "cents"):
        count, j = _FRENCH_ONES[toks[i].text], i + 1
    if toks[j].text not in ("cent", "cents"):
        return None
    if j + 1 < len(toks) and (rest := _french_pair(toks, j + 1) or (
            (_FRENCH_ONES[toks[j + 1].text], j + 2) if toks[j + 1].text in _FRENCH_ONES else None)) is not None:
        return 100 * count + rest[0], rest[1]
    return (100 * count, j + 1) if j > i else None  # "cent" alone: a hundred, or a cent ("cent pour cent", "5 cent")


def _french_thousands(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A French number of 2,000 to 99,999 from `i` with its count of thousands said ("dix mille deux cent
    soixante-dix-huit", "trente mille deux", "vingt mille quarante et un"); None where no "mille" follows a count."""
    if toks[i].text in _FRENCH_ONES and toks[i].text not in ("un", "une"):
        count: tuple[int, int] | None = (_FRENCH_ONES[toks[i].text], i + 1)
    elif toks[i].text in _FRENCH_TENS or toks[i].text in _FRENCH_TEENS or toks[i].text in ("dix", "quatre"):
        count = _french_pair(toks, i)
    else:
        return None
    if count is None or count[1] >= len(toks) or toks[count[1]].text != "mille":
        return None
    value, j = 1000 * count[0], count[1] + 1
    if j < len(toks) and (rest := _french_hundred(toks, j) or _french_pair(toks, j) or (
            (_FRENCH_ONES[toks[j].text], j + 1) if toks[j].text in _FRENCH_ONES else None)) is not None:
        return value + rest[0], rest[1]
    return value, j


def _portuguese_thousands(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Portuguese number of 1000 to 9999 from `i` with no hundreds in it: "dois mil e trinta", "mil e novecentos"
    aside (its hundreds are read by year_in_words), "dois mil e vinte e nove", "dois mil"."""
    count, j = (1, i) if toks[i].text == "mil" else (_PORTUGUESE_ONES[toks[i].text], i + 1)
    if j >= len(toks) or toks[j].text != "mil" or (count == 1 and j > i):
        return None  # "um mil" is no way to say it
    value, j = 1000 * count, j + 1
    if j + 1 < len(toks) and toks[j].text == "e":
        if (pair := _portuguese_pair(toks, j + 1)) is not None:
            return value + pair[0], pair[1]
        if toks[j + 1].text in _PORTUGUESE_ONES:
            return value + _PORTUGUESE_ONES[toks[j + 1].text], j + 2
    return (value, j) if count > 1 else None  # "mil" alone: Spanish's and Portuguese's reading, left to them


def _portuguese_pair(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Portuguese number of 10 to 99 from `i`: "doze", "noventa", "sessenta e dois"."""
    return _tens_and_ones(toks, i, _PORTUGUESE_PAIRS, _PORTUGUESE_TENS, ("e",), _PORTUGUESE_ONES)


_WORD = re.compile(r"[^\W\d_]+")
_CUT_MARKS = frozenset({"", "...", "\u2026", "-", "\u2013", "\u2014"})  # what an engine writes where it cut a word


def cut_after_tens(text: str, tens: tuple[int, int], ones_start: int) -> bool:
    """Whether the tens word at `tens` (start, end) ends a segment cut inside a number word, its ones said at
    `ones_start` in a later one ("... forty... | three eleven", "seventy - | Yep. | two, ..."): said apart
    by a pause ("forty, three") it is a group of its own, and so is one the other speaker asked for the next part
    after ("... fifty-eight eighty | And the next four? | three six one five"; not "forty | Mm-hmm. | six")."""
    if text[tens[0]:tens[1]].lower() not in TENS or (turn := text.find("\n", tens[1], ones_start)) < 0:
        return False
    if (mark := text[tens[1]:turn].strip()) not in _CUT_MARKS:
        return False
    between = text[turn:ones_start]  # unmarked: not where the other speaker asked for the next part
    return bool(mark) or ("?" not in between and not any(is_number_word(w) for w in _WORD.findall(between.lower())))



class _Said:
    """A word as `pair_at` reads it, where only the words are at hand."""

    def __init__(self, text: str, start: int = 0) -> None:
        self.text, self.start, self.end = text, start, start + len(text)


def _placed(said: Sequence[str]) -> list[_Said]:
    """The words as tokens, a space between each but on either side of a "-" (written against its words)."""
    placed: list[_Said] = []
    for w in said:
        start = 0 if not placed else placed[-1].end + (0 if w == "-" or placed[-1].text == "-" else 1)
        placed.append(_Said(w, start))
    return placed


def pair_in_words(said: Sequence[str]) -> int | None:
    """The number of 10 to 999 that `said`, lower-cased words, says whole in one of `pair_at`'s languages; None
    where they say none."""
    words = _placed(said)
    return pair[0] if words and (pair := pair_at(words, 0)) is not None and pair[1] == len(words) else None


# A year said in one word or run together: German's, Swedish's, Dutch's and Italian's ("neunzehnhundertzweiundneunzig",
# "nittonhundrasextiotvå", "negentieneenenvijftig", "millenovecentonovantacinque"): its century's words, then its
# last two digits in that language's words.
# Italian's "millenovecent" before a vowel ("millenovecentottantasette"); Norwegian's and Danish's "nitten nittitre",
# "totusen og tretti" (the "og" passed over)
_YEAR_HEADS = (("neunzehnhundert", 1900), ("zweitausend", 2000), ("nittonhundra", 1900), ("tvåtusen", 2000),
               ("millenovecento", 1900), ("millenovecent", 1900), ("duemila", 2000), ("negentienhonderd", 1900),
               ("negentien", 1900), ("tweeduizend", 2000), ("nittenhundre", 1900), ("nitten", 1900),
               ("nitton", 1900), ("totusen", 2000), ("totusind", 2000))
_YEAR_JOINED = ("og", "och")
_YEAR_TAILS = {**{w: d for w, d in DIGIT_WORDS.items() if d}, **{w: v for w, v in ONE_WORD_PAIRS.items() if v < 100},
               "eins": 1, "ein": 1}
_PORTUGUESE_HUNDREDS = {"novecentos": 900}
_YEARS = range(1900, 2031)
# The words of a year's thousands and hundreds in the languages that say them apart before its last two digits
# (Greek, Romanian, Polish, Czech, Slovak, Hungarian): "χίλια εννιακόσια ογδόντα οκτώ", "o mie nouă sute șaizeci și
# doi", "tysiąc dziewięćset siedemdziesiąt", "tisíc devět set šedesát", "devatenáct set padesát pět", "dva tisíce
# dvacet", "două mii trei".
_CENTURIES = {("χίλια", "εννιακόσια"): 1900, ("χιλια", "εννιακοσια"): 1900, ("χίλια", "εννεακόσια"): 1900,
              ("δύο", "χιλιάδες"): 2000, ("δυο", "χιλιάδες"): 2000, ("δυο", "χιλιαδες"): 2000,
              ("o", "mie", "nouă", "sute"): 1900, ("o", "mie", "noua", "sute"): 1900, ("două", "mii"): 2000,
              ("doua", "mii"): 2000, ("tysiąc", "dziewięćset"): 1900, ("dwa", "tysiące"): 2000,
              ("tisíc", "devět", "set"): 1900, ("tisíc", "devětset"): 1900, ("dva", "tisíce"): 2000,
              ("tisíc", "deväťsto"): 1900, ("dve", "tisíc"): 2000, ("dvetisíc",): 2000, ("ezerkilencszáz",): 1900,
              ("kétezer",): 2000, ("devatenáct", "set"): 1900, ("devätnásť", "sto"): 1900}
# Polish says a year's last two digits as ordinals in the genitive ("... siedemdziesiątego siódmego (roku)")
_POLISH_ORDINAL_ONES = {"pierwszego": 1, "drugiego": 2, "trzeciego": 3, "czwartego": 4, "piątego": 5, "szóstego": 6,
                        "siódmego": 7, "ósmego": 8, "dziewiątego": 9}
_POLISH_ORDINAL_PAIRS = {"dziesiątego": 10, "jedenastego": 11, "dwunastego": 12, "trzynastego": 13,
                         "czternastego": 14, "piętnastego": 15, "szesnastego": 16, "siedemnastego": 17,
                         "osiemnastego": 18, "dziewiętnastego": 19}
_POLISH_ORDINAL_TENS = {"dwudziestego": 20, "trzydziestego": 30, "czterdziestego": 40, "pięćdziesiątego": 50,
                        "sześćdziesiątego": 60, "siedemdziesiątego": 70, "osiemdziesiątego": 80,
                        "dziewięćdziesiątego": 90}


def _year_after_century(said: Sequence[str]) -> int | None:
    """The year `said` gives as its thousands and hundreds (`_CENTURIES`) and then its last two digits, as a number
    or as Polish's ordinals; None where it is none."""
    for head, century in _CENTURIES.items():
        if tuple(said[:len(head)]) != head:
            continue
        rest = list(said[len(head):])
        if not rest:
            return century
        if len(rest) == 1 and (one := DIGIT_WORDS.get(rest[0], _POLISH_ORDINAL_ONES.get(rest[0]))) is not None:
            return century + one if century + one in _YEARS else None
        if (two := pair_in_words(rest)) is not None and two < 100:
            return century + two if century + two in _YEARS else None
        ordinal = _POLISH_ORDINAL_PAIRS.get(rest[0], _POLISH_ORDINAL_TENS.get(rest[0]))
        if ordinal is not None and (len(rest) == 1 or (len(rest) == 2 and rest[0] in _POLISH_ORDINAL_TENS and
                                                        rest[1] in _POLISH_ORDINAL_ONES)):
            year = century + ordinal + (_POLISH_ORDINAL_ONES[rest[1]] if len(rest) == 2 else 0)
            return year if year in _YEARS else None
        return None
    return None


def year_in_words(said: Sequence[str]) -> int | None:
    """The year of 1900 to 2030 that `said`, lower-cased words, says whole; None where they say none: one word or
    run together (German, Swedish, Dutch, Italian), Spanish's, Portuguese's and French's words ("mil novecientos
    ochenta", "mil novecentos e oitenta e nove", "mille neuf cent cinquante"), or its thousands and hundreds apart
    in Greek's, Romanian's, Polish's, Czech's, Slovak's and Hungarian's (`_CENTURIES`)."""
    joined = "".join(w for w in said if w != "-")
    for head, century in _YEAR_HEADS:
        if not joined.startswith(head):
            continue
        tail = joined[len(head):]
        joiner = next((j for j in _YEAR_JOINED if tail.startswith(j) and tail[len(j):] in _YEAR_TAILS), "")
        tail = tail[len(joiner):]
        if tail in _YEAR_TAILS or (tail == "" and head not in ("negentien", "nitten", "nitton")):  # alone: nineteen
            return year if (year := century + _YEAR_TAILS.get(tail, 0)) in _YEARS else None
    if (year := _year_after_century([w for w in said if w != "-"])) is not None:
        return year
    words = _placed(said)
    if not words:
        return None
    # "deux mille quatre", "dois mil e um", "deux mille": the two thousands and what follows them
    if len(words) >= 2 and (words[0].text, words[1].text) in (("deux", "mille"), ("dois", "mil")):
        rest = words[2:] if len(words) < 4 or words[2].text != "e" else words[3:]
        if not rest:
            return 2000
        if len(rest) == 1 and (last := _YEAR_TAILS.get(rest[0].text, _PORTUGUESE_ONES.get(rest[0].text))) is not None \
                and 2000 + last in _YEARS:
            return 2000 + last
        if (pair := _french_pair(rest, 0) or _portuguese_pair(rest, 0)) is not None and pair[1] == len(rest) and \
                2000 + pair[0] in _YEARS:
            return 2000 + pair[0]
    if words[0].text in ("mille", "mil") and len(words) > 1:
        rest = _french_hundred(words, 1) or _portuguese_hundred(words, 1)
        if rest is not None and rest[1] == len(words) and 1000 + rest[0] in _YEARS:
            return 1000 + rest[0]
    # French's hundreds of a year ("dix-neuf cent soixante-quinze"): its first two digits, "cent", its last two
    if (century := _french_pair(words, 0)) is not None and century[1] < len(words) and \
            words[century[1]].text == "cent":
        rest = _french_pair(words, century[1] + 1) if century[1] + 1 < len(words) else (0, len(words))
        if rest is not None and rest[1] == len(words) and 100 * century[0] + rest[0] in _YEARS:
            return 100 * century[0] + rest[0]
    large = _spanish_large(words, 0)
    return large[0] if large is not None and large[1] == len(words) and large[0] in _YEARS else None


def _portuguese_hundred(toks: Sequence[Word], i: int) -> tuple[int, int] | None:
    """A Portuguese number of 900 to 999 from `i`: "novecentos e oitenta e nove" (a year's)."""
    if toks[i].text not in _PORTUGUESE_HUNDREDS:
        return None
    hundred = _PORTUGUESE_HUNDREDS[toks[i].text]
    if i + 2 < len(toks) and toks[i + 1].text == "e" and (rest := _portuguese_pair(toks, i + 2)) is not None:
        return hundred + rest[0], rest[1]
    if i + 2 < len(toks) and toks[i + 1].text == "e" and toks[i + 2].text in _PORTUGUESE_ONES:
        return hundred + _PORTUGUESE_ONES[toks[i + 2].text], i + 3
    return hundred, i + 1
