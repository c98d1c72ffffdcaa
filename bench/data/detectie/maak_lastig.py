"""Generate the "lastig" (tricky) split of the detector corpus: the cases of issue 15 §3.

    python bench/data/detectie/maak_lastig.py     # writes lastig_ontwikkel.jsonl, lastig_controle.jsonl

Seeded and deterministic; every document is fictional and written for this project. Each
category has two sets of phrasings and two pools of names and units: the development split
(``lastig_ontwikkel.jsonl``) uses set A, the held-out control split (``lastig_controle.jsonl``)
set B, with other seeds. Set B was written together with set A, before the detector was tuned,
and the detector was not tuned on it: it stands in for "material the project does not have".

Categories: phone numbers outside today's number ranges and in other groupings, beside case
numbers, amounts, dates and postcodes; names of units and function titles in headers, sender
lines and signatures (from the BZK register in ``data/bzk-2021/eenheden.yaml`` and invented
ones that no register holds); surnames with a capitalised tussenvoegsel at the start of a
sentence; first names alone after a greeting (also names no list holds), and again later in the
text; birth dates without "geboren" (table columns, "geb.", "d.o.b.", a date after a name in a
list of persons) beside dates of meetings, letters and signatures; functional mailboxes.

Each line: ``id``, ``soort``, ``tekst``, ``spans`` (gold personal data: ``start``, ``end``,
``label``, the same conventions as ``maak_corpus.py``), ``behouden`` (spans that must stay
readable: ``start``, ``end``, ``soort`` in EENHEID, FUNCTIE, DATUM, NUMMER, FUNCTIONEEL_ADRES),
``publiek`` (empty).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import yaml

HIER = Path(__file__).resolve().parent
REGISTER = HIER.parents[2] / "data" / "bzk-2021" / "eenheden.yaml"
AANTAL = 90

MAANDEN = "januari februari maart april mei juni juli augustus september oktober november december".split()

# --- pools: A for development, B for the held-out control split -------------------------------

VOORNAMEN = {
    "A": """Robby Fatima Anouk Jurgen Zwanetta Djamila Mehmet Sanne Wietske Priya Kofi Bartje Leontien
    Gerrit-Jan Yusuf Marloes Tjalling Shanti Ilse Dewi Noud Kiki Ravi Hatice""".split(),
    "B": """Sjoukje Rachid Ymkje Dorus Chaimae Brent Ferdi Lotte Ruchama Jochem Esmée Tayfun Wubbo
    Nadia Gijsbert Merve Rik Aafke Oguz Jolanda Sietse Nurhan Thijmen Famke""".split(),
}
TV_ACHTERNAMEN = {
    "A": [
        ("Van den", "Broek"),
        ("Van der", "Sluis"),
        ("Van de", "Wetering"),
        ("Van der", "Zwaluw"),
        ("Ten", "Hove"),
        ("Van 't", "Klooster"),
        ("Van der", "Heijden"),
        ("De", "Roos"),
        ("Van", "Kempen"),
        ("Van den", "Akker"),
    ],
    "B": [
        ("Van der", "Brugge"),
        ("Van de", "Poel"),
        ("Ter", "Horst"),
        ("Van den", "Hazel"),
        ("Van 't", "Hof"),
        ("Van der", "Kamp"),
        ("Van", "Leeuwen"),
        ("Ten", "Brinke"),
        ("Van den", "Oetelaar"),
        ("Van der", "Wiel"),
    ],
}
ACHTERNAMEN = {
    "A": "Wolters Kwakman Biharie Ouali Stoffels Hulshof Kok Yildiz Dekkers Mertens".split(),
    "B": "Brinkhuis Sewnath Amrani Lammers Zijlstra Hoekman Aydın Veldhuis Rozendaal Schipper".split(),
}
ONDERWERPEN = {
    "A": """Woningmarkt Informatiehuishouding Weerbaarheid Participatie Huisvesting Burgerzaken
    Arbeidszaken Dienstverlening""".split(),
    "B": """Ruimtelijke Ordening|Democratie|Digitale Overheid|Bestuurlijke Zaken|Energietransitie|
    Leefomgeving|Inkoop|Integriteit""".replace("\n", "").split("|"),
}
EENHEIDSWOORDEN = {
    "A": ["Secretariaat", "Team", "Directie", "Afdeling", "Cluster", "Programma"],
    "B": ["Stafbureau", "Bureau", "Kenniscentrum", "Werkgroep", "Directoraat", "Sector"],
}
FUNCTIES = {
    "A": [
        "Coördinator Woo",
        "Senior Beleidsmedewerker",
        "Woordvoerder",
        "Teamleider {o}",
        "Jurist",
        "Adviseur {o}",
    ],
    "B": [
        "Projectsecretaris",
        "Strategisch Adviseur",
        "Adjunct-directeur {o}",
        "Kwartiermaker {o}",
        "Beleidsadviseur",
        "Programmamanager {o}",
    ],
}
FUNCTIONEEL = {
    "A": [
        "woo-verzoeken@minbzk.nl",
        "info@rijksoverheid.nl",
        "postbus@gemeente-zeewolde.nl",
        "woo@minfin.nl",
    ],
    "B": [
        "secretariaat.dgo@minbzk.nl",
        "servicedesk@rvo.nl",
        "noreply@mijnoverheid.nl",
        "klachten@belastingdienst.nl",
        "privacy@minjenv.nl",
    ],
}
DOMEINEN = ["minbzk.nl", "gmail.com", "outlook.com", "ziggo.nl", "rijksoverheid.nl", "kpnmail.nl"]
NETNUMMERS = ["010", "020", "030", "033", "040", "043", "050", "053", "058", "070", "071", "073", "076"]
NETNUMMERS_4 = [
    "0111",
    "0162",
    "0172",
    "0182",
    "0222",
    "0252",
    "0299",
    "0313",
    "0343",
    "0413",
    "0492",
    "0591",
]
PLAATSEN = ["Den Haag", "Utrecht", "Zwolle", "Groningen", "Tilburg", "Assen"]


def _register() -> list[tuple[str, str]]:
    with REGISTER.open(encoding="utf-8") as f:
        eenheden = yaml.safe_load(f)
    uit = []
    for e in eenheden:
        naam, afk = e.get("naam") or "", e.get("afkorting") or ""
        if e.get("soort") in ("directie", "afdeling", "cluster", "directoraat_generaal", "team", "programma"):
            uit.append((naam, afk))
    return uit


# --- a document as segments ---------------------------------------------------------------------


class Doc:
    def __init__(self, rng: random.Random, pool: str, jaar: int) -> None:
        self.rng, self.pool, self.jaar = rng, pool, jaar
        self.delen: list[tuple[str, str | None]] = []

    def t(self, tekst: str) -> None:
        self.delen.append((tekst, None))

    def p(self, tekst: str, label: str) -> None:
        self.delen.append((tekst, label))

    def k(self, tekst: str, soort: str) -> None:
        self.delen.append((tekst, "~" + soort))

    def uit(self, nr: str, soort: str) -> dict[str, object]:
        tekst, spans, behouden = "", [], []
        for stuk, label in self.delen:
            if label and label.startswith("~"):
                behouden.append({"start": len(tekst), "end": len(tekst) + len(stuk), "soort": label[1:]})
            elif label:
                spans.append({"start": len(tekst), "end": len(tekst) + len(stuk), "label": label})
            tekst += stuk
        return {"id": nr, "soort": soort, "tekst": tekst, "spans": spans, "behouden": behouden, "publiek": []}

    # values
    def kies(self, pool: dict[str, list[str]]) -> str:
        return self.rng.choice(pool[self.pool])

    def naam(self) -> str:
        return f"{self.kies(VOORNAMEN)} {self.kies(ACHTERNAMEN)}"

    def datum(self, jaar: int, stijl: int | None = None) -> str:
        d, m = self.rng.randint(1, 28), self.rng.randint(1, 12)
        stijl = self.rng.randint(0, 3) if stijl is None else stijl
        if stijl == 0:
            return f"{d:02d}-{m:02d}-{jaar}"
        if stijl == 1:
            return f"{d} {MAANDEN[m - 1]} {jaar}"
        if stijl == 2:
            return f"{d}-{m}-{jaar}"
        return f"{jaar}-{m:02d}-{d:02d}"

    def geboortejaar(self) -> int:
        return self.rng.randint(1940, self.jaar - 18)

    def telefoon(self) -> str:
        r = self.rng
        mobiel = "".join(str(r.randint(0, 9)) for _ in range(8))
        # Every second mobile number lies in a block no operator uses today (069, 066, 067).
        if r.random() < 0.5:
            mobiel = r.choice("967") + mobiel[1:]
        vorm = r.randint(0, 4)
        if self.pool == "A":
            if vorm == 0:
                return f"06-{mobiel}"
            if vorm == 1:
                return f"06 {mobiel[:4]} {mobiel[4:]}"
            if vorm == 2:
                return f"+31 6 {mobiel}"
            if vorm == 3:
                net = r.choice(NETNUMMERS)
                return f"{net}-{r.randint(1000000, 9999999)}"
            net = r.choice(NETNUMMERS)
            return f"({net}) {r.randint(100, 999)} {r.randint(1000, 9999)}"
        if vorm == 0:
            return f"06{mobiel}"
        if vorm == 1:
            return "06 " + " ".join(mobiel[i : i + 2] for i in range(0, 8, 2))
        if vorm == 2:
            return f"+31 (0)6 {mobiel}" if r.random() < 0.5 else f"0031 6 {mobiel[:4]} {mobiel[4:]}"
        if vorm == 3:
            net = r.choice(NETNUMMERS_4)
            return f"{net} {r.randint(100000, 999999)}"
        net = r.choice(NETNUMMERS)
        n = str(r.randint(1000000, 9999999))
        return f"{net} {n[:3]} {n[3:5]} {n[5:]}"

    def email(self, voornaam: str, achternaam: str) -> str:
        kaal = achternaam.lower().replace(" ", "").replace("'", "").replace("ı", "i")
        return f"{voornaam[0].lower()}.{kaal}@{self.rng.choice(DOMEINEN)}"

    def eenheid(self, register: list[tuple[str, str]]) -> str:
        if self.rng.random() < 0.5 and register:
            naam, afk = self.rng.choice(register)
            return afk if afk and self.rng.random() < 0.3 else naam
        woord = self.kies(EENHEIDSWOORDEN)
        if self.rng.random() < 0.4:
            afk = "".join(self.rng.choice("ABCDEFGHIJKLMNOPRSTVWZ") for _ in range(self.rng.randint(2, 4)))
            return f"{woord} {afk}"
        return f"{woord} {self.kies(ONDERWERPEN)}"

    def functie(self) -> str:
        return self.kies(FUNCTIES).format(o=self.kies(ONDERWERPEN))

    def nummer(self) -> str:
        r = self.rng
        keuze = r.randint(0, 5)
        if keuze == 0:
            return f"Ons kenmerk: {self.jaar}-{r.randint(1000000, 9999999)}"
        if keuze == 1:
            return f"Zaaknummer: Z/{self.jaar % 100}/{r.randint(100000, 999999)}"
        if keuze == 2:
            return f"Klantnummer 0{r.randint(100000000, 999999999)}"
        if keuze == 3:
            return f"Bedrag: € {r.randint(1, 999)}.{r.randint(100, 999)},{r.randint(10, 99)}"
        if keuze == 4:
            nr = f"{r.randint(30000, 36999)}, nr. {r.randint(1, 99)}"
            return f"Kamerstukken II {self.jaar - 1}/{self.jaar % 100:02d}, {nr}"
        return f"Bel gratis 0800-{r.randint(1000, 9999)}{r.randint(100, 999)}"


# --- documents --------------------------------------------------------------------------------


def memo(doc: Doc, register: list[tuple[str, str]]) -> None:
    """Sender and recipients are units; a person in the body; a signature with a function."""
    r = doc.rng
    doc.t("Van: " if doc.pool == "A" else "Afzender: ")
    doc.k(doc.eenheid(register), "EENHEID")
    doc.t("\nAan: " if doc.pool == "A" else "\nGeadresseerde: ")
    doc.k(doc.eenheid(register), "EENHEID")
    doc.t("; ")
    doc.k(doc.functie(), "FUNCTIE")
    doc.t("\nDatum: ")
    doc.k(doc.datum(doc.jaar), "DATUM")
    doc.t("\nOnderwerp: stand van zaken\n\n")
    tv, achter = doc.kies(TV_ACHTERNAMEN)
    zin = [
        ("", " meldt dat de stukken klaar zijn voor het MT."),
        ("", " stelt voor de termijn met vier weken te verlengen."),
        ("", " vraagt of de inventarislijst compleet is."),
    ]
    zin_b = [
        ("", " is het eens met het voorstel."),
        ("Volgens ", " is de inventaris nog niet compleet."),
        ("", " heeft de stukken gisteren ontvangen."),
        ("Namens het team heeft ", " de zienswijze ingediend."),
    ]
    voor, na = r.choice(zin if doc.pool == "A" else zin_b)
    doc.t(voor)
    doc.p(f"{tv} {achter}", "PERSOON")
    doc.t(na + " ")
    doc.t("De afstemming met ")
    doc.k(doc.eenheid(register), "EENHEID")
    doc.t(" loopt. ")
    doc.k(doc.nummer(), "NUMMER")
    doc.t(".\n\nMet vriendelijke groet,\n\n")
    voornaam, achternaam = doc.kies(VOORNAMEN), doc.kies(ACHTERNAMEN)
    doc.p(f"{voornaam} {achternaam}", "PERSOON")
    doc.t("\n")
    doc.k(doc.functie(), "FUNCTIE")
    doc.t("\n")
    doc.k(doc.eenheid(register), "EENHEID")
    doc.t("\nT ")
    doc.p(doc.telefoon(), "TELEFOON")
    doc.t("\n")


def mail(doc: Doc, register: list[tuple[str, str]]) -> None:
    """A greeting with a first name alone, the name again in the body, phone numbers, a
    functional mailbox and a personal one."""
    r = doc.rng
    voornaam = doc.kies(VOORNAMEN)
    afzender_v, afzender_a = doc.kies(VOORNAMEN), doc.kies(ACHTERNAMEN)
    doc.t("Van: ")
    doc.p(f"{afzender_v} {afzender_a}", "PERSOON")
    doc.t(" <")
    doc.p(doc.email(afzender_v, afzender_a), "EMAIL")
    doc.t(">\nCc: ")
    doc.k(doc.kies(FUNCTIONEEL), "FUNCTIONEEL_ADRES")
    doc.t("\nOnderwerp: Woo-verzoek\n\n")
    if doc.pool == "A":
        doc.t(r.choice(["Hoi ", "Beste "]))
        doc.p(voornaam, "PERSOON")
        doc.t(",\n\n")
    else:
        keuze = r.randint(0, 2)
        if keuze == 0:
            doc.t(r.choice(["Hallo ", "Dag ", "Goedemorgen "]))
            doc.p(voornaam, "PERSOON")
            doc.t(",\n\n")
        elif keuze == 1:
            doc.k(doc.datum(doc.jaar), "DATUM")
            doc.t(" Hi ")
            doc.p(voornaam, "PERSOON")
            doc.t("! ")
        else:
            doc.t("hoi ")
            doc.p(voornaam.lower(), "PERSOON")
            doc.t(", ")
    doc.t("dank voor je bericht. Ik ben vandaag bereikbaar op ")
    doc.p(doc.telefoon(), "TELEFOON")
    doc.t(", anders op ")
    doc.p(doc.telefoon(), "TELEFOON")
    doc.t(". ")
    doc.k(doc.nummer(), "NUMMER")
    doc.t(". Vragen van de verzoeker gaan via ")
    doc.k(doc.kies(FUNCTIONEEL), "FUNCTIONEEL_ADRES")
    doc.t(".\n")
    if doc.pool == "A":
        doc.t("Zou ")
        doc.p(voornaam, "PERSOON")
        doc.t(" de stukken willen nalopen?\n\n")
    else:
        doc.t("Ik heb ")
        doc.p(voornaam, "PERSOON")
        doc.t(" gevraagd de lijst na te lopen.\n\n")
    doc.t("Groet,\n")
    doc.p(afzender_v, "PERSOON")
    doc.t("\n")


def personenlijst(doc: Doc, register: list[tuple[str, str]]) -> None:
    """Birth dates in a table or a list of persons, beside the letter's own dates."""
    r = doc.rng
    doc.t(r.choice(PLAATSEN) + ", ")
    doc.k(doc.datum(doc.jaar, 1), "DATUM")
    doc.t("\n\nBetreft: overzicht betrokkenen\n\n")
    vorm = r.randint(0, 2)
    rijen = r.randint(2, 4)
    if doc.pool == "A":
        if vorm == 0:
            doc.t("Naam;Geboortedatum;Woonplaats\n")
            for _ in range(rijen):
                doc.p(doc.naam(), "PERSOON")
                doc.t(";")
                doc.p(doc.datum(doc.geboortejaar(), 0), "GEBOORTEDATUM")
                doc.t(f";{r.choice(PLAATSEN)}\n")
        elif vorm == 1:
            doc.t("Betrokkenen:\n")
            for _ in range(rijen):
                doc.t("- ")
                doc.p(doc.naam(), "PERSOON")
                doc.t(", ")
                doc.p(doc.datum(doc.geboortejaar()), "GEBOORTEDATUM")
                doc.t("\n")
        else:
            for _ in range(rijen):
                doc.t("Aanvrager: ")
                doc.p(doc.naam(), "PERSOON")
                doc.t(", geb. ")
                doc.p(doc.datum(doc.geboortejaar()), "GEBOORTEDATUM")
                doc.t("\n")
    else:
        if vorm == 0:
            doc.t("| Naam | D.o.b. | Plaats |\n|---|---|---|\n")
            for _ in range(rijen):
                doc.t("| ")
                doc.p(doc.naam(), "PERSOON")
                doc.t(" | ")
                doc.p(doc.datum(doc.geboortejaar(), 0), "GEBOORTEDATUM")
                doc.t(f" | {r.choice(PLAATSEN)} |\n")
        elif vorm == 1:
            doc.t("Aanwezige bewoners:\n")
            for i in range(rijen):
                doc.t(f"{i + 1}. ")
                doc.p(doc.naam(), "PERSOON")
                doc.t(" – ")
                doc.p(doc.datum(doc.geboortejaar(), 1), "GEBOORTEDATUM")
                doc.t("\n")
        else:
            doc.t("naam\tgeboren op\twoonplaats\n")
            for _ in range(rijen):
                doc.p(doc.naam(), "PERSOON")
                doc.t("\t")
                doc.p(doc.datum(doc.geboortejaar(), 2), "GEBOORTEDATUM")
                doc.t(f"\t{r.choice(PLAATSEN)}\n")
    doc.t("\nHet gesprek vond plaats op ")
    doc.k(doc.datum(doc.jaar), "DATUM")
    doc.t(" met ")
    doc.k(doc.eenheid(register), "EENHEID")
    doc.t(". Het vervolggesprek is gepland op ")
    doc.k(doc.datum(doc.jaar), "DATUM")
    doc.t(".\n\nAkkoord:\n- ")
    doc.p(doc.naam(), "PERSOON")
    doc.t(", ")
    doc.k(doc.datum(doc.jaar), "DATUM")
    doc.t("\n- ")
    doc.p(doc.naam(), "PERSOON")
    doc.t(", ")
    doc.k(doc.datum(doc.jaar), "DATUM")
    doc.t("\n")


def zinnen(doc: Doc, register: list[tuple[str, str]]) -> None:
    """Birth dates written in a sentence without "geboren" next to the date, and numbers."""
    r = doc.rng
    titel = r.choice(["mevrouw", "de heer", "betrokkene"])
    doc.t("Notitie bij het dossier.\n\n")
    if doc.pool == "A":
        doc.t(f"De gegevens van {titel} ")
        doc.p(doc.naam(), "PERSOON")
        doc.t(" (geb. ")
        doc.p(doc.datum(doc.geboortejaar()), "GEBOORTEDATUM")
        doc.t(") zijn gecontroleerd. ")
    else:
        doc.t(f"De geboortedatum van {titel} ")
        doc.p(doc.naam(), "PERSOON")
        doc.t(" is ")
        doc.p(doc.datum(doc.geboortejaar()), "GEBOORTEDATUM")
        doc.t(". Zie ook d.o.b. ")
        doc.p(doc.datum(doc.geboortejaar(), 3), "GEBOORTEDATUM")
        doc.t(" in het Engelse formulier. ")
    doc.t("Het dossier is op ")
    doc.k(doc.datum(doc.jaar), "DATUM")
    doc.t(" overgedragen aan ")
    doc.k(doc.eenheid(register), "EENHEID")
    doc.t(". ")
    doc.k(doc.nummer(), "NUMMER")
    doc.t(". ")
    doc.k(doc.nummer(), "NUMMER")
    doc.t(". Telefonisch contact: ")
    doc.p(doc.telefoon(), "TELEFOON")
    doc.t(".\n")


def maak(pool: str, seed: int, aantal: int) -> list[dict[str, object]]:
    rng = random.Random(seed)
    register = _register()
    rng_reg = random.Random(seed + 1)
    rng_reg.shuffle(register)
    # Each split draws register units from its own half: the control split sees other units.
    helft = len(register) // 2
    register = register[:helft] if pool == "A" else register[helft:]
    makers = [memo, mail, personenlijst, zinnen]
    uit = []
    for n in range(aantal):
        doc = Doc(rng, pool, rng.randint(2019, 2025))
        maker = makers[n % len(makers)]
        maker(doc, register)
        uit.append(doc.uit(f"lastig-{pool}-{n + 1:04d}", maker.__name__))
    return uit


def schrijf(pad: Path, docs: list[dict[str, object]]) -> None:
    with pad.open("w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    schrijf(HIER / "lastig_ontwikkel.jsonl", maak("A", 20261207, AANTAL))
    schrijf(HIER / "lastig_controle.jsonl", maak("B", 99173, AANTAL))
