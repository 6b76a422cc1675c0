"""Dates of birth as the eighteenth batch's misses showed them (version 16): written after the birth words of more
languages (a question's "geboren?", "Vous êtes né quand ?", Danish's, Norwegian's, Finnish's, Polish's and Czech's),
with Czech's and Finnish's months, a day and month said in words before a year written, French's years in hundreds,
and the month, day and year said as groups of their own. Each kind checked on its own, and the look-alike beside it
left alone."""

import pytest

from services.transcripts.redaction import redact_segments
from services.transcripts.redaction.numerals import year_in_words


@pytest.mark.parametrize(("said", "answer"), [
    (["Wann sind Sie geboren?", "Am 16. März 1986."], "Am [DATE_OF_BIRTH]."),
    (["En wanneer bent u geboren?", "Dat is achttiende april 1950."], "Dat is [DATE_OF_BIRTH]."),
    (["En wanneer bent u geboren?", "3-10-1987."], "[DATE_OF_BIRTH]."),
    (["Vous êtes né quand ?", "Le seize avril dix-neuf cent quarante-huit."], "Le [DATE_OF_BIRTH]."),
    (["Steen Jensen.", "Jeg er født den 13.10.1989"], "Jeg er født den [DATE_OF_BIRTH]"),
    (["Helmi Virtanen.", "Syntymäaika 1. maaliskuuta 1961."], "Syntymäaika [DATE_OF_BIRTH]."),
    (["Alan Gregorczuk.", "Urodzony 25. 7. 1989."], "Urodzony [DATE_OF_BIRTH]."),
    (["Felix Fišerová.", "Narodil jsem se 16. května 1984."], "Narodil jsem se [DATE_OF_BIRTH]."),
    (["DOB?", "It's two twenty-four nineteen seventy-nine."], "It's [DATE_OF_BIRTH]."),
    (["And your date of birth?", "one oh, six, nineteen eighty-three."], "[DATE_OF_BIRTH]."),
    (["Can I get your birthday?", "Sure, oh eight, four, forty."], "Sure, [DATE_OF_BIRTH]."),
])
def test_a_date_of_birth_after_its_question_or_its_words(said, answer):
    assert redact_segments(said)[0] == [said[0], answer]


@pytest.mark.parametrize("said", [
    ["Wann ist der Termin?", "Am 16. März 2027."],  # no birth named
    ["DOB?", "It's two thirty-one nineteen seventy-nine."],  # no such day
])
def test_what_is_no_date_of_birth_is_left(said):
    assert redact_segments(said)[0] == said


def test_a_number_to_call_in_pairs_is_no_date_and_a_date_written_is_no_number_to_call():
    assert redact_segments(["Ring me on 13 10 19 89."])[0] == ["Ring me on [PHONE]."]
    assert redact_segments(["The meeting is on 13.10.1989."])[0] == ["The meeting is on 13.10.1989."]


def test_frenchs_years_in_hundreds_are_read():
    assert year_in_words(["dix", "-", "neuf", "cent", "quatre", "-", "vingt", "-", "treize"]) == 1993
    assert year_in_words(["dix", "-", "neuf", "cent"]) == 1900
    assert year_in_words(["onze", "cent", "vingt"]) is None  # no year a person alive was born in


# The twentieth batch's misses (version 18): a CRM's date, the Nordic, Portuguese, Polish and Finnish abbreviations
# for "born", German months said as ordinals, a date taken back for another.
@pytest.mark.parametrize(("said", "redacted"), [
    ("Call notes - Spoke to account holder. DOB 18-Jun-1979", "Call notes - Spoke to account holder. DOB "
                                                              "[DATE_OF_BIRTH]"),
    ("Call notes - ID&V passed. D.O.B: 17-JUL-1973", "Call notes - ID&V passed. D.O.B: [DATE_OF_BIRTH]"),
    ("Me: Marius Nilsen-Bakken, f. 23.01.1983.", "Me: Marius Nilsen-Bakken, f. [DATE_OF_BIRTH]."),
    ("Maria Blomqvist, f. 1982-10-26", "Maria Blomqvist, f. [DATE_OF_BIRTH]"),
    ("Visitor: Catarina Almeida-Pires, nasc. 12/08/1991", "Visitor: Catarina Almeida-Pires, nasc. [DATE_OF_BIRTH]"),
    ("See p. 4, s. 12.03.2024 for the new terms.", None),  # a page's, a year no one born then calls about
    ("Invoice f. 12.03.2021 paid.", None),
    ("The meeting was on 18-Jun-2024.", None),  # no birth said
])
def test_a_date_of_birth_after_its_abbreviations_and_a_crms_month_abbreviated(said, redacted):
    assert redact_segments([said])[0] == [redacted or said]


def test_german_months_said_as_ordinals_after_the_question():
    said = ["Geburtsdatum?", "Ich bin am fünften zwölften neunzehnhundertsiebenundachtzig geboren."]
    assert redact_segments(said)[0][1] == "Ich bin am [DATE_OF_BIRTH] geboren."
    said = ["Wann kommt das Paket?", "Am fünften zwölften, hoffe ich."]
    assert redact_segments(said)[0] == said


def test_a_date_of_birth_taken_back_in_its_turn_and_the_one_given_after_it():
    said = ["Date of birth on the account?", "August twenty-sixth, 2002, no, hang on, that's my partner's. I'm January "
                                             "twenty-eighth, nineteen eighty-seven."]
    assert redact_segments(said)[0][1] == "[DATE_OF_BIRTH], no, hang on, that's my partner's. I'm [DATE_OF_BIRTH]."
    said = ["Date of birth?", "March 3rd, 1980. No appointments before May 5th, 2027 though."]
    assert redact_segments(said)[0][1] == "[DATE_OF_BIRTH]. No appointments before May 5th, 2027 though."
