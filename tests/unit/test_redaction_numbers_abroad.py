"""Numbers said in more languages' words, as the seventeenth batch's misses showed them (version 15): Swedish,
Danish and Norwegian digits and numbers, Basque digits, Spanish thousands and millions, French hundreds, a NIR's
key named apart; and as the eighteenth's did (version 16): Czech's numbers and Finnish's pairs, a card's "valid
from" in other languages. Each kind checked on its own, and the look-alike beside it left alone."""

import pytest

from services.transcripts.redaction import redact, redact_segments
from services.transcripts.redaction.numerals import regions_said, year_in_words
from services.transcripts.redaction.spoken import runs


def _found(segments: list[str]) -> list[str]:
    return [f.type for f in redact_segments(segments)[1]]


def _digits(said: str) -> list[str]:
    return ["".join(u.digits for u in run) for run in runs(said)]


@pytest.mark.parametrize(("said", "digits"), [
    ("fem två tre tre, tjugotre noll två", "52332302"),  # Swedish: digits, a pair in one word
    ("noll sjuttiotvå, åttahundrasju, sjuttio, sextiotvå", "0728077062"),  # hundreds in one word
    ("tre fem en nul, syv fire fire en, ni to ni syv", "351074419297"),  # Danish: "en", "to", "fire", "ni" digits
    ("femogtyve, halvfems", "2590"),  # Danish's ones before its tens, and its scores
    ("tjueto, førtifem, åtte", "22458"),  # Norwegian
    ("bat zortzi, zortzi lau bat", "18841"),  # Basque: "bat" and "lau" beside "zortzi"
    ("cuatro mil doscientos cuarenta y uno, nueve mil nueve", "42419009"),  # Spanish thousands
    ("cuarenta y nueve millones setecientos noventa mil seiscientos noventa y seis", "49790696"),
    ("mil doscientos", "1200"),
    ("deux cent vingt-neuf, cent cinquante-deux, trois cents", "229152300"),  # French hundreds
    # version 16: Czech's digits, pairs and hundreds in two words, Finnish's pairs in one
    ("pět tři čtyři dva, nula jedna nula šest", "53420106"),
    ("sedm set devadesát tři, čtyři sta dvanáct, sto osmdesát, dvě stě", "793412180200"),
    ("třicet dva, patnáct", "3215"),
    ("yksitoista, kolmekymmentä, kaksikymmentäseitsemän, kolmekymmentakolme", "11302733"),
])
def test_numbers_of_more_languages_are_read(said, digits):
    assert "".join(_digits(said)) == digits


@pytest.mark.parametrize(("said", "digits"), [
    ("I went to the fire station en route, et cetera", []),  # English and French words Scandinavian digits share
    ("the bat flew off, bi the way, lau", []),  # Basque's
    ("cent pour cent d'accord", []),  # a hundred alone, "cent" no number
    ("I paid 5 cent for it", ["5"]),
    ("the set is ready, sto", []),  # Czech's "set" and Polish's and Czech's "sto" alone: words
])
def test_the_words_those_languages_share_with_others_are_no_digits_alone(said, digits):
    assert _digits(said) == digits


def test_english_to_among_english_digits_stays_english():
    assert _digits("call me at four one five to five five five") == ["4152555"]


def test_the_region_of_a_number_said_in_a_scandinavian_language_is_its_country():
    assert regions_said("noll sjuttiotvå åttahundrasju".split()) == ["SE"]
    assert set(regions_said("otte syv".split())) == {"DK", "NO"}
    assert regions_said("nul zes".split()) == ["NL", "BE"]  # Dutch's zero is Danish's too: no Danish number


def test_a_card_its_expiry_and_code_in_swedish_and_danish():
    assert _found(["Kortnumret är fem två tre tre, tjugotre noll två, noll noll sex nio, två åtta två ett. Det gäller "
                   "till noll åtta, trettiofyra.", "Tack. Och de tre siffrorna på baksidan?", "sju nio nio"]) == \
        ["CREDIT_CARD", "CARD_EXPIRY", "CARD_SECURITY_CODE"]
    assert _found(["Ja, det er tre fem en nul, syv fire fire en, ni to ni syv, fem fire ni otte.",
                   "Hvornår udløber kortet?", "Den er nul seks skråstreg tre tre.",
                   "Og de tre kontrolcifre på bagsiden?", "nul to otte"]) == \
        ["CREDIT_CARD", "CARD_EXPIRY", "CARD_SECURITY_CODE"]
    assert _found(["Vi har tre hunde og to katte."]) == []  # "three dogs and two cats": no number


def test_a_swedish_phone_number_and_ibans_in_swedish_and_danish():
    assert redact("Mitt nummer är noll sjuttiotvå, åttahundrasju, sjuttio, sextiotvå")[0] == "Mitt nummer är [PHONE]"
    assert redact("IBAN: D K, seks nul, en nul fem syv, en en tre otte, ni to fem en, tre syv")[0] == "IBAN: [IBAN]"


def test_a_dni_in_basque_and_one_said_as_a_number_in_millions():
    assert redact("NAN zenbakia bat zortzi, zortzi lau bat, lau sei hiru, eta letra erre")[0] == \
        "NAN zenbakia [DNI]"
    assert redact("El DNI: ochenta y nueve millones quinientos cincuenta y dos mil trescientos cincuenta y nueve, y "
                  "la letra es la L")[0] == "El DNI: [DNI]"


def test_a_card_read_in_spanish_thousands():
    assert _found(["Mire, es el cuatro mil doscientos cuarenta y uno, cinco mil doscientos noventa y cinco, cero seis "
                   "cero uno, nueve mil novecientos cuarenta y uno."]) == ["CREDIT_CARD"]
    assert _found(["Son cuatro mil doscientos euros, más mil novecientos de IVA."]) == []


def test_a_nir_with_its_key_named_after_it():
    said = "Mon numéro de sécu, c'est le deux, cinquante-sept, zéro sept, quinze, zéro un quatre, cent quarante. " \
           "Clé : trente-sept"
    assert redact(said)[0] == "Mon numéro de sécu, c'est le [NIR]. Clé : [NIR]"
    wrong_key = said.replace("trente-sept", "trente-huit")
    assert redact(wrong_key)[0] == wrong_key  # its key does not pass: no NIR


def test_a_routing_and_an_account_number_named_in_spanish():
    assert _found(["Número de ruta: cero ocho seis, cero uno ocho, dos nueve cuatro. La cuenta de cheques: seis siete "
                   "ocho cinco cuatro tres nueve ocho."]) == ["ABA_ROUTING_NUMBER", "US_BANK_NUMBER"]
    assert _found(["La ruta de reparto es la cero ocho seis, cero uno ocho, dos nueve cuatro."]) == []  # a route


def test_a_mexican_number_after_its_lada():
    assert redact("La lada es ochenta y uno, y después cuarenta y dos, cincuenta y ocho, veinticinco, sesenta y "
                  "siete, gracias.")[0] == "La lada es [PHONE], gracias."
    assert redact("La lada es ochenta y uno.")[0] == "La lada es ochenta y uno."  # an area code alone


@pytest.mark.parametrize(("said", "year"), [
    ("neunzehnhundertzweiundneunzig", 1992), ("nittonhundrasextiotvå", 1962), ("negentieneenenvijftig", 1951),
    ("millenovecentonovantacinque", 1995), ("mil novecientos sesenta y cuatro", 1964),
    ("mil novecentos e oitenta e nove", 1989), ("mille neuf cent cinquante", 1950), ("zweitausendeins", 2001),
    ("negentien", None), ("mil doscientos", None), ("zwei", None),
])
def test_a_year_said_in_other_languages_words(said, year):
    assert year_in_words(said.split()) == year


@pytest.mark.parametrize("said", [
    "Nasci a dezessete de julho de mil novecentos e oitenta e nove.", "Födelsedatum: den sexton december "
    "nittonhundrasextiotvå", "Geboren am einundzwanzigsten November neunzehnhundertzweiundsiebzig.",
    "Nací el diecinueve de enero de mil novecientos ochenta", "Sono nato il primo maggio millenovecentonovantacinque.",
])
def test_a_date_of_birth_said_in_other_languages_words(said):
    assert redact(said)[0].rstrip(".").endswith("[DATE_OF_BIRTH]")


def test_a_date_in_other_languages_words_with_no_birth_named_is_left():
    assert redact("Die Lieferung kam am zehnten Juni neunzehnhundertachtzig an.")[0] == \
        "Die Lieferung kam am zehnten Juni neunzehnhundertachtzig an."


@pytest.mark.parametrize(("said", "redacted"), [
    ("Il numero è il doppio tre uno, cinque sette uno, sette quattro uno sei", "Il numero è il [PHONE]"),
    ("Visitor: c.f. tstngn79r09c003w grazie", "Visitor: c.f. [CODICE_FISCALE] grazie"),  # typed in lower case
    ("me: routing=071784630 account=8169 3864 01", "me: routing=[ROUTING_NUMBER] account=[BANK_ACCOUNT]"),
    ("customer: RT 034698792", "customer: RT [ROUTING_NUMBER]"),
    ("Vence um zero, vinte e sete.", "Vence um zero, vinte e sete."),  # no card spoken of: no expiry
    ("um, I think it's the right one", "um, I think it's the right one"),  # English's filler
])
def test_repeats_fiscal_codes_and_bank_details_as_typed_and_said_abroad(said, redacted):
    assert redact(said)[0] == redacted


def test_portuguese_um_beside_its_pairs_is_one():
    assert _digits("um zero, vinte e sete") == ["1027"]


def test_a_card_its_expiry_and_code_in_czech_and_a_phone_in_its_hundreds():
    assert redact("Takže číslo: pět tři čtyři dva, nula jedna nula šest, osm dva jedna jedna, devět nula sedm tři, "
                  "expirace jedna dva třicet dva, kód na zadní straně čtyři čtyři tři.")[0] == \
        "Takže číslo: [CARD], expirace [CARD_EXPIRY], kód na zadní straně [CARD_CODE]."
    assert redact("Mobil: sedm set sedmdesát, sto osmdesát, osm set čtyřicet osm.")[0] == "Mobil: [PHONE]."
    assert regions_said("sedm devadesát".split()) == ["CZ"]


def test_an_american_express_code_and_one_said_in_four_digits_are_four():
    said = ("So the number: three four zero one... nine three nine eight four zero... eight seven four three nine, "
            "expires one, twenty seven. Security code zero three four four")
    assert redact(said)[0].endswith("Security code [CARD_CODE]")
    assert redact("Voimassaolo nolla yhdeksän kolmekymmentäkolme, tarkistenumero viisi kolme kolme")[0] == \
        "Voimassaolo [CARD_EXPIRY], tarkistenumero [CARD_CODE]"


@pytest.mark.parametrize(("said", "redacted"), [
    ("Číslo karty: pět tři čtyři dva, nula jedna nula šest, osm dva jedna jedna, devět nula sedm tři, platnost od nula "
     "devět dvacet dva do dvanáct dvacet osm.",
     "Číslo karty: [CARD], platnost od nula devět dvacet dva do [CARD_EXPIRY]."),
    ("Kartennummer 4111 1111 1111 1111, gültig ab 09/22 bis 12/28.", "Kartennummer [CARD], gültig ab 09/22 bis "
                                                                     "[CARD_EXPIRY]."),
])
def test_the_date_a_card_is_valid_from_in_other_languages_is_no_expiry(said, redacted):
    assert redact(said)[0] == redacted


@pytest.mark.parametrize("said", ["Klantnummer 0345731808.", "Partita IVA 16189250334, non il codice fiscale.",
                                  "Ihre Kundennummer: 0301 2345678"])
def test_a_customers_or_vat_number_named_in_other_languages_is_no_phone(said):
    assert redact(said)[0] == said
    assert redact("Bel me op 0345731808.")[0] == "Bel me op [PHONE]."


def test_an_iban_spelled_needs_mod_97_and_its_format_and_one_written_in_lower_case_its_national_check_too():
    # BE85 2030 2880 2219 passes mod-97 and Belgium's format, not Belgium's own check digits
    assert redact("C'est B E quatre-vingt-cinq, vingt, trente, vingt-huit, quatre-vingts, vingt-deux, dix-neuf.")[0] \
        == "C'est [IBAN]."
    assert redact("Mit nummer: ring på tooghalvfems syvogfirs nul en treoghalvfjerds.")[0] == \
        "Mit nummer: ring på [PHONE]."
    assert "[IBAN]" not in redact("card no 5585-3344-5710-7469")[0]  # "no": a word, Norway's check fails


def test_a_card_its_expiry_and_code_in_brazilian_portuguese():
    assert _digits("dois mil e trinta, dois mil e vinte e nove, dois mil") == ["203020292000"]  # one run
    assert redact("Anota aí: quatro três um dois, três um meia oito, seis oito zero oito, oito oito três sete. Vence "
                  "em zero três de dois mil e trinta. CVV três nove um.")[0] == \
        "Anota aí: [CARD]. Vence em [CARD_EXPIRY]. CVV [CARD_CODE]."
    assert redact("Tá, é quatro cinco um um um quatro oito sete meia um cinco dois oito oito um zero, vale até zero "
                  "quatro barra dois mil e vinte e nove, os três de trás: dois dois nove.")[0] == \
        "Tá, é [CARD], vale até [CARD_EXPIRY], os três de trás: [CARD_CODE]."


def test_a_routing_number_read_back_is_the_routing_number_not_a_number_to_call():
    said = ["The bank's routing number is zero nine nine, seven six eight, zero nine four.",
            "Let me confirm, 099 768 094?", "That's right."]
    assert redact_segments(said)[0] == ["The bank's routing number is [ROUTING_NUMBER].",
                                        "Let me confirm, [ROUTING_NUMBER]?", "That's right."]


@pytest.mark.parametrize("said", ["Tome nota: cero dos siete dos, dos uno nueve siete, cu... digo, de.",
                                  "Sí, el DNI: tres cinco nueve seis, cuatro ocho tres tres, efe... no, perdón, de."])
def test_a_dnis_letter_taken_back_and_said_again_is_the_one_checked(said):
    assert redact(said)[0].endswith(": [DNI].")
    assert redact("Sí, el DNI: tres cinco nueve seis, cuatro ocho tres tres, efe.")[0].endswith("efe.")  # wrong letter


def test_a_swedish_expiry_named_utgang_and_an_amex_code_on_the_front():
    said = ("Det är fyra sex fyra åtta... sju tre nio sju... fem två noll ett... tre fyra nio tre, utgång september "
            "trettioett. CVC nio fem sju.")
    assert redact(said)[0] == "Det är [CARD], utgång [CARD_EXPIRY]. CVC [CARD_CODE]."
    said = ["Amex. three seven eight four, seventy-one sixty-five sixty-five, two nine eight nine five.",
            "With Amex I need the four little digits on the front.", "seventy-eight forty-eight."]
    assert redact_segments(said)[0] == ["Amex. [CARD].", said[1], "[CARD_CODE]."]


def test_a_codice_fiscale_spelled_by_italys_cities_unnamed_and_a_spelling_that_is_none():
    said = ("Le lettere gliele dico con le città: C come Como, M come Milano, B come Bologna, S come Savona, M come "
            "Milano, T come Torino, quarantanove, M come Milano, zero nove, D come Domodossola, cinque sei uno, V come "
            "Venezia.")
    assert redact(said)[0] == "Le lettere gliele dico con le città: [CODICE_FISCALE]."
    surname = "Il cognome: R come Roma, O come Otranto, S come Savona, S come Savona, I come Imola."
    assert redact(surname)[0] == surname


@pytest.mark.parametrize(("said", "redacted"), [
    ("Ruta cero uno tres, dos ocho seis, nueve cero cinco, cuenta cinco ocho uno siete siete tres seis nueve ocho "
     "nueve.", "Ruta [ROUTING_NUMBER], cuenta [BANK_ACCOUNT]."),
    ("La ruta del banco: uno dos uno, nueve cero seis, cero dos cinco.", "La ruta del banco: [ROUTING_NUMBER]."),
    ("For the routing, one one oh two five one eight one seven, and the account's eight seven two five five two three "
     "four six.", "For the routing, [ROUTING_NUMBER], and the account's [BANK_ACCOUNT]."),
])
def test_a_routing_number_named_ruta_and_an_account_named_the_accounts(said, redacted):
    assert redact(said)[0] == redacted
    assert redact("La ruta 66 pasa por 4 estados.")[0] == "La ruta 66 pasa por 4 estados."


def test_a_code_named_after_an_expiry_said_by_its_months_name_in_the_same_turn_is_the_code():
    said = ("Die Kartennummer ist sechs fünf sieben sechs, drei acht acht null, drei zwei fünf neun, fünf sechs vier "
            "sieben. Gültig bis Juli zweitausenddreißig, CVC fünf drei eins")
    assert redact(said)[0] == "Die Kartennummer ist [CARD]. Gültig bis [CARD_EXPIRY], CVC [CARD_CODE]"


# An adversarial review of version 16 (2026-12-07): look-alikes its new rules took for values, each beside the value.
@pytest.mark.parametrize(("said", "redacted"), [
    # "fra" is Italian's "in" before an expiry as often as Norwegian's "from" before a card's start
    ("Numero carta 4111 1111 1111 1111, scade fra 05 28.", "Numero carta [CARD], scade fra [CARD_EXPIRY]."),
    ("Kortnummer 4111 1111 1111 1111, gyldig fra 09 22 til 12 28.",
     "Kortnummer [CARD], gyldig fra 09 22 til [CARD_EXPIRY]."),
    # Czech's zero is Spanish's "null": no digit alone
    ("La cobertura es nula, tres meses sin pagar.", "La cobertura es nula, tres meses sin pagar."),
])
def test_the_words_of_validity_and_zero_shared_by_languages(said, redacted):
    assert redact(said)[0] == redacted


@pytest.mark.parametrize(("said", "redacted"), [
    (["Vehicle registration, which month does it expire?", "08.", "And the year?", "27."], None),
    (["What is on your ID card, which month does it expire?", "Uh, four.", "And the year?", "2029."], None),
    (["I am calling about my statement.", "Sure, what card?", "Visa, 4111 1111 1111 1111",
      "Which month does it expire?", "Uh, four.", "And the year?", "2029."],
     ["I am calling about my statement.", "Sure, what card?", "Visa, [CARD]", "Which month does it expire?",
      "Uh, [CARD_EXPIRY].", "And the year?", "[CARD_EXPIRY]."]),
])
def test_an_expiry_asked_apart_is_a_cards_unless_another_document_was_named_after_the_card(said, redacted):
    assert redact_segments(said)[0] == (redacted or said)


def test_a_cheques_line_needs_a_cheque_and_its_typed_groups_are_its_numbers():
    invoice = "Grab your invoice and read me what's printed at the bottom: 021000021 123456789 0153"
    assert redact(invoice)[0] == invoice
    assert redact("Grab a check and read me what's printed at the bottom: 021000021 123456789 0153")[0] == \
        "Grab a check and read me what's printed at the bottom: [ROUTING_NUMBER] [BANK_ACCOUNT] 0153"
    assert redact("The account's overdue since May.")[0] == "The account's overdue since May."


@pytest.mark.parametrize(("said", "redacted"), [
    (["It's seven dot two.", "Which provider?", "sky dot com."], None),  # a version, a TV provider
    (["The address is o apostrophe brian.", "Okay, after the at?", "acme dot com."], None),  # the question no address
    (["My email is j dot smith.", "Which provider?", "gmail dot com."],
     ["My email is [EMAIL].", "Which provider?", "[EMAIL]."]),
    (["It starts jose underscore m.", "And the domain?", "acme dot com."],
     ["It starts [EMAIL].", "And the domain?", "[EMAIL]."]),
    (["So the first part is mary dot thomas.", "Which provider?", "It's hotmail dot ie."],  # a mail provider's
     ["So the first part is [EMAIL].", "Which provider?", "It's [EMAIL]."]),
    (["The plan is ten dot five.", "Which provider?", "gmail dot com."], None),  # after a number
])
def test_a_domain_asked_for_alone_needs_an_address_spoken_of(said, redacted):
    assert redact_segments(said)[0] == (redacted or said)


# Version 17, as the nineteenth batch's misses showed them.
def test_a_repair_after_an_ibans_last_group_takes_it_back_and_a_sorry_after_it_takes_back_nothing():
    assert redact("Mitt IBAN är S E fyra tre, fem noll noll tre, åtta åtta åtta åtta, fem tre fyra åtta, två nio sex "
                  "tre, två nio sju sju, nej förlåt, nio två sju sju.")[0] == "Mitt IBAN är [IBAN]."
    assert redact("It's I E one three, H D V S, seven seven, no, seven one six zero, six four three seven, seven eight "
                  "four nine, six six. Sorry.")[0] == "It's [IBAN]. Sorry."


@pytest.mark.parametrize(("said", "redacted"), [
    ("Adressen er sara punktum sandvik tre ni krøll-alfa gmail punktum com, takk.", "Adressen er [EMAIL], takk."),
    ("Osoite on antero piste saarela kaksikymmentäviisi ät luukku piste com.", "Osoite on [EMAIL]."),
    ("Min mail er justinajeppesen snabel-a jubii punktum dk, tak.", "Min mail er [EMAIL], tak."),
])
def test_an_address_said_in_norwegian_finnish_and_danish(said, redacted):
    assert redact(said)[0] == redacted


@pytest.mark.parametrize(("said", "redacted"), [
    ("Alors, un, zéro zéro, zéro sept, soixante et un, zéro zéro neuf, zéro neuf cinq, quatre-vingt-sept, avec la clé.",
     "Alors, [NIR], avec la clé."),
    ("Mon numéro: un huit sept zéro cinq zéro six zéro sept quatre cinq zéro cinq, soixante-huit... non, "
     "cinquante-huit.", "Mon numéro: [NIR]."),
    # its key wrong: fifteen digits of another kind
    ("Alors, un, zéro zéro, zéro sept, soixante et un, zéro zéro neuf, zéro neuf cinq, quatre-vingt-huit, avec la clé.",
     None),
])
def test_a_nir_said_in_french_unnamed_is_checked_by_its_key(said, redacted):
    assert redact(said)[0] == (redacted or said)


@pytest.mark.parametrize(("said", "redacted"), [
    (["I'm 42, born the thirtieth of June eighty-four."], ["I'm 42, born [DATE_OF_BIRTH]."]),
    (["¿Su fecha de nacimiento?", "El dieciséis de febrero del setenta y tres."],
     ["¿Su fecha de nacimiento?", "El [DATE_OF_BIRTH]."]),
    (["Sono nato il primo marzo millenovecentottantasette."], ["Sono nato il [DATE_OF_BIRTH]."]),
    (["Nasci a dezoito de novembro de dois mil e quatro."], ["Nasci a [DATE_OF_BIRTH]."]),
    (["Jeg er født 1. desember nittennittifire."], ["Jeg er født [DATE_OF_BIRTH]."]),
    (["Je suis né le vingt-cinq décembre deux mille quatre."], ["Je suis né le [DATE_OF_BIRTH]."]),
    (["> geb. 7.7.1985"], ["> geb. [DATE_OF_BIRTH]"]),
    (["Visitor: nar. 29.8.1996"], ["Visitor: nar. [DATE_OF_BIRTH]"]),
    (["The meeting's on the thirtieth of June eighty-four times over, I swear."], None),  # no birth named
])
def test_dates_of_birth_with_two_digit_years_abbreviated_birth_words_and_more_years_abroad(said, redacted):
    assert redact_segments(said)[0] == (redacted or said)


@pytest.mark.parametrize("said", ["DHL Sendungsnummer 7653238793, bitte.", "Numéro de suivi 0692026666.",
                                  "Zendingnummer 0692026666."])
def test_a_shipments_number_named_in_other_languages_is_no_phone(said):
    assert redact(said)[0] == said


@pytest.mark.parametrize(("said", "redacted"), [
    ("Visitor: wa: http://wa.me/34651053884 ok?", "Visitor: wa: http://wa.me/[PHONE] ok?"),
    ("see wa.me/12345 for details", None),
    ("SMS: Tak for hjælpen i går. Mvh Vera, tlf. 35724238", "SMS: Tak for hjælpen i går. Mvh Vera, tlf. [PHONE]"),
    ("Ordre 35724238 er sendt.", None),
    ("Mi DNI es el setenta y cinco, treinta y ocho, ochenta y siete, veinticuatro, Zaragoza.", "Mi DNI es el [DNI]."),
    ("Factura 75388724 Zaragoza.", None),  # typed, unnamed: a city's name
    ("Le leggo il codice fiscale: ci, E, O, esse, pi, acca, zero, due, emme, cinque, nove, effe, due, zero, cinque, O.",
     "Le leggo il codice fiscale: [CODICE_FISCALE]."),
    ("> C.F. TMB PLA 64E46A944W", "> C.F. [CODICE_FISCALE]"),
    ("Tarjeta 4085 8518 5392 9814, código postal 28013.", "Tarjeta [CARD], código postal 28013."),
    ("te paso la tarjeta: 4794-4637-8281-4448 cad 12-27 y el cvc 180",
     "te paso la tarjeta: [CARD] cad [CARD_EXPIRY] y el cvc [CARD_CODE]"),
    ("ahí va 4085 8518 5392 9814, vence 10.34, código 228 saludos",
     "ahí va [CARD], vence [CARD_EXPIRY], código [CARD_CODE] saludos"),
])
def test_whatsapp_links_nordic_phones_spanish_cities_italian_letters_and_spanish_card_words(said, redacted):
    assert redact(said)[0] == (redacted or said)


def test_a_czech_cards_three_digits_on_the_back():
    said = ["Můžete mi říct číslo karty?",
            "Takže pět čtyři tři tři, 9441, devět devět čtyři šest, šest nula devět nula.", "A platnost?",
            "Je tam platná od 10/27, a platí do jedna nula, třicet dva.", "A ty tři číslice vzadu?", "nula tři devět."]
    assert redact_segments(said)[0][-1] == "[CARD_CODE]."


def test_a_norwegian_cards_expiry_in_thousands_and_its_code_in_words_that_are_words_too():
    said = ["Kan jeg få kortnummeret?",
            "Kortnummeret er fire null ni null, to ni null sju, null en null åtte, ni sju ni ni.",
            "Når utløper kortet?", "juni totusen og tretti.", "De tre sifrene bak på kortet?", "ni en en."]
    assert redact_segments(said)[0] == ["Kan jeg få kortnummeret?", "Kortnummeret er [CARD].", "Når utløper kortet?",
                                        "[CARD_EXPIRY].", "De tre sifrene bak på kortet?", "[CARD_CODE]."]


@pytest.mark.parametrize(("said", "redacted"), [
    ("SMS: Tak for hjælpen i går. Mvh Sonja, ring på 60 99 06 94",
     "SMS: Tak for hjælpen i går. Mvh Sonja, ring på [PHONE]"),
    ("Beatrice-Steinacher-Ring 42/12, 9077 Wien", None),  # a street's "Ring"
])
def test_a_danish_number_to_ring_and_a_german_streets_ring(said, redacted):
    assert redact(said)[0] == (redacted or said)


# The twenty-second batch's kinds (version 19): Slovak's numbers, Hungarian's in one word, Italian's hundreds in one
# word, Romanian's pairs; months and years in words the runs do not read; other languages' names of what a number is.
@pytest.mark.parametrize(("said", "digits"), [
    ("štyri päť nula šesť, dvadsať jeden, tridsaťdva, dvesto päť, sto", "45062132205100"),  # Slovak: tens apart too
    ("negyvenhárom hatvannyolc, huszonegy, tizenkettő, kétszázhuszonöt", "43682112225"),  # Hungarian in one word
    ("tre due zero, seicentoquindici, ottantasei, centottanta", "32061586180"),  # Italian's hundreds in one word
    ("douăzeci și trei, treizeci, paisprezece", "233014"),  # Romanian
    ("åtta åtta, fem, tio", "88510"),  # Swedish's ten beside its other number words
])
def test_slovak_hungarian_italian_hundreds_and_romanian_numbers(said, digits):
    assert "".join(_digits(said)) == digits


@pytest.mark.parametrize(("said", "redacted"), [
    ("Áno, štyri jeden jeden jeden, jeden jeden jeden jeden, jeden jeden jeden jeden, jeden jeden jeden jeden.",
     "Áno, [CARD]."),
    ("Igen, negyvenegy tizenegy, tizenegy tizenegy, egy egy egy egy, tizenegy tizenegy, köszönöm.",
     "Igen, [CARD], köszönöm."),
    ("Allora, tre tre otto, seicentoquindici, ottantasei, trentasei, grazie.", "Allora, [PHONE], grazie."),
    ("Môj IBAN je S K tri jeden, sedem päť nula nula, nula nula nula nula, nula nula osem deväť, sedem nula nula "
     "deväť, jeden osem päť jeden.", "Môj IBAN je [IBAN]."),
    ("Môj e-mail je matej bodka tomasek zavináč post bodka sk", "Môj e-mail je [EMAIL]"),
    ("Visitor: Mój numer: 668-490-521", "Visitor: Mój numer: [PHONE]"),
    # a NIR said by a caller who works in France in their own language, named by its card or not
    ("Mi número de la carte Vitale: uno, ochenta y cuatro, cero tres, setenta y cinco, uno dos tres, cuatro cinco "
     "seis, noventa.", "Mi número de la carte Vitale: [NIR]."),
    ("Also: eins, vierundachtzig, null drei, fünfundsiebzig, eins zwei drei, vier fünf sechs, neunzig, danke.",
     "Also: [NIR], danke."),
    ("quero parcelar em 3x de R$ 209,87 sem juros. cartão 4111111111111111, val. 04-34, código 550",
     "quero parcelar em 3x de R$ 209,87 sem juros. cartão [CARD], val. [CARD_EXPIRY], código [CARD_CODE]"),
    ("Julian Trzop, ur. 27.11.1987 r., PESEL w załączniku", "Julian Trzop, ur. [DATE_OF_BIRTH] r., PESEL w załączniku"),
    ("Födelsedatum: 19451106, tack", "Födelsedatum: [DATE_OF_BIRTH], tack"),
    ("Jag är född 500307", "Jag är född [DATE_OF_BIRTH]"),
    ("Sono nato il ventiquattro marzo dell'ottantaquattro", "Sono nato il [DATE_OF_BIRTH]"),
    # look-alikes: an order's number said as a NIR is; registries' and payments' numbers; a barcode; words
    ("Pedido: uno, ochenta y cuatro, cero tres, setenta y cinco, uno dos tres, cuatro cinco seis, noventa.", None),
    ("Org.nr 818605-7300, bankgiro 185-7321, OCR 2492 9730 34", None),
    ("Faktura FV/2026/08/0886, NIP 431-552-30-06, termin płatności 14 dni.", None),
    ("VS 6133449544, KS 0308, SS 664988, suma 368,00 €", None),
    ("EAN 4 310209 289296, lot 61939.", None),
    ("Mi tío tiene cinco gatos y ti amo.", None),
    ("Ho centodue anni e tre gatti.", None),
])
def test_the_twenty_second_batchs_kinds_and_look_alikes(said, redacted):
    assert redact(said)[0] == (redacted or said)


@pytest.mark.parametrize(("said", "redacted"), [
    # a month's name and a year in words no run reads through (an ordinal; a thousand's word), asked for alone
    (["A data ważności?", "Jest ważna do czerwca dwa tysiące trzydziestego pierwszego."],
     "Jest ważna do [CARD_EXPIRY]."),
    (["Data de expirare?", "În februarie două mii treizeci și cinci."], "În [CARD_EXPIRY]."),
    (["Când expiră cardul?", "Expiră în iulie treizeci și unu."], "Expiră în [CARD_EXPIRY]."),
    (["Ešte tri čísla na zadnej strane.", "štyri osem päť."], "[CARD_CODE]."),
    (["Paul, c'est quoi votre date de fête?", "Le treize décembre dix-neuf cent cinquante-sept"],
     "Le [DATE_OF_BIRTH]"),
    # another document's expiry, and an offer's
    (["Data de expirare a pașaportului?", "În februarie două mii treizeci și cinci."], None),
    (["When does the offer expire?", "It expires June 27th."], None),
])
def test_an_expiry_in_words_a_code_and_a_birthday_asked_for_in_the_turn_before(said, redacted):
    assert redact_segments(said)[0][1] == (redacted or said[1])


# The twenty-first batch's kinds left (version 19): Greek's numbers, years in more languages' words, a card broken off
# by chatter with numbers of its own, German's "zweimal die", a slash said in other languages between an expiry's
# month and year.
@pytest.mark.parametrize(("said", "year"), [
    ("χίλια εννιακόσια ογδόντα οκτώ", 1988),
    ("o mie nouă sute șaizeci și doi", 1962),
    ("tysiąc dziewięćset siedemdziesiątego siódmego", 1977),  # Polish's ordinals
    ("devatenáct set padesát pět", 1955),
    ("dva tisíce dvacet", 2020),
    ("tysiąc dziewięćset", 1900),
    ("χίλια εννιακόσια ογδόντα οκτώ μήλα", None),
])
def test_a_years_thousands_and_hundreds_apart_in_more_languages(said, year):
    assert year_in_words(said.split()) == year


@pytest.mark.parametrize(("said", "redacted"), [
    ("Λοιπόν, σαράντα ένα ένδεκα, ένδεκα ένδεκα, ένα ένα ένα ένα, ένδεκα ένδεκα.", "Λοιπόν, [CARD]."),
    ("Ημερομηνία γέννησης: είκοσι οκτώ Νοεμβρίου χίλια εννιακόσια ογδόντα οκτώ.",
     "Ημερομηνία γέννησης: [DATE_OF_BIRTH]."),
    ("Data nașterii: nouă ianuarie o mie nouă sute șaizeci și doi.", "Data nașterii: [DATE_OF_BIRTH]."),
    ("Születtem 1962. december 24-én", "Születtem [DATE_OF_BIRTH]-én"),
    ("Moment... vier dreimal die Eins, eins eins eins eins, eins eins eins eins, eins eins eins eins.",
     "Moment... [CARD]."),
    ("Deci, tania punct florea a rond yahoo punct com, mulțumesc.", "Deci, [EMAIL], mulțumesc."),
    ("Okay, it's 4111, 1111... sorry, the kettle's going, hang on.\nThat's fine.\nSorry, it's gone four o'clock "
     "and I've had three parcels. Where was I... 1111, 1111.",
     "Okay, it's [CARD]... sorry, the kettle's going, hang on.\nThat's fine.\nSorry, it's gone four o'clock "
     "and I've had three parcels. Where was I... [CARD]."),
    ("Kortet udløber nul tre skråstreg toogtredive", "Kortet udløber [CARD_EXPIRY]"),
    # not: "rond" alone, an expiry with no card (a passport's, a coupon's), a Romanian month and a one after it
    ("Mergem la Mall, a rond point.", None),
    ("Passport expiry oh three slash thirty-two.", None),
    ("The coupon expires 03/33.", None),
    ("What's the order number, love?\nIt's 4111, 1111... and then?\nhang on... 1111, 1111.", None),
    ("Expiră în mai doi copii.", None),
])
def test_greek_numbers_years_abroad_a_card_broken_off_by_chatter_and_a_slash_said(said, redacted):
    assert redact(said)[0] == (redacted or said)


# A review of version 19 (2026-12-07): what its new words read wrongly, each narrowed.
@pytest.mark.parametrize(("said", "redacted"), [
    ("Caller: call me back on my mobile, i need to nip to the shops, oh seven nine one one one two three four five "
     "six", "Caller: call me back on my mobile, i need to nip to the shops, [PHONE]"),  # codes in capitals only
    ("Caller: Text me, I'm in Topeka KS, 785 555 0143.", "Caller: Text me, I'm in Topeka KS, [PHONE]."),
    ("Customer: My card, not the barcode, 4111 1111 1111 1111.", "Customer: My card, not the barcode, [CARD]."),
    ("Numer zgłoszenia to 512 334 871.", None),  # a Polish number named as another's
    ("Mój numer klienta: 612 345 789", None),
    ("I was born in Mumbai, PIN 400101.", None),  # six digits after other words
    ("Sunt născut în București, cod poștal 030167.", None),
    ("My date of birth is 030167.", "My date of birth is [DATE_OF_BIRTH]."),
    ("paguei a fatura do cartão, o boleto venc 10/25", None),  # a bill's due date
    ("Card 4111 1111 1111 1111 expires 06/28. You'll be charged on June 15th.",
     "Card [CARD] expires [CARD_EXPIRY]. You'll be charged on June 15th."),
    ("Cardul expiră în mai două mii treizeci deci ce mai trebuie?",
     "Cardul expiră în [CARD_EXPIRY] deci ce mai trebuie?"),  # the year's words, not what follows
])
def test_the_review_of_version_19s_look_alikes(said, redacted):
    assert redact(said)[0] == (redacted or said)


def test_another_documents_expiry_or_a_bills_due_date_asked_for_alone_is_no_cards():
    assert redact_segments(["Proszę o numer dowodu osobistego.", "A data ważności?", "12 30"])[0][2] == "12 30"
    assert redact_segments(["Y la fecha de vencimiento?", "12 30"])[0][1] == "12 30"


@pytest.mark.parametrize(("said", "digits"), [
    ("null eins sieben sechs, vier und siebzig, sieben und fünfzig", "0176" "74" "57"),  # German's one word in three
    ("vier en zeventig, drie", "743"),  # Dutch's
    ("otte og halvtreds, fire og tredive", "5834"),  # Danish's, "fire" its four only here
])
def test_a_two_digit_number_said_in_three_words(said, digits):
    assert "".join(_digits(said)) == digits


@pytest.mark.parametrize(("said", "redacted"), [
    # a month's name and a year in words no run reads, answered to the question before
    (["E la scadenza?", "Scade a giugno duemilatrentadue."], "Scade a [CARD_EXPIRY]."),
    (["E la scadenza?", "Scade a novembre del ventinove"], "Scade a [CARD_EXPIRY]"),
    (["And the expiry?", "The month is oh three, and the year is three five."], "The month is [CARD_EXPIRY], and "
     "the year is [CARD_EXPIRY]."),
    (["When does the offer end?", "Scade a giugno duemilatrentadue."], None),
])
def test_an_expiry_whose_year_is_in_words_or_named_after_its_month(said, redacted):
    assert redact_segments(said)[0][1] == (redacted or said[1])


def test_an_expiry_read_back_by_its_months_name_is_the_same_expiry():
    said = ["What's the expiry on it?", "It's oh five twenty-eight.", "Okay, May 2028?", "That's right."]
    assert redact_segments(said)[0][2] == "Okay, [CARD_EXPIRY]?"
    said = ["What's the expiry on it?", "It's oh five twenty-eight.", "Okay, and your renewal is June 2029?"]
    assert redact_segments(said)[0][2] == said[2]  # another month: another date


def test_a_card_read_by_its_groups_numbers_and_the_groups_number_is_no_digit():
    said = ("I'll do it in blocks. Group one, five four five eight. Group two is zero three zero six. Group three is "
            "seven two three seven. Group four, one oh six two.")
    assert "".join(_digits(said)) == "5458030672371062"
    said = "We split into group two, and part one is done."
    assert redact(said)[0] == said


@pytest.mark.parametrize(("said", "redacted"), [
    ("Also: C wie Cäsar, C, R, G wie Gustav, R wie Richard, N, sieben, acht, L, zwei, drei, E wie Emil, fünf, null, "
     "sechs, I", "Also: [CODICE_FISCALE]"),  # unnamed, spelled as South Tyrol spells
    ("Meine Steuernummer: Martha, R wie Richard, N, L wie Ludwig, S, S, null, zwei, H wie Heinrich, sechs, sechs, A "
     "wie Anton, neun, vier, vier, Paula", "Meine Steuernummer: [CODICE_FISCALE]"),
    ("A wie Anton, B wie Berta, und das war es.", None),
])
def test_a_codice_fiscale_spelled_in_german(said, redacted):
    assert redact(said)[0] == (redacted or said)


# A value broken off for chatter and taken up a few lines on (resumed.py): its parts read as one, the chatter not.
@pytest.mark.parametrize(("said", "redacted"), [
    (["What's your National Insurance number?", "Okay, A B, one two three four... hang on, it's on my P60.",
      "Take your time.", "Right, got it. five six, C."],
     ["What's your National Insurance number?", "Okay, [NINO]... hang on, it's on my P60.", "Take your time.",
      "Right, got it. [NINO]."]),
    (["Me: IBAN: GB82 WEST 1234...", "Agent: Yes, go on. Is this for the 62.96 from the fourteenth?",
      "Me: Yes, the 62.96. Then 5698 7654 32."],
     ["Me: IBAN: [IBAN]...", "Agent: Yes, go on. Is this for the 62.96 from the fourteenth?",
      "Me: Yes, the 62.96. Then [IBAN]."]),
    # two numbers of no one value: the first broken off, the second another's
    (["My order is 4111... hang on.", "Okay.", "The postcode is 1234."], None),
])
def test_a_value_broken_off_for_chatter_and_taken_up_again(said, redacted):
    assert redact_segments(said)[0] == (redacted or said)


# A review of version 19's later parts (2026-12-07): what they read wrongly, each narrowed.
@pytest.mark.parametrize(("said", "redacted"), [
    # a value with no check is never completed by a later number; a line that names another number is no rest
    ("Agent: Can I take your checking account number?\nCustomer: Yes it's 0072... hang on, I need my glasses.\n"
     "Agent: Sure.\nCustomer: Okay... my zip is 94110 by the way.", None),
    ("Agent: social security number?\nCustomer: Sure, 212 45... hold on...\nAgent: Take your time.\n"
     "Customer: ...the plumber is coming at 1130", None),
    # a read-back by a month's name is the same month and year ("market" is no March, "June twenty" no 06/29)
    ("Agent: And the expiry on the card?\nCustomer: 03/27.\nAgent: at the market, thirty minutes ago?",
     "Agent: And the expiry on the card?\nCustomer: [CARD_EXPIRY].\nAgent: at the market, thirty minutes ago?"),
    ("Agent: And the expiry on the card?\nCustomer: It's 06 29.\nAgent: And your last payment? June twenty?",
     "Agent: And the expiry on the card?\nCustomer: It's [CARD_EXPIRY].\nAgent: And your last payment? June twenty?"),
    # a number to call broken off is no card's first part; a code named before a later number makes it the code
    ("Customer: It's 404 555 0199... sorry, hang on, my other phone's ringing.\nAgent: Sure.\nCustomer: You sent me "
     "a code, it's 482913.", "Customer: It's [PHONE]... sorry, hang on, my other phone's ringing.\nAgent: Sure.\n"
     "Customer: You sent me a code, it's 482913."),
    # a Brazilian chat's "venc" with a card's word, a Hungarian card's validity; not a bill's
    ("meu cartão final 4242, venc 06-34, cvv 381", "meu cartão final 4242, venc [CARD_EXPIRY], cvv [CARD_CODE]"),
    ("Ügyfél: A kártyám érvényessége: 03/29.", "Ügyfél: A kártyám érvényessége: [CARD_EXPIRY]."),
])
def test_the_review_of_version_19s_later_parts(said, redacted):
    assert redact(said)[0] == (redacted or said)


@pytest.mark.parametrize("said", [
    ["Date of birth?", "14 03 1985"], ["What is your date of birth?", "Sure, 14 03 1985."],
    ["Date of birth please", "yeah 140385"], ["Agent: Date of birth?", "Customer: 030167"]])
def test_a_date_of_birth_typed_in_the_answer_after_a_speakers_tag_or_a_yes(said):
    assert "[DATE_OF_BIRTH]" in redact_segments(said)[0][1]


@pytest.mark.parametrize(("said", "redacted"), [
    ("Alors l'IBAN commence par F R soixante-seize, ensuite le code banque dix mille deux cent soixante-dix-huit, le "
     "code guichet cinq sept quatre un sept, le compte soixante et un, cinquante-cinq, quatre-vingt-deux, quarante, "
     "soixante-treize, huit, clé RIB quatorze.",
     "Alors l'IBAN commence par [IBAN], ensuite le code banque [IBAN], le code guichet [IBAN], le compte [IBAN], clé "
     "RIB [IBAN]."),  # a French IBAN by its RIB's fields, French thousands in its bank's code
    ("Alors l'IBAN commence par F R soixante-seize, ensuite le code banque dix mille deux cent soixante-dix-huit, le "
     "code guichet cinq sept quatre un sept, le compte soixante et un, cinquante-cinq, quatre-vingt-deux, quarante, "
     "soixante-treize, huit, clé RIB quinze.", None),  # its key wrong: the IBAN's check fails, no value
])
def test_a_french_iban_given_by_its_ribs_fields(said, redacted):
    assert redact(said)[0] == (redacted or said)


@pytest.mark.parametrize(("said", "redacted"), [
    ("El código fiscal italiano: pe, ele, ese, ese, ele, ele, cinco, ocho, E, cinco, cero, efe, dos, cero, cinco, O, "
     "gracias.", "El código fiscal italiano: [CODICE_FISCALE], gracias."),
    ("Se lo deletreo: eme, a, erre, i, a, de la calle cinco.", None),
])
def test_a_codice_fiscale_spelled_by_spanish_letters_names(said, redacted):
    assert redact(said)[0] == (redacted or said)


@pytest.mark.parametrize(("said", "redacted"), [
    ("Okay, it's two, seventy-six, oh five, thirty-seven, nine two six, nine nine six, forty-three",
     "Okay, it's [NIR]"),  # a NIR said in English, unnamed: its key, sex and month the check
    ("Okay, it's 276053792699643", None),  # typed unnamed: any fifteen digits
    ("my date of birth is december twentysixth nineteenninetytwo cheers",
     "my date of birth is [DATE_OF_BIRTH] cheers"),  # a day's words run together too
])
def test_a_nir_said_in_english_and_a_days_words_run_together(said, redacted):
    assert redact(said)[0] == (redacted or said)


def test_a_currencys_sign_ends_a_run_an_amount_is_no_part_of_a_value():
    said = "Mijn BSN is 510 765 531. Ik krijg sinds 01-05-2024 € 118 zorgtoeslag per maand."
    assert redact(said)[0] == "Mijn BSN is [BSN]. Ik krijg sinds 01-05-2024 € 118 zorgtoeslag per maand."
    assert _digits("2024 € 118") == ["2024", "118"]


@pytest.mark.parametrize(("said", "redacted"), [
    ("Data di nascita: 1° novembre 1955.", "Data di nascita: [DATE_OF_BIRTH]."),  # the first's ordinal mark
    ("pls update my dd: rtng 302350775 acct 881734000171 thx", "pls update my dd: rtng [ROUTING_NUMBER] acct "
     "[BANK_ACCOUNT] thx"),  # a text's "rtng"
])
def test_an_ordinal_mark_after_a_day_and_a_texts_rtng(said, redacted):
    assert redact(said)[0] == redacted


# Version 20: a BSN said in Dutch unnamed, Dutch and German hundreds in one word.
@pytest.mark.parametrize(("said", "redacted"), [
    (["Dat is negen twee een vijf, nul zeven, drie zes zeven."], ["Dat is [BSN]."]),
    (["Het is vijf een vier acht drie acht twee acht nul.", "Dus vijf een vier?", "Klopt.", "Dan acht drie acht?",
      "Ja.", "En twee acht nul?", "Ja, ja."],
     ["Het is [BSN].", "Dus [BSN]?", "Klopt.", "Dan [BSN]?", "Ja.", "En [BSN]?", "Ja, ja."]),  # read back in threes
    # ("En": Dutch's "and", not a Scandinavian "one" where "nul" is the only other Scandinavian word near it)
    (["Goed, zeshonderdnegenenzeventig, negenhonderdeenentwintig, nul zeven twee"], ["Goed, [BSN]"]),
    (["Mijn BSN? honderdvijfenvijftig, vierhonderdnegentien, honderdvijfennegentig, alstublieft."],
     ["Mijn BSN? [BSN], alstublieft."]),
    (["4561 93 820.", "Even controleren: vier vijf zes...", "Klopt.", "Dan een negen drie...", "Ja."],
     ["[BSN].", "Even controleren: [BSN]...", "Klopt.", "Dan [BSN]...", "Ja."]),  # printed 4-2-3, Dutch beside it
    (["Het is vijf een vier acht drie acht twee acht een."], None),  # its eleven-test fails
    (["Mijn ordernummer is vijf een vier acht drie acht twee acht nul."], None),  # another number named
    (["4561 93 820."], None), (["Order 4561 93 820 shipped."], None),  # printed so, but no Dutch said near it
    (["Ja, N L een een, B U N Q, vier vier zes negen...", "Wait, wait, a bit slower.",
      "Yes, een vijf een vijf, acht nul."], None),  # ten digits after an IBAN's bank code, "een" read as "a": none
])
def test_a_bsn_said_in_dutch_unnamed(said, redacted):
    assert redact_segments(said)[0] == (redacted or said)


@pytest.mark.parametrize(("said", "digits"), [
    ("zeshonderdnegenenzeventig", ["679"]), ("honderdeen", ["101"]), ("tweehonderdvijf", ["205"]),
    ("dreihundertvierundzwanzig", ["324"]), ("hunderteins", ["101"]), ("einhundertzwölf", ["112"]),
])
def test_dutch_and_german_hundreds_in_one_word(said, digits):
    assert _digits(said) == digits


@pytest.mark.parametrize(("said", "redacted"), [
    # a whole date checked back a part a line: the date and each part
    (["The eighth of October 1947.", "The eighth?", "Mm-hm.", "Of October?", "That's it.", "nineteen forty-seven?",
      "That's right."],
     ["[DATE_OF_BIRTH].", "The [DATE_OF_BIRTH]?", "Mm-hm.", "[DATE_OF_BIRTH]?", "That's it.", "[DATE_OF_BIRTH]?",
      "That's right."]),
    (["Your delivery is the fourth of July 2027.", "The fourth?", "Yes.", "Of July?", "Yes."], None),  # not a birth's
    (["The eighth of October 1947.", "The eighth?", "Mm-hm."], None),  # the day alone asked back: not enough
    # a day or a year taken back in the breath
    (["Date of birth?", "May 13th, no, sorry, 12th, 1977. Sorry, long day."],
     ["Date of birth?", "[DATE_OF_BIRTH]. Sorry, long day."]),
    (["Date of birth?", "It's October 17, nineteen seventy, no wait, nineteen seventy-one."],
     ["Date of birth?", "It's [DATE_OF_BIRTH]."]),
    # someone else's date of birth, then the caller's own
    (["It's for my son, born on the eighteenth of December two thousand eleven. The account's in my name, though. "
      "Mine is July twenty-sixth, nineteen seventy-one."],
     ["It's for my son, born on [DATE_OF_BIRTH]. The account's in my name, though. Mine is [DATE_OF_BIRTH]."]),
    # the year asked for alone, answered in its last two digits
    (["And your date of birth?", "twenty-fifth of September.", "And the year?", "Oh, sixty-eight."],
     ["And your date of birth?", "[DATE_OF_BIRTH]", "And the year?", "Oh, [DATE_OF_BIRTH]."]),  # (a month's dot)
    (["my date of birth is thirtyfirst of august nineteensixtyfour bye now"],
     ["my date of birth is [DATE_OF_BIRTH] bye now"]),  # a day's words run together
])
def test_dates_of_birth_checked_back_taken_back_and_given_after_anothers(said, redacted):
    assert redact_segments(said)[0] == (redacted or said)


@pytest.mark.parametrize(("said", "redacted"), [
    (["Hi, I'm checking in for a two thirty.", "Date of birth?", "04/01/1942."],
     ["Hi, I'm checking in for a two thirty.", "Date of birth?", "[DATE_OF_BIRTH]."]),  # "checking" the verb
    (["Routing 021000021, checking 123456789012."], ["Routing [ROUTING_NUMBER], checking [BANK_ACCOUNT]."]),
    (["And your social?", "310-68-3361.", "Insurance member ID?", "It's LDE667033323."],
     ["And your social?", "[SSN].", "Insurance member ID?", "It's LDE667033323."]),  # digits against letters: an id
])
def test_a_checking_in_and_an_ids_digits_against_its_letters(said, redacted):
    assert redact_segments(said)[0] == redacted


@pytest.mark.parametrize(("said", "redacted"), [
    (["Beth yw'r rhif ffôn gorau i'ch cyrraedd chi?", "Ym, dim saith tri wyth dim, chwech wyth pump tri un dau"],
     ["Beth yw'r rhif ffôn gorau i'ch cyrraedd chi?", "Ym, [PHONE]"]),  # Welsh, a GB number
    (["Vaš broj mobitela?", "Moj broj je nula devet pet, osam devet pet, osamdeset sedam, osamdeset jedan"],
     ["Vaš broj mobitela?", "Moj broj je [PHONE]"]),  # Croatian, its tens before its ones
    (["Telefon za vrazka?", "Da, nula osem devet shest, chetiri edno shest, tri tri osem, blagodarya."],
     ["Telefon za vrazka?", "Da, [PHONE], blagodarya."]),  # Bulgarian in Latin letters
    (["Moyat NIE e Y, chetiri sedem tri, nula sedem pet nula, D."], ["Moyat NIE e [NIE]."]),
    (["Size hangi numaradan ulaşabiliriz?",
      "Numaram sıfır beş yüz otuz, sıfır beş altı, yetmiş bir, yirmi altı."],  # noqa: RUF001 (Turkish)
     ["Size hangi numaradan ulaşabiliriz?", "Numaram [PHONE]."]),  # Turkish hundreds and tens
    (["Aye, the house phone is oh one six one, three six seven, three five eight two, pet."],
     ["Aye, the house phone is [PHONE], pet."]),  # a Geordie's "pet": no Croatian five beside English words
    (["My pet is dim, the pump broke."], None),
])
def test_croatian_slovene_bulgarian_turkish_and_welsh_numbers(said, redacted):
    assert redact_segments(said)[0] == (redacted or said)


# A review of version 20 (2026-12-07): what its new words and rules read wrongly, each narrowed.
@pytest.mark.parametrize(("said", "redacted"), [
    # names and slang that are the new languages' numbers too: digits only beside their own language's words
    (["Can I confirm the last four of your social?", "Is it six seven eight nine?",
      "Naw, one two three, four five, six seven eight nine. That's the whole social."],
     ["Can I confirm the last four of your social?", "Is it six seven eight nine?",
      "Naw, [SSN]. That's the whole social."]),
    (["What's the SSN on the account?", "It's under Kirk. One two three, four five, six seven eight nine."],
     ["What's the SSN on the account?", "It's under Kirk. [SSN]."]),
    (["You can reach Kirk on oh seven seven double oh, nine double oh, one two three."],
     ["You can reach Kirk on [PHONE]."]),
    (["It's Edna, oh one six one, four nine six, oh oh oh oh."], ["It's Edna, [PHONE]."]),
    # "checking" the account, not the verb
    (["My checking with Chase is 001234567890."], ["My checking with Chase is [BANK_ACCOUNT]."]),
    (["Checking on file is 123456789."], ["Checking on file is [BANK_ACCOUNT]."]),
    # a number sign, or one letter before an SSN's dashed shape, is no id's letters
    (["Social security nº123-45-6789"], ["Social security nº[SSN]"]),
    (["my social W509582603"], None),  # a member id's letter
    # another date's words: a policy's, a wedding's date checked back is no date of birth
    (["When did you take out the policy?", "The twelfth of March 2005.", "The twelfth?", "Yes.", "Of March?",
      "That's right.", "Two thousand five?", "Yes."], None),
    (["We got married on the third of June 1995.", "The third?", "Of June?", "Nineteen ninety-five?"], None),
    # "mine" only just before the date, no other date's words
    (["Her date of birth is the 3rd of May 1955 and me, I moved in on June 1st, 2001."],
     ["Her date of birth is [DATE_OF_BIRTH] and me, I moved in on June 1st, 2001."]),
    (["His DOB is 3 May 1955. Mine's from June 1, 2008, the older policy."],
     ["His DOB is [DATE_OF_BIRTH]. Mine's from June 1, 2008, the older policy."]),
    # a year in two digits only where the year itself is asked for
    (["Date of birth?", "the 3rd of May 1955.", "How many times have you called this year?", "Um, 12."],
     ["Date of birth?", "[DATE_OF_BIRTH].", "How many times have you called this year?", "Um, 12."]),
    (["Date of birth?", "the 3rd of May 1955.", "Thanks. And what year did you buy the car?", "Oh, ninety-eight."],
     ["Date of birth?", "[DATE_OF_BIRTH].", "Thanks. And what year did you buy the car?", "Oh, ninety-eight."]),
    # other Dutch numbers' names, a version's number
    (["Het serienummer van de router staat op de sticker: een drie negen zeven zes twee acht vijf een."], None),
    (["Ja hoor. Versie 2023.11.004. Een collega ook."], None),
    (['"last_login": "2026-11-14T17:36:53Z"'], None),  # an ISO timestamp's date and its "T": no DNI
])
def test_the_review_of_version_20(said, redacted):
    assert redact_segments(said)[0] == (redacted or said)


@pytest.mark.parametrize(("said", "redacted"), [
    (["Me: Aljoša Gregorič, rojen 18. 9. 1978."], ["Me: Aljoša Gregorič, rojen [DATE_OF_BIRTH]."]),  # Slovene
    (["Customer: Josipa Vidović, rođena 19. 11. 1955."], ["Customer: Josipa Vidović, rođena [DATE_OF_BIRTH]."]),
    (["Me: Lība Krieviņš, dzim. 29.08.1974."], ["Me: Lība Krieviņš, dzim. [DATE_OF_BIRTH]."]),  # Latvian
    (["Me: Kazlauskas, Kristupas, gim. 1965-07-10"], ["Me: Kazlauskas, Kristupas, gim. [DATE_OF_BIRTH]"]),
    (["And your date of birth, please?", "It's the eighteenth of June — sorry, July — nineteen eighty-five."],
     ["And your date of birth, please?", "It's [DATE_OF_BIRTH]."]),  # the month taken back behind a dash
    (['{"titular": {"fecha_nacimiento": "19/10/1972"}}'], ['{"titular": {"fecha_nacimiento": "[DATE_OF_BIRTH]"}}']),
    (["Back office export: 2026-12-04 21:30 refund issued"], None),  # an ISO date and its hour: no number to call
    (["Rojen dan je bil lep, 12 ljudi."], None),  # the word without a date after it
])
def test_birth_words_of_the_balkans_and_the_baltics_a_month_taken_back_and_an_iso_date(said, redacted):
    assert redact_segments(said)[0] == (redacted or said)


@pytest.mark.parametrize(("said", "redacted"), [
    (["Do kdaj velja kartica?", "Velja do nič ena, dvaintrideset.", "In varnostna koda na hrbtni strani?",
      "pet tri sedem."],
     ["Do kdaj velja kartica?", "Velja do [CARD_EXPIRY].", "In varnostna koda na hrbtni strani?", "[CARD_CODE]."]),
    (["Do kada vrijedi kartica?", "Vrijedi do nula dva, trideset jedan.", "I sigurnosni kod na poleđini?",
      "devet četiri devet."],
     ["Do kada vrijedi kartica?", "Vrijedi do [CARD_EXPIRY].", "I sigurnosni kod na poleđini?", "[CARD_CODE]."]),
    (["Do koga e validna kartata?", "Validna e do edno dve, trideset i chetiri."],
     ["Do koga e validna kartata?", "Validna e do [CARD_EXPIRY]."]),  # Bulgarian's tens, "i", its ones
    (["Vrijedi do petka, trideset ljudi."], None),  # no card spoken of
])
def test_expiries_and_codes_in_croatian_slovene_and_bulgarian(said, redacted):
    assert redact_segments(said)[0] == (redacted or said)


@pytest.mark.parametrize(("said", "digits"), [
    ("dvaintrideset", ["32"]), ("petnajst", ["15"]), ("edno dve, trideset i chetiri", ["1234"]),
    ("dvadeset sedam", ["27"]),  # Croatian's tens read on into its ones, not Bulgarian's
])
def test_slovene_and_bulgarian_pairs(said, digits):
    assert _digits(said) == digits
