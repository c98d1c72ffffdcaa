"""Generate the annotated Dutch evaluation corpus for the personal-data detector.

    python bench/data/detectie/maak_corpus.py            # writes corpus.jsonl beside this file

Seeded and deterministic. Every document is fictional: names, BSNs (valid under the 11-proef),
IBANs (valid, made with schwifty), phone numbers, addresses, plates, IP addresses and birth
dates are made up here. The templates were written for this corpus, independently of the
detector's rules, and mix personal data with things that must not be hit (organisations, laws,
article numbers, amounts, Kamerstuk and case numbers, places, professions, public officials).

Annotation conventions (one JSON object per line: id, soort, tekst, spans, publiek):
- PERSOON covers the name itself (initials, first names, tussenvoegsels, surname), not a title
  or form of address ("de heer", "mw.", "drs.") in front of it. A first name alone is a name.
- POSTCODE_ADRES: street + house number is one span, postcode (+ place on the same line) is
  another. A postbus address of an organisation is not personal data and is not annotated.
- GEBOORTEDATUM: only the date itself, only where it is a birth date.
- EMAIL: personal mailboxes; functional mailboxes (info@, woo@, postbus...) are not annotated.
- TELEFOON: personal and direct numbers; 1400, 0800 and 0900 numbers are not annotated.
- Names of people in ``publiek`` (ministers, state secretaries, top officials, MPs) are not
  annotated: the caller passes them as public and they are kept.
- Faker (nl_NL) supplies part of the names, so the corpus is not drawn from the detector's lists.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

from faker import Faker
from schwifty import IBAN

SEED = 20240517
AANTAL = 240
UIT = Path(__file__).with_name("corpus.jsonl")

Seg = tuple[str, str | None]


def _achternamen(bron: str) -> list[str]:
    """Parse "tv|achternaam" entries separated by spaces; a lowercase piece without "|" belongs
    to the next entry's tussenvoegsel, a capitalised one to the previous entry's surname."""
    uit: list[str] = []
    voor: list[str] = []
    for stuk in bron.split():
        if "|" in stuk:
            uit.append(" ".join([*voor, stuk]) if voor else stuk)
            voor = []
        elif stuk[:1].isupper():
            uit[-1] += " " + stuk
        else:
            voor.append(stuk)
    return uit


# --------------------------------------------------------------------------------------------
# Name pools for the corpus (written for the corpus; part of the names come from Faker).
# Each entry: (first names male, first names female, surnames as "tv|achternaam").
# --------------------------------------------------------------------------------------------

NL_M = """Pieter Jan Daan Bram Joost Thijs Ruben Wouter Geert Klaas Maarten Hans Kees Wim Gerrit
Jeroen Sjoerd Hidde Jesse Noud Roel Sander Niels Bas Frank Erik Marco Dennis Stefan Martijn Arjan
Remco Vincent Tim Lars Koen Luuk Sem Finn Milan Thomas Jasper Hugo Floris Tijmen Olivier Rutger
Gijs Teun Jurre Stijn Mees Wessel Ids Tjeerd Aart Cor Henk Dirk Ad Harm Jaap Berend Hendrik
Willem Johannes Cornelis Joris Bart Menno Rik Ivo Leon Freek Maurits Lodewijk Siebe Rens""".split()
NL_V = """Sanne Anouk Lotte Femke Marloes Eline Annemieke Ingrid Ellen Sietske Tjitske Ymke Floor
Merel Suzanne Karin Marieke Fleur Laura Esther Anne Lisa Sophie Emma Julia Iris Noor Saar Roos
Eva Maud Fenna Lieke Nienke Hanneke Wilma Gerda Ria Truus Annelies Mirjam Petra Monique Sandra
Janneke Astrid Renske Jolien Marjolein Joke Els Margriet Bregje Willemijn Jikke Aaltje Grietje
Hendrika Geertruida Liesbeth Charlotte Isabel Mila Tess Zoë Liv Yara Jet Fien Babette""".split()
NL_ACHTER = _achternamen("""de|Vries van den|Berg van|Dijk |Bakker |Janssen |Visser |Smit
|Meijer de|Boer |Mulder
de|Groot |Bos |Vos |Peters |Hendriks van|Leeuwen |Dekker |Brouwer de|Wit |Dijkstra |Smits
de|Graaf van der|Meer van der|Linden |Kok |Jacobs de|Haan |Vermeulen van den|Heuvel van der|Veen
van den|Broek de|Bruijn van der|Heijden |Schouten van|Beek |Willems van|Vliet van de|Ven
|Hoekstra |Maas |Verhoeven |Koster van|Dam van der|Wal |Prins |Blom |Huisman de|Jonge |Kuipers
van|Veen |Post |Kuiper |Veenstra |Kramer van den|Brink |Scholten van|Wijk |Postma |Martens |Vink
de|Ruiter |Timmermans |Groen |Gerritsen |Jonker van|Loon van der|Velde |Willemsen |Smeets
de|Lange de|Vos |Bosch van|Dongen |Schipper de|Koning van der|Laan |Driessen van|Doorn |Hermans
|Evers van den|Bosch van der|Meulen |Hofman |Bosman |Wolters |Sanders van der|Horst |Mol
|Molenaar van de|Pol de|Leeuw |Verbeek in 't|Veld op de|Beek ter|Horst ten|Brink te|Velde
van 't|Hof 't|Hart |Bruins Slot |Kloosterboer |Zwanenburg |Oosterhuis van|Oosten |Hogendoorn
|Stegeman |Brinkman |Westerveld |Tuinstra |Wiersma |Bouma |Terpstra |Zijlstra |Hiemstra |Faber
|Lammers |Ypma |Elzinga van|Ravenzwaaij |Achterberg |Groenewegen ter|Beek |Nijhuis |Ottens
|Rietveld van|Ommen |Kamphuis |Tromp |Overbeek |Verschoor |Luijendijk""")

TR_M = "Mehmet Emre Mustafa Burak Hüseyin Serkan Ahmet Murat Kemal Onur Cem Yusuf Ömer".split()
TR_V = "Ayşe Elif Hatice Zeynep Özlem Gülşen Yasemin Çağla Esra Büşra Merve Fatma Sevgi".split()
TR_ACHTER = _achternamen("""|Yılmaz |Kaya |Demir |Şahin |Çelik |Yıldız |Öztürk |Aydın |Arslan
|Doğan |Koç
|Kurt |Özdemir |Aksoy |Erdoğan |Güler |Polat |Bulut""")
MA_M = """Mohamed Youssef Hamza Rachid Soufiane Bilal Nordin Zakaria Mo Ilias Ayoub Karim Driss
Abdelkader Mustapha Anouar Said Othman""".split()
MA_V = "Fatima Khadija Nadia Samira Ilham Imane Naima Loubna Hafsa Salma Houda Malika Siham".split()
MA_ACHTER = _achternamen("""el|Amrani El|Idrissi |Bouzid |Benali Ait|Taleb el|Khatib |Aouragh
|Boukhari |Ouali
|Azzouzi |Tahiri |Chaouch |Bouchtaoui el|Hamdaoui |Ouahabi |Ziani |Belhaj |Marzouki |Bakkali
|Achahbar el|Morabit Ben|Ali""")
SR_M = "Ravi Anand Rishi Ashwin Ramon Jerrel Roy Sunil Navin Dinesh Kenneth Orlando Romano".split()
SR_V = "Priya Sharmila Shanti Kiran Devika Anjali Nisha Reshma Sabitri Gerda Ingrid Soraya".split()
SR_ACHTER = _achternamen("""|Ramdin |Ramsaransing |Jagessar |Mahabier |Sewnath |Kisoensingh
|Baldewsingh
|Ramkisoen |Soekhlal |Bisoen |Pinas |Redan |Kanhai |Nanhoe |Doekhi |Biharie |Fernandes
|Sno |Wijngaarde |Eersel""")
AN_M = "Jurgen Shurwin Giovanni Rudsel Ergilio Jeanrich Sharlon Urvin".split()
AN_V = "Xiomara Ruthmila Yenaida Shirley Jurmaly Naomi Christal Sulaika".split()
AN_ACHTER = _achternamen("|Martina |Rosaria |Isenia |Girigorie |Maduro |Statia |Koeiman |Winklaar")
ID_M = "Budi Wayan Frans Hengky Johny Max Agus".split()
ID_V = "Sari Dewi Johanna Ria Putri Wulan".split()
ID_ACHTER = _achternamen("""|Pattinama |Latuheru |Tahapary |Sahertian |Wattimena |Siahaya |Lekahena
|Tupamahu""")
CN_M = "Wei Jun Minh Thanh Hao Jian".split()
CN_V = "Mei Li Hoa Lan Xiu Ying".split()
CN_ACHTER = _achternamen("|Chen |Wang |Zhang |Liu |Wong |Cheung |Tran |Le |Pham |Lin")
PL_M = "Krzysztof Piotr Tomasz Łukasz Paweł Marek Andrzej".split()
PL_V = "Agnieszka Małgorzata Katarzyna Joanna Ewa Magdalena Monika".split()
PL_ACHTER = _achternamen("|Kowalski |Nowak |Wiśniewski |Wójcik |Kamiński |Lewandowski |Zieliński")
OV_M = "Omid Yonas Dawit Tesfay Ahmad Oleksandr Andrei Bogdan Samuel Kwame".split()
OV_V = "Aisha Semhar Oksana Olena Ioana Mariana Amira Leila Grace".split()
OV_ACHTER = _achternamen("""|Tesfay |Haile |Gebremedhin |Kovalenko |Shevchenko |Popescu |Ionescu
|Hosseini
|Rahimi |Mensah |Osei |Haddad""")

HERKOMST = [
    ("nl", NL_M, NL_V, NL_ACHTER, 50),
    ("faker", [], [], [], 16),
    ("tr", TR_M, TR_V, TR_ACHTER, 6),
    ("ma", MA_M, MA_V, MA_ACHTER, 8),
    ("sr", SR_M, SR_V, SR_ACHTER, 6),
    ("an", AN_M, AN_V, AN_ACHTER, 3),
    ("id", ID_M, ID_V, ID_ACHTER, 2),
    ("cn", CN_M, CN_V, CN_ACHTER, 3),
    ("vn", [], [], [], 1),
    ("pl", PL_M, PL_V, PL_ACHTER, 3),
    ("ov", OV_M, OV_V, OV_ACHTER, 2),
]
VIETNAMEES = ["Nguyen Van Anh", "Tran Thi Mai", "Le Van Hung", "Pham Thi Lan", "Nguyen Thi Hoa"]

# Public persons (fictional, except the one from the assignment's example).
PUBLIEK = [
    ("Hanke Bruins Slot", "v", "minister"),
    ("Karin Dekkers-Bol", "v", "minister"),
    ("Rutger van Asperen", "m", "staatssecretaris"),
    ("Mariëlle Toonstra", "v", "secretaris-generaal"),
    ("Onno Verbrugge", "m", "directeur-generaal"),
    ("Jelle de Koster", "m", "Kamerlid"),
    ("Fadoua Amezian", "v", "Kamerlid"),
    ("Wiebe Halsema", "m", "burgemeester"),
]

DOMEIN_RIJK = """minbzk.nl minfin.nl minvws.nl rws.nl minjenv.nl minienw.nl minocw.nl rvo.nl
denhaag.nl utrecht.nl rotterdam.nl belastingdienst.nl""".split()
DOMEIN_PRIVE = """gmail.com hotmail.com outlook.com ziggo.nl kpnmail.nl planet.nl xs4all.nl live.nl
icloud.com home.nl""".split()

STRATEN = [
    "Kerkstraat",
    "Dorpsstraat",
    "Molenweg",
    "Stationsweg",
    "Julianalaan",
    "Beatrixstraat",
    "Wilhelminastraat",
    "Schoolstraat",
    "Lindelaan",
    "Eikenlaan",
    "Prinsengracht",
    "Oudegracht",
    "Nieuwe Binnenweg",
    "Vondelstraat",
    "Johan de Wittlaan",
    "Van Speijkstraat",
    "Burgemeester Jansenlaan",
    "Prins Hendrikkade",
    "Laan van Meerdervoort",
    "Willem de Zwijgerlaan",
    "Hoofdstraat",
    "Marktplein",
    "Kanaalweg",
    "Emmasingel",
    "Spoorlaan",
    "Boterdiep",
    "Zuiderdiep",
    "Kastanjelaan",
    "Berkenhof",
    "Populierendreef",
    "Rozengracht",
    "Bloemgracht",
    "Achter de Kerk",
    "Tolsteegsingel",
    "Biltstraat",
    "Amsterdamsestraatweg",
    "Haarlemmerdijk",
    "Nobelstraat",
    "Vismarkt",
    "Ridderhof",
    "Mozartlaan",
    "Rembrandtplein",
    "Sint Jansstraat",
    "Groenewoudsedijk",
    "Wolvenplein",
    "Koningin Julianaplein",
    "Anne Frankstraat",
    "Jacob van Lennepkade",
    "Abel Tasmanstraat",
    "Hugo de Grootstraat",
    "Fatima Mernissistraat",
    "Van Heutszstraat",
    "Singel",
    "Lange Nieuwstraat",
    "Korte Jansstraat",
    "Esdoornhof",
    "Brink",
    "Zeedijk",
    "Veemarkt",
    "Kruisweg",
    "Kortenaerkade",
    "Weimarstraat",
    "Hoefkade",
    "Goudsbloemlaan",
    "Nieuwe Haven",
    "Oosterpark",
]
PLAATSEN = """Amsterdam|Rotterdam|Den Haag|'s-Gravenhage|Utrecht|Eindhoven|Groningen|Tilburg|Almere
|Breda|Nijmegen|Apeldoorn|Haarlem|Arnhem|Enschede|Amersfoort|Zaandam|'s-Hertogenbosch|Zwolle
|Leiden|Maastricht|Dordrecht|Zoetermeer|Delft|Alphen aan den Rijn|Capelle aan den IJssel|Emmen
|Leeuwarden|Deventer|Helmond|Hilversum|Sittard|Ter Apel|De Bilt|Den Helder|Bergen op Zoom|Assen
|Lelystad|Gouda|Vlaardingen|Schiedam|Purmerend|Hoorn|Venlo|Roermond|Heerlen|Drachten|Sneek
|Katwijk|Veenendaal|Ede|Woerden|Zeist|Houten|Nieuwegein|Middelburg|Vlissingen|Goes""".replace("\n", "").split(
    "|"
)

ORGANISATIES = [
    "Stichting De Jong Fonds",
    "Bakker B.V.",
    "Gemeente Den Haag",
    "het Rijksvastgoedbedrijf",
    "de Belastingdienst",
    "Dienst Uitvoering Onderwijs",
    "het UWV",
    "de IND",
    "het COA",
    "de Raad van State",
    "de Autoriteit Persoonsgegevens",
    "de Algemene Rekenkamer",
    "Albert Heijn",
    "Van Oord",
    "Heijmans N.V.",
    "Advocatenkantoor Visser & De Graaf",
    "Bouwbedrijf Jansen en Zonen",
    "Stichting Pieter van Foreest",
    "het Erasmus MC",
    "de Johan Cruijff ArenA",
    "het Anne Frank Huis",
    "Gemeente Den Bosch",
    "de provincie Utrecht",
    "Rijkswaterstaat",
    "het Centraal Bureau voor de Statistiek",
    "Logius",
    "de Kiesraad",
    "Transportbedrijf Van der Wal B.V.",
    "Schoonmaakbedrijf De Vries",
    "de Nationale ombudsman",
    "het Prins Bernhard Cultuurfonds",
    "Installatiebedrijf Smit",
    "Van Lanschot Kempen",
    "de Stichting Vluchtelingenwerk",
    "Koninklijke Smilde",
    "het Mondriaan Fonds",
    "Hogeschool Rotterdam",
    "de Universiteit Leiden",
    "Woonstichting De Key",
    "Vitens",
]
WETTEN = [
    "de Wet open overheid",
    "de Algemene wet bestuursrecht",
    "de Woo",
    "de Algemene verordening gegevensbescherming",
    "de Wet Bibob",
    "de Gemeentewet",
    "de Omgevingswet",
    "de Wet op de rechterlijke organisatie",
    "de Ambtenarenwet 2017",
    "de Archiefwet 1995",
    "de Wet politiegegevens",
    "de Vreemdelingenwet 2000",
    "de Participatiewet",
    "de Wet langdurige zorg",
]
ARTIKELEN = [
    "artikel 5.1, tweede lid, aanhef en onder e, van de Woo",
    "artikel 5.1 lid 2 sub e Woo",
    "Woo art. 4.4",
    "artikel 5.2, eerste lid, van de Woo",
    "art. 10, tweede lid, onder e, Wob",
    "artikel 3:4 Awb",
    "artikel 8:29 van de Awb",
    "artikel 6, eerste lid, onder e, AVG",
    "paragraaf 3.2.1.4 van de handleiding",
    "artikel 4.1.2 van het Besluit",
    "artikel 2.1.1 lid 3",
    "hoofdstuk 5.1.2",
    "artikel 7:10 Awb",
    "art. 5.1 lid 1 sub d Woo",
]
KAMERSTUKKEN = [
    "Kamerstukken II 2020/21, 35 570 VII, nr. 12",
    "Kamerstuk 35925-VII-3",
    "Handelingen II 2021/22, nr. 45, item 7",
    "Aanhangsel Handelingen II 2022/23, nr. 1234",
    "Kamerstukken II 2022/23, 36 200 VII, nr. 8",
    "Kamerstukken I 2019/20, 34 724, F",
    "Kamerstukken II 2023/24, 32 802, nr. 70",
    "Stb. 2021, 499",
    "Stcrt. 2022, 12345",
]
BEROEPEN = [
    "de bakker",
    "de visser",
    "de smid",
    "de molenaar",
    "de schilder",
    "de timmerman",
    "de kok",
    "de koster",
    "de boer",
    "de schipper",
    "de kapper",
    "de notaris",
    "de huisarts",
]
MAANDEN = """januari februari maart april mei juni juli augustus september oktober november
december""".split()
MAANDEN_KORT = "jan feb mrt apr mei jun jul aug sep okt nov dec".split()
DAGEN = "maandag dinsdag woensdag donderdag vrijdag".split()
AFDELINGEN = [
    "DGOO/DOOB",
    "DGBK",
    "FEZ",
    "DWOO",
    "CZW",
    "Directie Openbaarheid",
    "BD/CIO",
    "DGKR",
    "Communicatie",
    "SG/DBC",
]
FUNCTIES = [
    "beleidsmedewerker",
    "senior adviseur",
    "juridisch adviseur",
    "projectleider",
    "teamleider",
    "woo-coördinator",
    "communicatieadviseur",
    "secretaresse",
    "analist",
    "programmamanager",
    "jurist",
]


# --------------------------------------------------------------------------------------------
# Generators for personal data
# --------------------------------------------------------------------------------------------


def bsn_geldig(rng: random.Random) -> str:
    while True:
        cijfers = [rng.randint(0, 9) for _ in range(8)]
        if cijfers[0] == 0:
            continue
        som = sum(c * w for c, w in zip(cijfers, range(9, 1, -1), strict=True))
        laatste = som % 11
        if laatste < 10:
            return "".join(map(str, cijfers)) + str(laatste)


def bsn_vorm(rng: random.Random, bsn: str) -> str:
    vorm = rng.random()
    if vorm < 0.55:
        return bsn
    if vorm < 0.8:
        return f"{bsn[:3]}.{bsn[3:6]}.{bsn[6:]}"
    if vorm < 0.9:
        return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"


def iban(rng: random.Random) -> str:
    land = rng.choices(["NL", "DE", "BE", "FR", "GB", "PL", "TR"], [70, 8, 8, 4, 4, 3, 3])[0]
    if land == "NL":
        bank = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ"])
        ib = IBAN.generate("NL", bank_code=bank, account_code=str(rng.randint(10**8, 10**10 - 1)))
    elif land == "DE":
        ib = IBAN.generate(
            "DE",
            bank_code=str(rng.randint(10**7, 10**8 - 1)),
            account_code=str(rng.randint(10**9, 10**10 - 1)),
        )
    elif land == "BE":
        ib = IBAN.generate(
            "BE", bank_code=str(rng.randint(100, 999)), account_code=str(rng.randint(10**6, 10**7 - 1))
        )
    elif land == "FR":
        ib = IBAN.generate(
            "FR",
            bank_code=str(rng.randint(10**9, 10**10 - 1)),
            account_code=f"{rng.randint(10**10, 10**11 - 1)}",
        )
    elif land == "GB":
        ib = IBAN.generate(
            "GB",
            bank_code="NWBK" + str(rng.randint(100000, 999999)),
            account_code=str(rng.randint(10**7, 10**8 - 1)),
        )
    elif land == "PL":
        ib = IBAN.generate(
            "PL",
            bank_code=str(rng.randint(10**7, 10**8 - 1)),
            account_code=str(rng.randint(10**15, 10**16 - 1)),
        )
    else:
        ib = IBAN.generate(
            "TR", bank_code=str(rng.randint(10000, 99999)), account_code=str(rng.randint(10**15, 10**16 - 1))
        )
    return ib.formatted if rng.random() < 0.6 else str(ib.compact)


NL_NETNUMMERS = [
    "010",
    "013",
    "015",
    "020",
    "023",
    "024",
    "026",
    "030",
    "033",
    "035",
    "036",
    "038",
    "040",
    "043",
    "045",
    "046",
    "050",
    "053",
    "055",
    "058",
    "070",
    "071",
    "072",
    "073",
    "074",
    "075",
    "076",
    "077",
    "078",
    "079",
    "0111",
    "0113",
    "0162",
    "0172",
    "0182",
    "0252",
    "0294",
    "0314",
    "0341",
    "0413",
    "0492",
    "0511",
    "0515",
    "0523",
    "0546",
    "0591",
    "0598",
]


def telefoon(rng: random.Random) -> str:
    soort = rng.random()
    if soort < 0.5:  # mobile
        rest = f"{rng.randint(1, 5)}{rng.randint(0, 9999999):07d}"
        vorm = rng.randint(0, 6)
        if vorm == 0:
            return f"06-{rest}"
        if vorm == 1:
            return f"06 {rest[:4]} {rest[4:]}"
        if vorm == 2:
            return f"06{rest}"
        if vorm == 3:
            return f"+31 6 {rest[:4]} {rest[4:]}"
        if vorm == 4:
            return f"+31 (0)6 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}"
        if vorm == 5:
            return f"+316{rest}"
        return f"06 - {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}"
    if soort < 0.85:  # landline
        net = rng.choice(NL_NETNUMMERS)
        lengte = 10 - len(net)
        abon = str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(lengte - 1))
        vorm = rng.randint(0, 4)
        if vorm == 0:
            return f"{net}-{abon}"
        if vorm == 1:
            return f"{net} {abon[:3]} {abon[3:]}"
        if vorm == 2:
            return f"({net}) {abon[:3]} {abon[3:]}"
        if vorm == 3:
            return f"+31 {net[1:]} {abon}"
        return f"{net} - {abon[:3]} {abon[3:5]} {abon[5:]}" if len(abon) == 7 else f"{net} {abon}"
    keuze = rng.randint(0, 5)
    if keuze == 0:
        return f"+44 20 7{rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    if keuze == 1:
        return f"+32 2 {rng.randint(200, 799)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    if keuze == 2:
        return f"+49 30 {rng.randint(2000000, 9999999)}"
    if keuze == 3:
        return f"+90 532 {rng.randint(100, 999)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
    if keuze == 4:
        return (
            f"+212 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        )
    return f"+597 8{rng.randint(100000, 999999)}"


LETTERS_NIEUW = "BDFGHJKLNPRSTVXZ"
LETTERS_OUD = "ABDEFGHJKLMNPRSTVXZ"


def kenteken(rng: random.Random) -> str:
    def ll(n: int) -> str:
        bron = LETTERS_NIEUW if rng.random() < 0.7 else LETTERS_OUD
        return "".join(rng.choice(bron) for _ in range(n))

    def dd(n: int) -> str:
        return "".join(str(rng.randint(0, 9)) for _ in range(n))

    vormen = [
        lambda: f"{ll(2)}-{dd(2)}-{dd(2)}",
        lambda: f"{dd(2)}-{dd(2)}-{ll(2)}",
        lambda: f"{dd(2)}-{ll(2)}-{dd(2)}",
        lambda: f"{ll(2)}-{dd(2)}-{ll(2)}",
        lambda: f"{ll(2)}-{ll(2)}-{dd(2)}",
        lambda: f"{dd(2)}-{ll(2)}-{ll(2)}",
        lambda: f"{dd(2)}-{ll(3)}-{dd(1)}",
        lambda: f"{dd(1)}-{ll(3)}-{dd(2)}",
        lambda: f"{ll(2)}-{dd(3)}-{ll(1)}",
        lambda: f"{ll(1)}-{dd(3)}-{ll(2)}",
        lambda: f"{ll(3)}-{dd(2)}-{ll(1)}",
        lambda: f"{dd(1)}-{ll(2)}-{dd(3)}",
        lambda: f"{ll(1)}-{dd(2)}-{ll(3)}",
        lambda: f"{dd(3)}-{ll(2)}-{dd(1)}",
    ]
    return rng.choice(vormen)()


def ip_adres(rng: random.Random) -> str:
    soort = rng.random()
    if soort < 0.55:
        eerste = rng.choice([31, 37, 62, 77, 80, 82, 84, 85, 86, 87, 89, 94, 145, 178, 185, 213])
        return f"{eerste}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    if soort < 0.75:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 250)}"
    if soort < 0.85:
        return f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
    groepen = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
    if rng.random() < 0.5:
        return f"2001:db8:{groepen[0]}::{groepen[1]}"
    return f"2a02:a44f:{':'.join(groepen)}:{rng.randint(0, 0xFFFF):x}:{rng.randint(1, 0xFFFF):x}"


def datum(rng: random.Random, jaar_van: int, jaar_tot: int, stijl: int | None = None) -> str:
    j = rng.randint(jaar_van, jaar_tot)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    stijl = rng.randint(0, 6) if stijl is None else stijl
    if stijl == 0:
        return f"{d:02d}-{m:02d}-{j}"
    if stijl == 1:
        return f"{d} {MAANDEN[m - 1]} {j}"
    if stijl == 2:
        return f"{d}-{m}-{j}"
    if stijl == 3:
        return f"{j}-{m:02d}-{d:02d}"
    if stijl == 4:
        return f"{d:02d}/{m:02d}/{j}"
    if stijl == 5:
        return f"{d} {MAANDEN_KORT[m - 1]}. {j}"
    return f"{d}.{m}.{j}"


def postcode(rng: random.Random) -> str:
    while True:
        letters = rng.choice("ABCEGHJKLMNPRSTVWXZ") + rng.choice("ABCDEGHJKLMNPRSTVWXZ")
        if letters not in {"SA", "SD", "SS"}:
            break
    cijfers = rng.randint(1000, 9999)
    return f"{cijfers} {letters}" if rng.random() < 0.75 else f"{cijfers}{letters}"


def huisnummer(rng: random.Random) -> str:
    n = str(rng.choice([rng.randint(1, 40), rng.randint(1, 250), rng.randint(1, 600)]))
    r = rng.random()
    if r < 0.12:
        return n + rng.choice("abc")
    if r < 0.18:
        return n + " " + rng.choice("ABC")
    if r < 0.24:
        return n + "-" + rng.choice(["I", "II", "III", "1", "2", "hs"])
    if r < 0.27:
        return n + " bis"
    return n


# --------------------------------------------------------------------------------------------
# Persons
# --------------------------------------------------------------------------------------------


@dataclass
class Persoon:
    vn: str
    tv: str
    an: str
    man: bool
    init: str
    volledig: str = ""
    email: str = ""
    tel: str = ""
    functie: str = ""
    afdeling: str = ""

    def vol(self) -> str:
        if self.volledig:
            return self.volledig
        return f"{self.vn} {self.tv + ' ' if self.tv else ''}{self.an}"

    def formeel(self) -> str:
        return f"{self.init} {self.tv + ' ' if self.tv else ''}{self.an}"

    def achter(self, rng: random.Random) -> str:
        if not self.tv:
            return self.an
        tv = self.tv
        if rng.random() < 0.8:
            tv = tv[0].upper() + tv[1:] if tv[0] != "'" else tv
        return f"{tv} {self.an}"

    def omgekeerd(self, rng: random.Random) -> str:
        staart = f" {self.tv}" if self.tv else ""
        if rng.random() < 0.6:
            return f"{self.an}, {self.vn}{staart}"
        return f"{self.an}, {self.init}{staart}"


def _ascii(s: str) -> str:
    tabel = str.maketrans(
        "ıİşŞçÇğĞöÖüÜëéèêïäáàłŁńśźżąęóćŃŚŹŻĄĘÓĆ'’ ", "iIsScCgGoOuUeeeeiaaalLnszzaeocNSZZAEOC---"
    )
    return s.translate(tabel).replace("-", "").lower()


class Namen:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.faker = Faker("nl_NL")
        self.faker.seed_instance(rng.randint(0, 10**9))

    def nieuw(self) -> Persoon:
        rng = self.rng
        herkomst = rng.choices(HERKOMST, [h[4] for h in HERKOMST])[0]
        code, mannen, vrouwen, achter, _ = herkomst
        man = rng.random() < 0.5
        volledig = ""
        if code == "faker":
            vn = self.faker.first_name_male() if man else self.faker.first_name_female()
            achternaam = self.faker.last_name()
            delen = achternaam.split(" ")
            tv_delen = []
            while len(delen) > 1 and (delen[0][:1].islower() or delen[0].startswith("'")):
                tv_delen.append(delen.pop(0))
            tv, an = " ".join(tv_delen), " ".join(delen)
        elif code == "vn":
            volledig = rng.choice(VIETNAMEES)
            familie, _, vn = volledig.split(" ")
            tv, an = "", familie
            man = " Van " in volledig
        else:
            vn = rng.choice(mannen if man else vrouwen)
            tv, an = rng.choice(achter).split("|")
        if code == "nl" and rng.random() < 0.08:
            tv2, an2 = rng.choice(NL_ACHTER).split("|")
            an = f"{an}-{tv2 + ' ' if tv2 else ''}{an2}"
        tweede = rng.choice("ABCDEFGHJKLMNPRSTW")
        init = vn[0] + "." + (tweede + "." if rng.random() < 0.4 else "")
        if vn.startswith(("Th", "Ch", "Ph")) and rng.random() < 0.5:
            init = vn[:2] + "."
        p = Persoon(vn=vn, tv=tv, an=an, man=man, init=init, volledig=volledig)
        achter_ascii = _ascii((tv + an) if tv else an)
        vorm = rng.randint(0, 5)
        if vorm <= 2:
            dom = rng.choice(DOMEIN_RIJK)
            lokaal = [
                f"{_ascii(vn)}.{achter_ascii}",
                f"{_ascii(init.replace('.', ''))}.{achter_ascii}",
                f"{_ascii(vn)[0]}{achter_ascii}",
            ][vorm]
        else:
            dom = rng.choice(DOMEIN_PRIVE)
            lokaal = [
                f"{_ascii(vn)}{rng.randint(70, 99)}",
                f"{_ascii(vn)}_{achter_ascii}",
                f"{achter_ascii}.{_ascii(vn)[0]}",
            ][vorm - 3]
        p.email = f"{lokaal}@{dom}"
        p.tel = telefoon(rng)
        p.functie = rng.choice(FUNCTIES)
        p.afdeling = rng.choice(AFDELINGEN)
        return p


# --------------------------------------------------------------------------------------------
# Template rendering
# --------------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{([a-z0-9_.]+)\}")


@dataclass
class Document:
    rng: random.Random
    namen: Namen
    soort: str
    delen: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)
    publiek: list[str] = field(default_factory=list)
    personen: dict[str, Persoon] = field(default_factory=dict)
    pub: tuple[str, str, str] | None = None
    lengte: int = 0

    # -- building ------------------------------------------------------------------------
    def tekst(self, s: str) -> None:
        self.delen.append(s)
        self.lengte += len(s)

    def pii(self, s: str, label: str) -> None:
        self.spans.append({"start": self.lengte, "end": self.lengte + len(s), "label": label})
        self.tekst(s)

    def segs(self, segs: list[Seg]) -> None:
        for s, label in segs:
            if label:
                self.pii(s, label)
            else:
                self.tekst(s)

    def zin(self, sjabloon: str) -> None:
        pos = 0
        for m in PLACEHOLDER.finditer(sjabloon):
            self.tekst(sjabloon[pos : m.start()])
            self.segs(self.vul(m.group(1)))
            pos = m.end()
        self.tekst(sjabloon[pos:])

    # -- persons ---------------------------------------------------------------------------
    def persoon(self, sleutel: str) -> Persoon:
        if sleutel not in self.personen:
            self.personen[sleutel] = self.namen.nieuw()
        return self.personen[sleutel]

    def publieke(self) -> tuple[str, str, str]:
        if self.pub is None:
            self.pub = self.rng.choice(PUBLIEK)
            self.publiek.append(self.pub[0])
        return self.pub

    def vul(self, sleutel: str) -> list[Seg]:
        rng = self.rng
        if sleutel.startswith("p") and "." in sleutel and sleutel[1].isdigit():
            naam, veld = sleutel.split(".", 1)
            return self.persoonveld(self.persoon(naam), veld)
        if sleutel.startswith("pub."):
            return [(self.publiekveld(sleutel[4:]), None)]
        n = NEGATIEF.get(sleutel)
        if n is not None:
            return [(n(rng), None)]
        if sleutel == "bsn":
            return [(bsn_vorm(rng, bsn_geldig(rng)), "BSN")]
        if sleutel == "iban":
            return [(iban(rng), "IBAN")]
        if sleutel == "tel":
            return [(telefoon(rng), "TELEFOON")]
        if sleutel == "kenteken":
            return [(kenteken(rng), "KENTEKEN")]
        if sleutel == "ip":
            return [(ip_adres(rng), "IP_ADRES")]
        if sleutel == "gebdatum":
            return [(datum(rng, 1938, 2006), "GEBOORTEDATUM")]
        if sleutel == "email":
            return [(self.namen.nieuw().email, "EMAIL")]
        if sleutel == "straat":
            return [(f"{rng.choice(STRATEN)} {huisnummer(rng)}", "POSTCODE_ADRES")]
        if sleutel == "postcode":
            return [(postcode(rng), "POSTCODE_ADRES")]
        if sleutel == "pcplaats":
            plaats = rng.choice(PLAATSEN)
            if rng.random() < 0.2:
                plaats = plaats.upper()
            return [(f"{postcode(rng)}{rng.choice([' ', '  '])}{plaats}", "POSTCODE_ADRES")]
        if sleutel == "adres":
            return self.adres(regel=True)
        if sleutel == "adresblok":
            return self.adres(regel=False)
        raise KeyError(sleutel)

    def adres(self, regel: bool) -> list[Seg]:
        rng = self.rng
        straat = f"{rng.choice(STRATEN)} {huisnummer(rng)}"
        plaats = rng.choice(PLAATSEN)
        if not regel and rng.random() < 0.3:
            plaats = plaats.upper()
        pc = f"{postcode(rng)}{' ' if regel else rng.choice([' ', '  '])}{plaats}"
        tussen = rng.choice([", ", " ", " te "]) if regel else "\n"
        if tussen == " te ":
            return [(straat, "POSTCODE_ADRES"), (" te ", None), (plaats, None)]
        return [(straat, "POSTCODE_ADRES"), (tussen, None), (pc, "POSTCODE_ADRES")]

    def persoonveld(self, p: Persoon, veld: str) -> list[Seg]:
        rng = self.rng
        P = "PERSOON"
        if veld == "vol":
            return [(p.vol(), P)]
        if veld == "form":
            return [(p.formeel(), P)]
        if veld == "vn":
            return [(p.vn, P)]
        if veld == "an":
            return [(p.achter(rng), P)]
        if veld == "naam":
            keuze = rng.random()
            if keuze < 0.45:
                return [(p.vol(), P)]
            if keuze < 0.7:
                return [(p.formeel(), P)]
            return self.persoonveld(p, "heer")
        if veld == "heer":
            if p.man:
                titel = rng.choice(["de heer ", "de heer ", "dhr. ", "Dhr. ", "meneer "])
            else:
                titel = rng.choice(["mevrouw ", "mevrouw ", "mw. ", "mevr. ", "Mw. "])
            if rng.random() < 0.15:
                titel += rng.choice(["mr. ", "drs. ", "ir. ", "dr. ", "ing. "])
            naam = p.formeel() if rng.random() < 0.5 else p.achter(rng)
            return [(titel, None), (naam, P)]
        if veld == "titel":
            titel = rng.choice(
                ["mr. ", "drs. ", "ir. ", "dr. ", "prof. dr. ", "mr. drs. ", "ing. ", "Drs. ", "Mr. "]
            )
            return [(titel, None), (p.formeel(), P)]
        if veld == "aanhef":
            if rng.random() < 0.5:
                return [
                    ("Geachte heer " if p.man else "Geachte mevrouw ", None),
                    (p.achter(rng), P),
                    (",", None),
                ]
            groet = rng.choice(["Beste ", "Hoi ", "Hallo ", "Dag ", "Hi ", "Beste "])
            return [(groet, None), (p.vn, P), (rng.choice([",", ",", "!", ""]), None)]
        if veld == "email":
            return [(p.email, "EMAIL")]
        if veld == "tel":
            return [(p.tel, "TELEFOON")]
        if veld == "kop":  # one entry in an e-mail header line
            vorm = rng.randint(0, 6)
            if vorm == 0:
                return [(p.vol(), P), (" <", None), (p.email, "EMAIL"), (">", None)]
            if vorm == 1:
                return [(p.omgekeerd(rng), P), (" <", None), (p.email, "EMAIL"), (">", None)]
            if vorm == 2:
                return [("'", None), (p.vol(), P), ("' <", None), (p.email, "EMAIL"), (">", None)]
            if vorm == 3:
                return [(p.email, "EMAIL")]
            if vorm == 4:
                return [(p.omgekeerd(rng), P), (f" - {p.afdeling.split('/')[0]}", None)]
            if vorm == 5:
                return [(p.vol(), P), (f" ({p.afdeling})", None)]
            return [(p.vol(), P)]
        if veld == "sig":  # signature after the closing
            segs: list[Seg] = []
            vorm = rng.randint(0, 4)
            if vorm == 0:
                segs += [(p.vol(), P), (f"\n{p.functie.capitalize()}\n{p.afdeling}\n", None)]
                segs += [("T ", None), (p.tel, "TELEFOON"), ("\nE ", None), (p.email, "EMAIL")]
            elif vorm == 1:
                segs += [(p.vn, P)]
            elif vorm == 2:
                segs += [(p.vol(), P), (f" | {p.functie} | ", None), (p.tel, "TELEFOON")]
            elif vorm == 3:
                segs += [
                    (rng.choice(["mr. ", "drs. ", "ir. ", ""]), None),
                    (p.formeel(), P),
                    (f"\n{p.functie.capitalize()}", None),
                ]
            else:
                segs += [(p.vol(), P), ("\n", None), (p.email, "EMAIL"), ("\n", None), (p.tel, "TELEFOON")]
            return segs
        if veld == "spreker":  # chat speaker
            return [(p.vol() if rng.random() < 0.6 else p.vn, P)]
        raise KeyError(veld)

    def publiekveld(self, veld: str) -> str:
        naam, geslacht, rol = self.publieke()
        delen = naam.split(" ")
        achter = " ".join(delen[1:])
        if veld == "vol":
            return naam
        if veld == "rolnaam":
            return f"{rol} {achter if self.rng.random() < 0.5 else naam}"
        if veld == "form":
            return f"{delen[0][0]}. {achter}"
        if veld == "an":
            return achter[0].upper() + achter[1:]
        if veld == "rol":
            return rol
        raise KeyError(veld)


def _bedrag(rng: random.Random) -> str:
    keuze = rng.randint(0, 5)
    if keuze == 0:
        return f"€ {rng.randint(1, 999)}.{rng.randint(0, 999):03d}.{rng.randint(0, 999):03d}"
    if keuze == 1:
        return f"€ {rng.randint(1000, 999999):,}".replace(",", ".") + f",{rng.randint(0, 99):02d}"
    if keuze == 2:
        return f"EUR {rng.randint(1, 99)}.{rng.randint(0, 999):03d}.000,-"
    if keuze == 3:
        return f"ruim {rng.randint(2, 40)},{rng.randint(1, 9)} miljoen euro"
    if keuze == 4:
        return f"{rng.randint(100, 999)}.{rng.randint(100, 999)}.{rng.randint(100, 999)} euro"
    return f"€ {rng.randint(10, 999)}.{rng.randint(0, 999):03d}"


def _kenmerk(rng: random.Random) -> str:
    keuze = rng.randint(0, 6)
    if keuze == 0:
        return f"zaaknummer {rng.randint(2019, 2024)}-{rng.randint(0, 9999999):07d}"
    if keuze == 1:
        return f"kenmerk {rng.randint(2019, 2024)}-0000{rng.randint(100000, 999999)}"
    if keuze == 2:
        return f"ons kenmerk BZK-{rng.randint(2019, 2024)}/{rng.randint(100000, 999999)}"
    if keuze == 3:
        return f"dossiernummer {rng.randint(100000000, 999999999)}"
    if keuze == 4:
        return f"ECLI:NL:RVS:{rng.randint(2018, 2024)}:{rng.randint(100, 4999)}"
    if keuze == 5:
        return f"WOO-{rng.randint(2021, 2024)}-{rng.randint(1, 999):04d}"
    return f"Kamervragen {rng.randint(2019, 2024)}Z{rng.randint(1000, 25000):05d}"


def _datum_neutraal(rng: random.Random) -> str:
    return datum(rng, 2019, 2024)


NEGATIEF = {
    "org": lambda r: r.choice(ORGANISATIES),
    "wet": lambda r: r.choice(WETTEN),
    "art": lambda r: r.choice(ARTIKELEN),
    "bedrag": _bedrag,
    "kst": lambda r: r.choice(KAMERSTUKKEN),
    "kenmerk": _kenmerk,
    "plaats": lambda r: r.choice(PLAATSEN),
    "datum": _datum_neutraal,
    "dag": lambda r: r.choice(DAGEN),
    "beroep": lambda r: r.choice(BEROEPEN),
    "straatnaam": lambda r: r.choice(STRATEN),
    "afd": lambda r: r.choice(AFDELINGEN),
    "functie": lambda r: r.choice(FUNCTIES),
    "tijd": lambda r: f"{r.randint(8, 17):02d}:{r.choice(['00', '15', '30', '45'])}",
    "jaar": lambda r: str(r.randint(2015, 2025)),
    "versie": lambda r: f"{r.randint(1, 9)}.{r.randint(0, 12)}.{r.randint(0, 30)}",
    "servicenr": lambda r: r.choice(["1400", "0800-8051", "0800 1351", "0800-0543", "14 070"]),
    "functiemail": lambda r: r.choice(
        [
            "woo@minbzk.nl",
            "info@rijksoverheid.nl",
            "postbus.woo@minfin.nl",
            "secretariaat.dgoo@minbzk.nl",
            "servicedesk@rws.nl",
            "noreply@mijnoverheid.nl",
            "privacy@denhaag.nl",
            "fg@minvws.nl",
        ]
    ),
    "postbus": lambda r: (
        f"Postbus {r.choice([20011, 20018, 20061, 16375, 90801, 30016])}"
        f"{r.choice([', ', chr(10)])}{r.randint(2500, 2599)} "
        f"{r.choice(['EA', 'EK', 'LV', 'GB', 'BJ'])} Den Haag"
    ),
    "procent": lambda r: f"{r.randint(1, 99)},{r.randint(0, 9)}%",
    "aantal": lambda r: f"{r.randint(2, 9)}.{r.randint(100, 999)}",
}


# --------------------------------------------------------------------------------------------
# Sentence pools
# --------------------------------------------------------------------------------------------

NEUTRAAL = [
    "Op grond van {art} wordt deze informatie niet openbaar gemaakt.",
    "Zie ook {kst}.",
    "Het beschikbare budget bedraagt {bedrag} voor de periode {jaar}-{jaar}.",
    "Het verzoek is geregistreerd onder {kenmerk}.",
    "In de brief aan de Kamer ({kst}) is toegezegd dat het kabinet hierop terugkomt.",
    "De afspraken met {org} worden voor de zomer vastgelegd.",
    "Het besluit is genomen op grond van {wet}, in het bijzonder {art}.",
    "{org} heeft laten weten geen bezwaar te hebben tegen openbaarmaking.",
    "Volgens {org} gaat het om {bedrag} aan extra kosten.",
    "De bijeenkomst vindt plaats in {plaats} op {dag} {datum} om {tijd} uur.",
    "Ook de gemeenten {plaats} en {plaats} hebben gereageerd.",
    "Het aanmeldcentrum in Ter Apel zat op {datum} opnieuw vol.",
    "In Den Bosch en De Bilt lopen vergelijkbare pilots.",
    "Bij vragen kunt u bellen met {servicenr} (gratis).",
    "Vragen over dit besluit kunt u mailen naar {functiemail}.",
    "Dit besluit wordt gepubliceerd op rijksoverheid.nl.",
    "De Van Speijkstraat wordt vanaf {datum} afgesloten voor doorgaand verkeer.",
    "Omwonenden van de {straatnaam} zijn per brief geïnformeerd.",
    "Het gaat om circa {aantal} documenten, waarvan {procent} deels openbaar wordt gemaakt.",
    "De bezwaartermijn bedraagt zes weken ({art}).",
    "Tegen dit besluit kunt u bezwaar maken op grond van {wet}.",
    "{beroep} in het dorp is al jaren dicht, meldt de gemeente.",
    "Volgens de krant heeft {beroep} de melding gedaan.",
    "De Tweede Kamer heeft de motie aangenomen ({kst}).",
    "De evaluatie van {wet} staat gepland voor {jaar}.",
    "Het Rijksvastgoedbedrijf beheert het pand sinds {jaar}.",
    "Het rapport van de Algemene Rekenkamer verscheen op {datum}.",
    "De subsidie aan {org} bedroeg in {jaar} {bedrag}.",
    "Het systeem draait inmiddels op versie {versie}.",
    "Zie tabel 3.2 en bijlage B voor de uitsplitsing per regio.",
    "De Raad van State adviseerde op {datum} ({kenmerk}).",
    "Er zijn {aantal} bezwaarschriften ontvangen, {procent} meer dan in {jaar}.",
    "In de vergadering van {dag} is afgesproken dat DGOO het voortouw neemt.",
    "De Koning ondertekende het besluit op {datum}.",
    "De Europese Commissie heeft de aanbesteding goedgekeurd.",
    "Uit de Staat van het Bestuur {jaar} blijkt dat het vertrouwen is gedaald.",
    "De uitvoering ligt bij {org} en {org}.",
    "Het contract met Bakker B.V. loopt tot {datum}.",
    "Volgens Stichting De Jong Fonds komt de uitkering van {bedrag} in gevaar.",
    "Gemeente Den Haag en de provincie Zuid-Holland trekken samen op.",
    "Het project Nieuwe Haven loopt vertraging op.",
    "De minister van Binnenlandse Zaken en Koninkrijksrelaties is eerstverantwoordelijk.",
    "Het Wetboek van Strafvordering is hier niet van toepassing.",
    "In {plaats} is een informatieavond georganiseerd voor bewoners.",
    "De ICT-storing van {datum} duurde van {tijd} tot {tijd} uur.",
    "De kosten worden gedekt uit artikel 6 van de begroting (hoofdstuk VII).",
    "Albert Heijn en Jumbo hebben toegezegd mee te werken.",
    "De Johan Cruijff ArenA is op {datum} gebruikt als vaccinatielocatie.",
    "In het Anne Frank Huis werd de tentoonstelling geopend.",
    "Het Prins Bernhard Cultuurfonds draagt {bedrag} bij.",
    "De werkzaamheden aan de Haarlemmerweg duren tot eind {jaar}.",
    "De boer en de visser spraken namens hun sector in.",
    "Per {datum} is de regeling gewijzigd (Stcrt. {jaar}, {aantal}).",
    "De schade bedraagt naar schatting {bedrag}.",
    "In Alphen aan den Rijn en Capelle aan den IJssel is de proef gestart.",
    "Lees verder op pagina 12 of zie paragraaf 4.3.",
    "Het Openbaar Ministerie heeft de zaak geseponeerd.",
    "De Nationale ombudsman doet onderzoek naar de klachtafhandeling.",
    "De verwerking vindt plaats binnen de Europese Economische Ruimte.",
]

PERSOONLIJK = [
    "Ik heb dit afgestemd met {p2.naam} van {afd}.",
    "Zoals besproken met {p2.vn} stuur ik je hierbij de stukken.",
    "{p2.vn} neemt dit over tijdens mijn vakantie.",
    "Collega {p2.vol} ({afd}) is bereikbaar op {p2.tel}.",
    "Volgens {p2.heer} is de termijn inmiddels verstreken.",
    "Kun je {p3.vn} even bellen? Haar nummer is {tel}.",
    "Kun je {p3.vn} even bellen? Zijn nummer is {tel}.",
    "Het verzoek van {p3.heer} is op {datum} binnengekomen.",
    "{p3.heer} belde vanochtend met de vraag hoe het ervoor staat.",
    "Ik heb {p3.vol} gevraagd of zij de stukken wil nalopen.",
    "De melding is gedaan door {p3.vol}, wonende aan de {adres}.",
    "Betrokkene, {p3.vol}, geboren op {gebdatum}, verblijft sinds {jaar} in {plaats}.",
    "Mevrouw {p3.an} (geb. {gebdatum}) heeft bezwaar gemaakt.",
    "De heer {p3.an}, geboren {gebdatum} te {plaats}, is gehoord.",
    "Het BSN van betrokkene is {bsn}.",
    "Uw burgerservicenummer: {bsn}",
    "Wij maken het bedrag over op {iban} ten name van {p3.form}.",
    "Het voorschot is overgemaakt naar rekeningnummer {iban}.",
    "De auto met kenteken {kenteken} stond op de parkeerplaats van {org}.",
    "De bestelbus ({kenteken}) is op {datum} weggesleept.",
    "Het verzoek kwam binnen vanaf IP-adres {ip} om {tijd} uur.",
    "In de logbestanden zien we inlogpogingen vanaf {ip}.",
    "Graag contact opnemen met {p2.vn} via {p2.email} of {p2.tel}.",
    "Mail je reactie naar {email} en zet {p3.vn} in de cc.",
    "Ik heb ook {p4.form} en {p5.form} uitgenodigd.",
    "Aanwezig waren {p2.vol}, {p3.vol} en {p4.vol}.",
    "{p4.vol} merkt op dat de planning krap is.",
    "Dank voor je snelle reactie, {p2.vn}!",
    "De klacht van {p3.heer} tegen {org} is gegrond verklaard.",
    "Volgens {p2.titel} is er juridisch geen ruimte.",
    "Ik heb het advies van {p2.titel} doorgestuurd naar {pub.rolnaam}.",
    "{pub.rolnaam} heeft het stuk op {datum} gezien.",
    "Na overleg met {pub.rolnaam} is besloten de brief aan te passen.",
    "{p3.vn} {p3.an} woont op dit moment bij zijn broer in {plaats}.",
    "Op {datum} heeft {p4.naam} het dossier overgedragen aan {p5.naam}.",
    "Hij gaf aan dat {p5.vn} de contactpersoon blijft.",
    "De heer {p5.an} heeft zijn adres gewijzigd naar {adres}.",
    "Kopie aan: {p4.vol}, {p5.vol}",
    "Het huurcontract staat op naam van {p3.vol} en {p4.vol}.",
    "Het telefoonnummer van de aanvrager is {tel}.",
    "Bereikbaar via {tel} of per mail: {email}",
    "{p4.heer} van {org} heeft het concept gelezen.",
    "Het pand aan de {straat} wordt bewoond door de familie {p4.an}.",
    "De gegevens van {p3.vn} (BSN {bsn}) zijn doorgegeven aan {org}.",
    "Ik sprak gisteren met {p2.vn} en {p3.vn} over de planning.",
    "{p5.vol} is per {datum} in dienst getreden als {functie}.",
]

# --------------------------------------------------------------------------------------------
# Document skeletons
# --------------------------------------------------------------------------------------------


def alinea(doc: Document, aantal: int, aandeel_persoonlijk: float) -> None:
    for i in range(aantal):
        bron = PERSOONLIJK if doc.rng.random() < aandeel_persoonlijk else NEUTRAAL
        doc.zin(doc.rng.choice(bron))
        doc.tekst(" " if i < aantal - 1 and doc.rng.random() < 0.7 else "\n")
    doc.tekst("\n")


def kopregels(doc: Document, afzender: str, ontvangers: list[str], engels: bool = False) -> None:
    rng = doc.rng
    labels = (
        ("From", "Sent", "To", "Cc", "Subject") if engels else ("Van", "Verzonden", "Aan", "CC", "Onderwerp")
    )
    doc.zin(f"{labels[0]}: {{{afzender}.kop}}\n")
    d = datum(rng, 2020, 2024, stijl=1)
    doc.zin(f"{labels[1]}: {rng.choice(DAGEN)} {d} {{tijd}}\n")
    doc.tekst(f"{labels[2]}: ")
    for i, o in enumerate(ontvangers):
        if i:
            doc.tekst("; ")
        doc.zin(f"{{{o}.kop}}")
    doc.tekst("\n")
    if rng.random() < 0.6:
        doc.tekst(f"{labels[3]}: ")
        if rng.random() < 0.5:
            doc.zin("{p5.kop}")
        else:
            doc.zin("Postbus Woo <{functiemail}>")
        doc.tekst("\n")
    onderwerp = rng.choice(
        [
            "RE: Woo-verzoek {kenmerk}",
            "FW: concept nota",
            "Overleg {dag}",
            "Vraag over {wet}",
            "RE: RE: planning",
            "Terugbelverzoek",
            "Bezwaar {kenmerk}",
            "Afstemming begroting {jaar}",
        ]
    )
    doc.zin(f"{labels[4]}: {onderwerp}\n\n")


AFSLUITINGEN = [
    "Met vriendelijke groet,\n\n",
    "Met vriendelijke groet,\n",
    "Groet,\n",
    "Groeten,\n",
    "Vriendelijke groet,\n\n",
    "Hartelijke groet,\n",
    "Mvg,\n",
    "Kind regards,\n",
    "Met vriendelijke groeten,\n\n",
]


def handtekening(doc: Document, wie: str) -> None:
    doc.tekst(doc.rng.choice(AFSLUITINGEN))
    doc.zin(f"{{{wie}.sig}}\n")


def maak_email(doc: Document) -> None:
    rng = doc.rng
    kopregels(doc, "p1", ["p2"] + (["p3"] if rng.random() < 0.4 else []), engels=rng.random() < 0.2)
    doc.zin("{p2.aanhef}\n\n")
    alinea(doc, rng.randint(3, 8), 0.4)
    if rng.random() < 0.7:
        alinea(doc, rng.randint(2, 6), 0.35)
    handtekening(doc, "p1")
    if rng.random() < 0.5:  # quoted earlier message
        doc.tekst("\n-----Oorspronkelijk bericht-----\n")
        kopregels(doc, "p2", ["p1"])
        doc.zin("{p1.aanhef}\n\n")
        alinea(doc, rng.randint(2, 6), 0.4)
        handtekening(doc, "p2")


def maak_nota(doc: Document) -> None:
    rng = doc.rng
    doc.zin(f"Nota aan de {rng.choice(['minister', 'staatssecretaris', 'SG', 'DG'])}\n\n")
    doc.zin("Van: {p1.vol}, {afd}\n")
    doc.zin("Datum: {datum}\nKenmerk: {kenmerk}\n")
    doc.zin("Kopie aan: SG, pSG, {afd}\n")
    doc.zin("Contactpersoon: {p1.form}, T {p1.tel}\n\n")
    doc.tekst("Aanleiding\n")
    alinea(doc, rng.randint(2, 4), 0.2)
    doc.tekst("Beslispunten\n")
    doc.zin("1. Akkoord te gaan met de brief aan de Tweede Kamer ({kst}).\n")
    doc.zin("2. Kennis te nemen van het advies van {p2.titel} ({afd}).\n\n")
    doc.tekst("Kernpunten\n")
    alinea(doc, rng.randint(4, 9), 0.3)
    doc.tekst("Toelichting\n")
    alinea(doc, rng.randint(4, 9), 0.25)
    if rng.random() < 0.5:
        doc.zin("Afgestemd met: {p3.vol} (FEZ), {p4.form} (DJZ)\n")
    doc.zin("Paraaf DG: {pub.form}\n")


def maak_brief(doc: Document) -> None:
    rng = doc.rng
    doc.zin("{postbus}\n\n")
    doc.zin("{p1.heer}\n{adresblok}\n\n")
    doc.zin("Datum {datum}\nBetreft Uw aanvraag\nOns kenmerk {kenmerk}\n\n")
    doc.zin("{p1.aanhef}\n\n")
    doc.zin("Op {datum} hebben wij uw aanvraag ontvangen. ")
    alinea(doc, rng.randint(3, 7), 0.15)
    keuze = rng.random()
    if keuze < 0.4:
        doc.zin(
            "Uw gegevens\nNaam: {p1.vol}\nGeboortedatum: {gebdatum}\nBSN: {bsn}\nRekeningnummer: {iban}\n\n"
        )
    elif keuze < 0.7:
        doc.zin(
            "Wij maken {bedrag} over op rekening {iban} t.n.v. {p1.form}. "
            "Vermeld bij contact altijd uw burgerservicenummer ({bsn}).\n\n"
        )
    else:
        doc.zin("Wij hebben uw gegevens gecontroleerd (geboren {gebdatum}, BSN {bsn}).\n\n")
    alinea(doc, rng.randint(1, 3), 0.1)
    doc.zin("Heeft u vragen? Bel dan met {p2.vn} {p2.an} via {p2.tel}.\n\n")
    doc.tekst("Hoogachtend,\n\nDe minister van Binnenlandse Zaken en Koninkrijksrelaties,\nnamens deze,\n\n")
    if rng.random() < 0.5:
        doc.zin("{pub.vol}\n{pub.rol}\n")
    else:
        doc.zin("{p3.titel}\nTeamleider Uitvoering\n")


def maak_chat(doc: Document) -> None:
    rng = doc.rng
    sprekers = ["p1", "p2"] + (["p3"] if rng.random() < 0.5 else [])
    stijl = rng.randint(0, 2)
    doc.tekst(rng.choice(["Export WhatsApp-chat\n\n", "Chatgeschiedenis Teams\n\n", ""]))
    berichten = [
        "Hoi {pX.vn}, heb je de nota al gezien?",
        "Ja, ik kijk er vanmiddag naar.",
        "Kun je me even bellen? {tel}",
        "Is goed. Ik zit in {plaats} vandaag.",
        "{pub.rolnaam} wil het stuk morgen hebben.",
        "Ok top, dank {pX.vn}!",
        "Ik heb {p4.vol} ook even gemaild.",
        "Mijn nieuwe nummer is {tel}",
        "Stuur je het naar {email}?",
        "Nee, dat is {functiemail}.",
        "Wie is die {p4.heer} eigenlijk?",
        "Staat in het Woo-verzoek {kenmerk}.",
        "Zie {art}.",
        "Lol, ja.",
        "Zijn auto ({kenteken}) staat nog bij de ingang.",
        "{p4.vn} is ziek vandaag.",
        "Dat is de zaak van {p4.vol}, BSN {bsn}.",
        "Het ging om {bedrag}, niet om meer.",
        "Zal ik {p4.vn} vragen?",
        "👍",
        "Dank je! Fijn weekend.",
        "Ik ben er om {tijd}.",
        "Meeting verzet naar {dag}.",
        "Heb je het adres? {adres}",
        "Check {kst}",
    ]
    for i in range(rng.randint(10, 30)):
        wie = sprekers[i % len(sprekers)] if rng.random() < 0.7 else rng.choice(sprekers)
        ander = rng.choice([s for s in sprekers if s != wie])
        d = datum(rng, 2021, 2024, stijl=0)
        if stijl == 0:
            doc.zin(f"[{d} {{tijd}}] {{{wie}.spreker}}: ")
        elif stijl == 1:
            doc.zin(f"{d}, {{tijd}} - {{{wie}.spreker}}: ")
        else:
            doc.zin(f"{{{wie}.spreker}} {{tijd}}\n")
        doc.zin(rng.choice(berichten).replace("pX", ander) + "\n")


def maak_notulen(doc: Document) -> None:
    rng = doc.rng
    doc.zin("Verslag overleg {afd}\nDatum: {datum}\nLocatie: {plaats}\n\n")
    doc.zin("Aanwezig: {p1.vol} (voorzitter), {p2.vol}, {p3.form}, {p4.titel} (notulist)\n")
    if rng.random() < 0.5:
        doc.zin("Afwezig: {p5.vol} (met kennisgeving)\n")
    doc.tekst("\n1. Opening\n")
    doc.zin("{p1.vn} opent de vergadering om {tijd} uur en heet iedereen welkom.\n\n")
    doc.tekst("2. Stand van zaken\n")
    alinea(doc, rng.randint(4, 9), 0.35)
    doc.zin("{p2.vn} licht toe dat {org} uitstel heeft gevraagd.\n")
    doc.zin("{p3.an} vraagt of {wet} hierop van toepassing is; zie {art}.\n\n")
    doc.tekst("3. Rondvraag\n")
    alinea(doc, rng.randint(1, 3), 0.3)
    doc.tekst("\nActiepunten\n")
    doc.zin("- {p2.vol}: nota aanpassen voor {datum}\n")
    doc.zin("- {p3.an}: navragen bij {org}\n")
    doc.zin("- {p4.vn}: verslag rondsturen\n")


def maak_woo(doc: Document) -> None:
    rng = doc.rng
    doc.zin("{postbus}\n\n")
    doc.zin("{p1.heer}\n{adresblok}\n\n")
    doc.zin("Datum {datum}\nOnderwerp Besluit op uw Woo-verzoek\nKenmerk {kenmerk}\n\n")
    doc.zin("{p1.aanhef}\n\n")
    doc.zin("In uw e-mail van {datum} heeft u met een beroep op {wet} verzocht om documenten over {org}. ")
    doc.zin("U heeft uw verzoek verzonden vanaf {email}. ")
    alinea(doc, rng.randint(4, 8), 0.15)
    doc.tekst("Inventarisatie\n")
    doc.zin(
        "Er zijn {aantal} documenten aangetroffen. In de documenten komen namen en "
        "contactgegevens van medewerkers voor, zoals {p2.vol} en {p3.form}. "
        "Deze worden gelakt op grond van {art}.\n\n"
    )
    if rng.random() < 0.5:
        doc.zin("De namen van {pub.rolnaam} en andere bewindspersonen worden niet gelakt.\n\n")
    alinea(doc, rng.randint(1, 3), 0.2)
    doc.tekst("Hoogachtend,\n\nde minister voornoemd,\nnamens deze,\n\n")
    doc.zin("{p4.titel}\nDirecteur Openbaarheid\n")


def maak_formulier(doc: Document) -> None:
    rng = doc.rng
    doc.zin(
        rng.choice(["Meldingsformulier overlast\n", "Aanvraagformulier tegemoetkoming\n", "Intake klacht\n"])
    )
    doc.zin("Ingediend op: {datum} om {tijd}\nReferentie: {kenmerk}\n\n")
    velden = [
        "Naam aanvrager: {p1.vol}",
        "Geboortedatum: {gebdatum}",
        "Geb. datum: {gebdatum}",
        "Adres: {straat}",
        "Postcode: {postcode}",
        "Woonplaats: {plaats}",
        "Telefoonnummer: {tel}",
        "Mobiel: {tel}",
        "E-mailadres: {p1.email}",
        "Burgerservicenummer: {bsn}",
        "BSN: {bsn}",
        "IBAN: {iban}",
        "Kenteken voertuig: {kenteken}",
        "IP-adres indiening: {ip}",
        "Naam contactpersoon: {p2.heer}",
        "Gemeente: {plaats}",
        "Bedrag: {bedrag}",
        "Wet: {wet}",
    ]
    for veld in rng.sample(velden, rng.randint(7, 13)):
        doc.zin(veld + "\n")
    doc.tekst("\nToelichting:\n")
    alinea(doc, rng.randint(1, 4), 0.45)


def maak_log(doc: Document) -> None:
    rng = doc.rng
    doc.zin("Incidentrapportage {kenmerk}\nOpgesteld door: {p1.vol} ({afd})\n\n")
    doc.tekst("Tijdlijn\n")
    for _ in range(rng.randint(4, 10)):
        d = datum(rng, 2023, 2024, stijl=3)
        keuze = rng.random()
        if keuze < 0.4:
            doc.zin(f"{d} {{tijd}}:{rng.randint(10, 59)} {{ip}} POST /login 401 user={{p2.email}}\n")
        elif keuze < 0.6:
            doc.zin(f"{d} {{tijd}} upgrade naar versie {{versie}} uitgevoerd\n")
        elif keuze < 0.8:
            doc.zin(f"{d} {{tijd}} melding door {{p3.vol}} (tel. {{p3.tel}})\n")
        else:
            doc.zin(f"{d} {{tijd}} zie paragraaf 5.1.2.3 van het draaiboek\n")
    doc.tekst("\nAnalyse\n")
    alinea(doc, rng.randint(2, 4), 0.3)


MAKERS = {
    "email": (maak_email, 30),
    "nota": (maak_nota, 13),
    "brief": (maak_brief, 15),
    "chat": (maak_chat, 12),
    "notulen": (maak_notulen, 10),
    "woo_besluit": (maak_woo, 10),
    "formulier": (maak_formulier, 7),
    "incident": (maak_log, 4),
}


def maak(aantal: int = AANTAL, seed: int = SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    namen = Namen(rng)
    soorten = list(MAKERS)
    gewichten = [MAKERS[s][1] for s in soorten]
    documenten = []
    for i in range(aantal):
        soort = rng.choices(soorten, gewichten)[0]
        doc = Document(rng=rng, namen=namen, soort=soort)
        MAKERS[soort][0](doc)
        tekst = "".join(doc.delen)
        for s in doc.spans:
            assert tekst[s["start"] : s["end"]].strip() == tekst[s["start"] : s["end"]]  # type: ignore[misc]
        documenten.append(
            {
                "id": f"doc-{i + 1:04d}",
                "soort": soort,
                "tekst": tekst,
                "spans": doc.spans,
                "publiek": doc.publiek,
            }
        )
    return documenten


# --------------------------------------------------------------------------------------------
# Part 2 (added after the first version; the first AANTAL documents are unchanged): harder
# cases — names without any context, in capitals, lowercase in chats, possessives, initials
# only, obfuscated e-mail addresses, compact plates and IBANs, birth dates before the keyword
# or in table columns, streets named after people, companies named after people, amounts that
# pass the 11-proef, laws and motions named after people.
# --------------------------------------------------------------------------------------------

AANTAL_2 = 120
SEED_2 = 20240601

BEDRIJVEN_MET_NAAM = [
    "Jansen Bouw B.V.",
    "De Vries Schoonmaak",
    "Smit Transport",
    "Café De Jonge",
    "Hotel Van der Valk",
    "Restaurant De Kok",
    "Maatschap Huisartsen De Vries & Partners",
    "Stichting Jan Pieter Heije",
    "Vereniging Eigen Huis",
    "Bakkerij Van Dam",
    "Autobedrijf Mulder",
    "Notariskantoor Hendriks & Van Leeuwen",
    "Installatietechniek Bos",
    "Kapsalon Yılmaz",
    "Taxibedrijf El Amrani",
    "Adviesbureau Dijkstra & Co",
    "Aannemersbedrijf Gebr. Visser",
    "Zorggroep Ter Weel",
    "Garage Peters",
]
STRATEN_PERSOON = [
    "Johan de Wittlaan",
    "Anne Frankstraat",
    "Van Speijkstraat",
    "Willem de Zwijgerlaan",
    "Hugo de Grootstraat",
    "Jacob van Lennepkade",
    "Mr. P.J. Troelstraweg",
    "Dr. Schaepmanstraat",
    "Burgemeester De Vlugtlaan",
    "Pieter Calandlaan",
    "Jan van Galenstraat",
    "Abel Tasmanstraat",
    "Aletta Jacobslaan",
    "Marie Curiestraat",
    "Prof. Bronkhorstlaan",
    "2e Hugo de Grootstraat",
]


def _kenteken_compact(rng: random.Random) -> str:
    return kenteken(rng).replace("-", "")


def _iban_klein(rng: random.Random) -> str:
    waarde = iban(rng).replace(" ", "")
    return (
        waarde.lower()
        if rng.random() < 0.5
        else " ".join(waarde[i : i + 4] for i in range(0, len(waarde), 4))
    )


def _bedrag_11proef(rng: random.Random) -> str:
    b = bsn_geldig(rng)
    return f"€ {b[:3]}.{b[3:6]}.{b[6:]}"


def _getal_11proef(rng: random.Random) -> str:
    return bsn_geldig(rng)


NEGATIEF.update(
    {
        "bedrijfnaam": lambda r: r.choice(BEDRIJVEN_MET_NAAM),
        "bedrag11": _bedrag_11proef,
        "getal11": _getal_11proef,
    }
)


def _vul2(doc: Document, sleutel: str) -> list[Seg] | None:
    """Extra placeholders of part 2; None when the key is not one of them."""
    rng = doc.rng
    P = "PERSOON"
    if "." in sleutel and sleutel[0] == "p" and sleutel[1].isdigit():
        naam, veld = sleutel.split(".", 1)
        p = doc.persoon(naam)
        if veld == "hoofd":
            if rng.random() < 0.5:
                return [(f"{p.an.upper()}, {p.init}", P)]
            return [(p.vol().upper(), P)]
        if veld == "klein":
            return [(p.vn.lower(), P)]
        if veld == "bezit":
            achter = p.achter(rng)
            return [(achter + ("'" if achter.endswith(("s", "z", "x")) else "s"), P)]
        if veld == "initialen":
            letters = p.vn[0] + (p.tv[0].lower() if p.tv else "") + p.an[0]
            return [(letters.upper() if not p.tv else letters, P)]
        if veld == "kop2":
            vorm = rng.randint(0, 3)
            if vorm == 0:
                return [('"', None), (p.omgekeerd(rng), P), ('" <', None), (p.email, "EMAIL"), (">", None)]
            if vorm == 1:
                return [
                    (f"{p.an}, {p.init}", P),
                    (" (", None),
                    (p.vn, P),
                    (f") - {p.afdeling} <", None),
                    (p.email, "EMAIL"),
                    (">", None),
                ]
            if vorm == 2:
                return [(p.vol(), P), (" [", None), (p.email, "EMAIL"), ("]", None)]
            return [(p.vol().upper(), P), (" <", None), (p.email, "EMAIL"), (">", None)]
        return None
    if sleutel == "email_obf":
        e = doc.namen.nieuw().email
        lokaal, dom = e.split("@")
        vorm = rng.choice([f"{lokaal}[at]{dom}", f"{lokaal} (at) {dom}", f"{lokaal} @ {dom}"])
        return [(vorm, "EMAIL")]
    if sleutel == "tel_compact":
        return [(re.sub(r"[\s()-]", "", telefoon(rng)).replace("+31(0)", "+31"), "TELEFOON")]
    if sleutel == "kenteken_compact":
        return [(_kenteken_compact(rng), "KENTEKEN")]
    if sleutel == "iban_klein":
        return [(_iban_klein(rng), "IBAN")]
    if sleutel == "bsn_streep":
        b = bsn_geldig(rng)
        return [(f"{b[:3]}-{b[3:6]}-{b[6:]}", "BSN")]
    if sleutel == "straatpersoon":
        return [(f"{rng.choice(STRATEN_PERSOON)} {huisnummer(rng)}", "POSTCODE_ADRES")]
    if sleutel == "gebdatum_kaal":
        return [(datum(rng, 1938, 2006, stijl=rng.choice([0, 3, 4])), "GEBOORTEDATUM")]
    return None


_vul_oud = Document.vul


def _vul_nieuw(self: Document, sleutel: str) -> list[Seg]:
    extra = _vul2(self, sleutel)
    return extra if extra is not None else _vul_oud(self, sleutel)


Document.vul = _vul_nieuw  # type: ignore[method-assign]

MOEILIJK = [
    "Volgens {p2.vol} is dat niet haalbaar binnen de termijn.",
    "{p2.vol} gaf aan dat de stukken pas volgende week komen.",
    "Zoals in {p2.bezit} mail staat, is de termijn verstreken.",
    "Ik heb {p3.bezit} opmerkingen verwerkt in versie 3.",
    "Met dank aan {p2.vn} en {p3.vn} voor het meedenken.",
    "{p2.vol} ({bedrijfnaam}) was aanwezig namens de aannemer.",
    "De heer {p3.an} van {bedrijfnaam} belde over de factuur.",
    "Wij hebben {p4.vol} en haar partner {p5.vn} uitgenodigd voor een gesprek.",
    "Zijn dochter {p4.vn} zit op de Hogeschool Rotterdam.",
    "Telefonisch contact met {p2.vn} ({p2.tel}) op {datum}.",
    "Reactie ontvangen van {email_obf}.",
    "Hij is te bereiken via tel:{tel_compact}.",
    "Kenteken {kenteken_compact} is op naam van {p3.vol} gesteld.",
    "Het voertuig met kenteken {kenteken_compact} is gesignaleerd in {plaats}.",
    "Het rekeningnummer is {iban_klein}.",
    "Burgerservicenummer {bsn_streep} is onjuist geregistreerd.",
    "Het adres is gewijzigd naar {straatpersoon}, {pcplaats}.",
    "Betrokkene woont aan de {straatpersoon} in {plaats}.",
    "Hij is op {gebdatum} geboren in {plaats}.",
    "Mevrouw {p3.an} ({gebdatum}) is de moeder van {p4.vn}.",
    "Het bedrag van {bedrag11} is gereserveerd voor {org}.",
    "Factuurnummer {getal11} is op {datum} betaald.",
    "De Wet Hillen is in {jaar} ingevoerd.",
    "De motie-Omtzigt ({kst}) vraagt om een nieuwe reactie.",
    "Het amendement-Van der Molen is verworpen.",
    "Ik haalde koffie bij de Zeeman en de Hema.",
    "Het Thorbeckehuis en het Van Gogh Museum zijn tijdelijk gesloten.",
    "De Erasmusbrug was op {datum} afgesloten.",
    "In Emmen, Epe en Ermelo is de proef uitgebreid.",
    "Koning Willem-Alexander en Prinses Amalia openden het gebouw.",
    "{bedrijfnaam} en {bedrijfnaam} hebben ingeschreven op de aanbesteding.",
    "Offerte ontvangen van {bedrijfnaam}.",
    "Het nummer van de Belastingtelefoon is 0800-0543.",
    "Het algemene nummer van de gemeente is 14 020.",
    "In paragraaf 2.3.4.1 staat hoe de weging werkt.",
    "De upgrade naar versie 10.0.19045.2965 is uitgevoerd.",
    "De ingangsdatum is {datum}; de regeling loopt tot {datum}.",
    "Zij is geboren en getogen in {plaats}.",
    "Het geboortecijfer daalde in {jaar} met {procent}.",
    "Zie ECLI:NL:HR:2020:1234 en ECLI:NL:RVS:2021:2345.",
    "De bakker, de slager en de visser in het dorp zijn gesloten.",
    "Bij de Albert Heijn op de hoek is een pinautomaat.",
    "De familie {p4.an} is verhuisd naar {plaats}.",
    "{p4.titel} en {p5.titel} hebben het advies ondertekend.",
    "Op {datum} sprak ik {p2.vn} {p2.an} en {p5.form} over het dossier.",
    "Vandaag belde {p3.vn} weer, ze was erg boos over de gang van zaken.",
    "Sinds {jaar} werkt {p5.vol} als {functie} bij {org}.",
    "Graag uw reactie voor {datum}. Paraaf: {p2.initialen}",
]


def maak_telefoonnotitie(doc: Document) -> None:
    rng = doc.rng
    doc.zin(
        "Telefoonnotitie\nDatum: {datum}\nGesprek met: {p1.naam}\nTelefoonnummer: {p1.tel}\n"
        "Opgesteld door: {p2.vol}\n\n"
    )
    for _ in range(rng.randint(4, 9)):
        doc.zin(rng.choice(MOEILIJK + PERSOONLIJK + NEUTRAAL))
        doc.tekst(" " if rng.random() < 0.6 else "\n")
    doc.zin("\nAfspraak: {p1.vn} wordt op {datum} teruggebeld door {p2.vn}.\n")


def maak_tabel(doc: Document) -> None:
    rng = doc.rng
    doc.zin("Export registratie {kenmerk}\n\n")
    scheiding = rng.choice([";", "\t", " | "])
    doc.tekst(scheiding.join(["Naam", "Geboortedatum", "BSN", "Woonplaats", "Telefoon"]) + "\n")
    for i in range(rng.randint(4, 10)):
        sleutel = f"p{i + 1}"
        p = doc.persoon(sleutel) if i < 6 else doc.namen.nieuw()
        vorm = rng.random()
        if vorm < 0.4:
            doc.pii(p.vol(), "PERSOON")
        elif vorm < 0.7:
            doc.pii(f"{p.an}, {p.vn}{' ' + p.tv if p.tv else ''}", "PERSOON")
        else:
            doc.pii(p.formeel().upper(), "PERSOON")
        doc.tekst(scheiding)
        doc.segs(_vul2(doc, "gebdatum_kaal") or [])
        doc.tekst(scheiding)
        doc.pii(bsn_geldig(rng), "BSN")
        doc.tekst(scheiding + rng.choice(PLAATSEN) + scheiding)
        doc.pii(p.tel, "TELEFOON")
        doc.tekst("\n")
    doc.tekst("\n")
    alinea(doc, rng.randint(1, 3), 0.2)


def maak_bezwaar(doc: Document) -> None:
    rng = doc.rng
    doc.zin("{p1.vol}\n{adresblok}\n{p1.email}\n\n")
    doc.zin("Aan de minister van Binnenlandse Zaken en Koninkrijksrelaties\n{postbus}\n\n")
    doc.zin("{plaats}, {datum}\n\nBetreft: bezwaar tegen besluit {kenmerk}\n\n")
    doc.tekst("Geachte heer, mevrouw,\n\n")
    doc.zin("Hierbij maak ik bezwaar tegen uw besluit van {datum}. ")
    for _ in range(rng.randint(4, 9)):
        doc.zin(rng.choice(MOEILIJK + NEUTRAAL))
        doc.tekst(" " if rng.random() < 0.6 else "\n\n")
    doc.zin("\nMijn BSN is {bsn} en mijn rekeningnummer {iban_klein}.\n\n")
    doc.tekst(rng.choice(["Hoogachtend,\n\n", "Met vriendelijke groet,\n\n"]))
    doc.zin("{p1.vol}\n\nBijlage: kopie besluit\n")


def maak_klachtchat(doc: Document) -> None:
    rng = doc.rng
    berichten = [
        "hoi {pX.klein}, heb je {p4.klein} al gebeld?",
        "nee nog niet, doe ik zo",
        "{p4.vn} zegt dat het adres niet klopt",
        "wat is zn nummer? {tel_compact}",
        "ok. zn kenteken is {kenteken_compact} trouwens",
        "lol",
        "ik ben er om {tijd}",
        "heb je {p5.bezit} mail gezien?",
        "ja. zie {art}",
        "stuur maar naar {email_obf}",
        "{p5.hoofd} heeft weer gebeld",
        "ik zit in {plaats}",
        "👍",
        "top, thx {pX.vn}",
        "zn bsn is {bsn}",
        "geboren {gebdatum} volgens het dossier",
    ]
    for i in range(rng.randint(10, 24)):
        wie, ander = ("p1", "p2") if i % 2 == 0 else ("p2", "p1")
        doc.zin(f"[{{tijd}}] {{{wie}.spreker}}: ")
        doc.zin(rng.choice(berichten).replace("pX", ander) + "\n")


def maak_email_moeilijk(doc: Document) -> None:
    rng = doc.rng
    doc.zin("Van: {p1.kop2}\nVerzonden: {datum} {tijd}\nAan: {p2.kop2}; {p3.kop2}\nOnderwerp: {kenmerk}\n\n")
    doc.zin("{p2.aanhef}\n\n")
    for _ in range(rng.randint(4, 10)):
        doc.zin(rng.choice(MOEILIJK))
        doc.tekst(" " if rng.random() < 0.65 else "\n\n")
    doc.tekst("\n" + rng.choice(["Groet,\n", "Met vriendelijke groet,\n\n", "Gr,\n"]))
    doc.zin(rng.choice(["{p1.initialen}\n", "{p1.vn}\n", "{p1.vol}\n{functie}\n"]))


MAKERS_2 = {
    "telefoonnotitie": (maak_telefoonnotitie, 20),
    "tabel": (maak_tabel, 12),
    "bezwaar": (maak_bezwaar, 20),
    "chat": (maak_klachtchat, 16),
    "email": (maak_email_moeilijk, 32),
}


def maak_deel2(aantal: int = AANTAL_2, seed: int = SEED_2, begin: int = AANTAL) -> list[dict[str, object]]:
    rng = random.Random(seed)
    namen = Namen(rng)
    soorten = list(MAKERS_2)
    gewichten = [MAKERS_2[s][1] for s in soorten]
    documenten = []
    for i in range(aantal):
        soort = rng.choices(soorten, gewichten)[0]
        doc = Document(rng=rng, namen=namen, soort=soort)
        if soort != "tabel" and rng.random() < 0.35:
            doc.publiek.append("Pieter Omtzigt")
        if rng.random() < 0.3:
            doc.publiek.append("Kees van der Molen")
        MAKERS_2[soort][0](doc)
        tekst = "".join(doc.delen)
        # Members of parliament named in a motion or amendment act in a public role.
        for publiek, teken in (
            ("Pieter Omtzigt", "motie-Omtzigt"),
            ("Kees van der Molen", "amendement-Van der Molen"),
        ):
            if teken in tekst and publiek not in doc.publiek:
                doc.publiek.append(publiek)
        documenten.append(
            {
                "id": f"doc-{begin + i + 1:04d}",
                "soort": soort,
                "tekst": tekst,
                "spans": doc.spans,
                "publiek": doc.publiek,
            }
        )
    return documenten


# --------------------------------------------------------------------------------------------
# Part 3: hand-written documents (handgeschreven.txt), annotated inline as {{LABEL|text}}.
# --------------------------------------------------------------------------------------------

_MARKERING = re.compile(r"\{\{([A-Z_]+)\|(.*?)\}\}", re.DOTALL)


def maak_deel3(begin: int) -> list[dict[str, object]]:
    bron = Path(__file__).with_name("handgeschreven.txt").read_text(encoding="utf-8")
    regels = [r for r in bron.splitlines(keepends=True) if not r.startswith("#")]
    blokken = re.split(r"(?m)^=== (\w+)\n", "".join(regels))
    documenten = []
    for n, (soort, ruw) in enumerate(zip(blokken[1::2], blokken[2::2], strict=True)):
        publiek: list[str] = []
        if ruw.startswith("publiek:"):
            eerste, ruw = ruw.split("\n", 1)
            publiek = [p.strip() for p in eerste.split(":", 1)[1].split(";")]
        tekst, spans, pos = "", [], 0
        for m in _MARKERING.finditer(ruw):
            tekst += ruw[pos : m.start()]
            spans.append({"start": len(tekst), "end": len(tekst) + len(m.group(2)), "label": m.group(1)})
            tekst += m.group(2)
            pos = m.end()
        tekst += ruw[pos:]
        documenten.append(
            {
                "id": f"doc-{begin + n + 1:04d}",
                "soort": soort,
                "tekst": tekst.strip("\n") + "\n",
                "spans": spans,
                "publiek": publiek,
            }
        )
    return documenten


def main() -> None:
    parser = argparse.ArgumentParser(description="Make the evaluation corpus.")
    parser.add_argument(
        "--controle", action="store_true", help="write the held-out control set (other seeds) instead"
    )
    args = parser.parse_args()
    if args.controle:
        documenten = maak(120, SEED + 1) + maak_deel2(60, SEED_2 + 1, begin=120)
        uit = UIT.with_name("corpus_controle.jsonl")
    else:
        documenten = maak() + maak_deel2()
        documenten += maak_deel3(len(documenten))
        uit = UIT
    with uit.open("w", encoding="utf-8") as f:
        for d in documenten:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    spans = sum(len(d["spans"]) for d in documenten)  # type: ignore[arg-type]
    print(f"{len(documenten)} documenten, {spans} spans -> {uit}")


if __name__ == "__main__":
    main()
