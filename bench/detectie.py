"""Benchmark of the personal-data detector: before/after, and against DEDUCE and Presidio.

    python bench/detectie.py [--alleen voor --alleen ministerie ...] [--voor GITREF]

Not a test: it prints figures. Systems: ``voor`` (the detector as it was at ``--voor``, by
default the commit before issue 15, read from git into a temporary directory), ``ministerie``
(the detector in this checkout, no negative list), ``ministerie+register`` (the same, with the
organisation register of ``data/bzk-2021/eenheden.yaml`` as negative list, as the application
passes it from the database), and optionally ``deduce`` and ``presidio``.

Corpora: the main corpus, its held-out control (same generators, other seeds), and the tricky
split of issue 15 (``lastig_ontwikkel.jsonl`` and the held-out ``lastig_controle.jsonl``, see
``maak_lastig.py``), which also lists spans that must stay readable (units, function titles,
dates of meetings and letters, case numbers and amounts, functional mailboxes).

Scoring, the same for every system:

- Span level, per label. A predicted span is correct when it overlaps (shares at least one
  character with) a gold span of the same label; a gold span is found when at least one
  predicted span of the same label overlaps it. Precision = correct predicted / predicted,
  recall = found gold / gold, F1 their harmonic mean.
- Character level: the share of gold personal-data characters that no predicted span covers
  (whatever its label: what matters for redaction is that the character is blacked out), per
  label and per group: structured = EMAIL, TELEFOON, BSN, IBAN; names = PERSOON; all labels.
- Kept spans (tricky split): the share of spans that must stay readable that a predicted
  redaction span touches, per kind; and the share of functional mailboxes the detector lists
  as a signal (``met_signalen``).
- Public persons: every system's PERSOON spans that refer to a name in the document's
  ``publiek`` list are dropped with the same matcher (``ministerie.lakken.detectie.publiek``),
  as the caller would do; neither DEDUCE nor Presidio has such a list of its own.

DEDUCE (PyPI ``deduce``, Dutch clinical de-identification) runs with its default config; its
tags are mapped: persoon/patient -> PERSOON, locatie -> POSTCODE_ADRES (it tags places, streets
and postcodes alike), datum -> GEBOORTEDATUM (it tags every date), telefoonnummer -> TELEFOON,
emailadres -> EMAIL, bsn -> BSN; id, url, leeftijd and institutions have no label here (they
still count as redacted characters).

Presidio (``presidio-analyzer``) has no Dutch spaCy model on PyPI, so its NlpEngine is built
from ``spacy.blank("nl")`` (tokenizer only, no NER). Recognizers: Email, Phone (regions NL, BE,
DE, GB, FR, TR, MA, SR), IBAN, IP, DATE_TIME (-> GEBOORTEDATUM), a BSN pattern recognizer with
the 11-proef as validation, a Dutch postcode pattern (-> POSTCODE_ADRES), a Dutch licence plate
pattern (-> KENTEKEN) and a case-sensitive deny-list PERSON recognizer built from the same
shipped first-name and surname lists the detector uses.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

HIER = Path(__file__).resolve().parent
sys.path.insert(0, str(HIER.parent / "src"))

from ministerie.lakken.detectie import LABELS, detecteer  # noqa: E402
from ministerie.lakken.detectie.publiek import PubliekeNamen  # noqa: E402

CORPUS = HIER / "data" / "detectie" / "corpus.jsonl"
CONTROLE = HIER / "data" / "detectie" / "corpus_controle.jsonl"
LASTIG = [
    ("Tricky split, development (issue 15)", HIER / "data" / "detectie" / "lastig_ontwikkel.jsonl"),
    ("Tricky split, held-out control (issue 15)", HIER / "data" / "detectie" / "lastig_controle.jsonl"),
]
REGISTER = HIER.parent / "data" / "bzk-2021" / "eenheden.yaml"
# The detector before issue 15 (phone ranges, negative list, greetings, birth-date context).
VOOR = "34411f7"
# Parts of the main corpus (see maak_corpus.py): document number ranges.
DELEN = {
    "part 1: templates": (1, 240),
    "part 2: hard templates": (241, 360),
    "part 3: hand-written": (361, 10_000),
}
GESTRUCTUREERD = ("EMAIL", "TELEFOON", "BSN", "IBAN")
TEKENS_PER_PAGINA = 3000

Span3 = tuple[int, int, str | None]
Systeem = Callable[[str, list[str]], list[Span3]]
# Systems that can also list signals (spans shown but not redacted): label FUNCTIONEEL_ADRES.
SIGNAALSYSTEMEN: dict[str, Systeem] = {}


def laad(pad: Path) -> list[dict]:
    with pad.open(encoding="utf-8") as f:
        return [json.loads(r) for r in f if r.strip()]


# --- systems ------------------------------------------------------------------------------------


def ministerie() -> Systeem:
    def run(tekst: str, publiek: list[str]) -> list[Span3]:
        return [
            (s.start, s.end, s.label) for s in detecteer(tekst, publieke_personen=publiek, negatieflijst=())
        ]

    def signalen(tekst: str, publiek: list[str]) -> list[Span3]:
        spans = detecteer(tekst, publieke_personen=publiek, negatieflijst=(), met_signalen=True)
        return [(s.start, s.end, s.label) for s in spans if not s.voorstel]

    SIGNAALSYSTEMEN["ministerie"] = signalen
    return run


def register_negatieflijst() -> frozenset[str]:
    """Unit names, abbreviations and other spellings and function titles from the data files,
    as ``organisatie.negatieflijst`` reads them from the database."""
    import yaml

    with REGISTER.open(encoding="utf-8") as f:
        eenheden = yaml.safe_load(f)
    items: set[str] = set()
    for e in eenheden:
        for sleutel in ("naam", "afkorting"):
            if e.get(sleutel):
                items.add(str(e[sleutel]))
        items.update(str(x) for x in e.get("ook_genoemd") or [])
        items.update(str(p["functie"]) for p in e.get("posities") or [] if p.get("functie"))
    return frozenset(items)


def ministerie_register() -> Systeem:
    lijst = register_negatieflijst()

    def run(tekst: str, publiek: list[str]) -> list[Span3]:
        return [
            (s.start, s.end, s.label)
            for s in detecteer(tekst, publieke_personen=publiek, negatieflijst=lijst)
        ]

    def signalen(tekst: str, publiek: list[str]) -> list[Span3]:
        spans = detecteer(tekst, publieke_personen=publiek, negatieflijst=lijst, met_signalen=True)
        return [(s.start, s.end, s.label) for s in spans if not s.voorstel]

    SIGNAALSYSTEMEN["ministerie+register"] = signalen
    return run


def voor_systeem(ref: str) -> Systeem:
    """The detector as it was at git ``ref``, imported under another package name."""
    import importlib
    import subprocess
    import tarfile
    import tempfile

    map_ = Path(tempfile.mkdtemp(prefix="detectie-voor-"))
    archief = subprocess.run(
        ["git", "-C", str(HIER.parent), "archive", ref, "src/ministerie/lakken/detectie"],
        capture_output=True,
        check=True,
    ).stdout
    import io

    with tarfile.open(fileobj=io.BytesIO(archief)) as tar:
        tar.extractall(map_, filter="data")
    (map_ / "src" / "ministerie" / "lakken" / "detectie").rename(map_ / "detectie_voor")
    sys.path.insert(0, str(map_))
    oud = importlib.import_module("detectie_voor")

    def run(tekst: str, publiek: list[str]) -> list[Span3]:
        return [(s.start, s.end, s.label) for s in oud.detecteer(tekst, publieke_personen=publiek)]

    return run


def deduce_systeem() -> Systeem:
    logging.disable(logging.INFO)
    import deduce

    model = deduce.Deduce()
    kaart = {
        "persoon": "PERSOON",
        "patient": "PERSOON",
        "locatie": "POSTCODE_ADRES",
        "datum": "GEBOORTEDATUM",
        "telefoonnummer": "TELEFOON",
        "emailadres": "EMAIL",
        "bsn": "BSN",
    }

    def run(tekst: str, publiek: list[str]) -> list[Span3]:
        doc = model.deidentify(tekst)
        return [(a.start_char, a.end_char, kaart.get(a.tag)) for a in doc.annotations]

    return run


def presidio_systeem() -> Systeem:
    import re

    # tldextract (used by Presidio's e-mail recognizer) tries to download the public suffix list
    # and falls back to its bundled snapshot when offline; keep its warnings out of the output.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    import spacy
    from presidio_analyzer import AnalyzerEngine, Pattern, PatternRecognizer, RecognizerRegistry
    from presidio_analyzer.nlp_engine import SpacyNlpEngine
    from presidio_analyzer.predefined_recognizers import (
        DateRecognizer,
        EmailRecognizer,
        IbanRecognizer,
        IpRecognizer,
        PhoneRecognizer,
    )
    from stdnum.nl import bsn

    from ministerie.lakken.detectie.lijsten import _regels

    class BsnRecognizer(PatternRecognizer):
        def validate_result(self, pattern_text: str) -> bool:
            return bsn.is_valid(re.sub(r"\D", "", pattern_text))

    engine = SpacyNlpEngine(models=[{"lang_code": "nl", "model_name": "blank"}])
    engine.nlp = {"nl": spacy.blank("nl")}
    taal = "nl"
    registry = RecognizerRegistry(supported_languages=[taal])
    registry.add_recognizer(EmailRecognizer(supported_language=taal))
    registry.add_recognizer(
        PhoneRecognizer(
            supported_language=taal, supported_regions=("NL", "BE", "DE", "GB", "FR", "TR", "MA", "SR")
        )
    )
    registry.add_recognizer(IbanRecognizer(supported_language=taal))
    registry.add_recognizer(IpRecognizer(supported_language=taal))
    registry.add_recognizer(DateRecognizer(supported_language=taal))
    registry.add_recognizer(
        BsnRecognizer(
            supported_entity="NL_BSN",
            supported_language=taal,
            patterns=[Pattern("bsn", r"\b\d{9}\b|\b\d{3}[. ]\d{3}[. ]\d{3}\b|\b\d{4}\.\d{2}\.\d{3}\b", 0.5)],
        )
    )
    registry.add_recognizer(
        PatternRecognizer(
            supported_entity="NL_POSTCODE",
            supported_language=taal,
            patterns=[Pattern("postcode", r"\b[1-9]\d{3} ?[A-Z]{2}\b", 0.4)],
        )
    )
    registry.add_recognizer(
        PatternRecognizer(
            supported_entity="NL_KENTEKEN",
            supported_language=taal,
            patterns=[
                Pattern("kenteken", r"\b(?=[A-Z0-9-]{8}\b)[A-Z0-9]{1,3}-[A-Z0-9]{2,3}-[A-Z0-9]{1,3}\b", 0.4)
            ],
        )
    )
    namen = sorted({n for n in _regels("voornamen.txt") + _regels("achternamen.txt") if len(n) > 2})
    registry.add_recognizer(
        PatternRecognizer(
            supported_entity="PERSON",
            supported_language=taal,
            deny_list=namen,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
    )
    analyzer = AnalyzerEngine(nlp_engine=engine, registry=registry, supported_languages=[taal])
    kaart = {
        "PERSON": "PERSOON",
        "EMAIL_ADDRESS": "EMAIL",
        "PHONE_NUMBER": "TELEFOON",
        "IBAN_CODE": "IBAN",
        "IP_ADDRESS": "IP_ADRES",
        "DATE_TIME": "GEBOORTEDATUM",
        "NL_BSN": "BSN",
        "NL_POSTCODE": "POSTCODE_ADRES",
        "NL_KENTEKEN": "KENTEKEN",
    }

    def run(tekst: str, publiek: list[str]) -> list[Span3]:
        resultaten = analyzer.analyze(text=tekst, language=taal, score_threshold=0.3)
        return [(r.start, r.end, kaart.get(r.entity_type)) for r in resultaten]

    return run


# --- scoring ------------------------------------------------------------------------------------


def _publiek_weg(tekst: str, spans: list[Span3], publiek: list[str]) -> list[Span3]:
    namen = PubliekeNamen(publiek)
    if not namen:
        return spans
    return [s for s in spans if s[2] != "PERSOON" or not namen.bevat(tekst[s[0] : s[1]])]


def _overlapt(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def score(docs: list[dict], systeem: Systeem) -> tuple[dict, float]:
    tellers = {label: {"voorspeld": 0, "juist": 0, "goud": 0, "gevonden": 0} for label in LABELS}
    tekens = {"gestructureerd": [0, 0], "namen": [0, 0], "alles": [0, 0]}  # [gold, leaked]
    tekens.update({label: [0, 0] for label in LABELS})
    behouden: dict[str, list[int]] = {}  # kind -> [spans, touched by a redaction]
    duur = 0.0
    for doc in docs:
        tekst = doc["tekst"]
        t0 = time.perf_counter()
        voorspeld = systeem(tekst, doc["publiek"])
        duur += time.perf_counter() - t0
        voorspeld = _publiek_weg(tekst, voorspeld, doc["publiek"])
        goud = [(s["start"], s["end"], s["label"]) for s in doc["spans"]]
        for label in LABELS:
            p = [(s, e) for s, e, lab in voorspeld if lab == label]
            g = [(s, e) for s, e, lab in goud if lab == label]
            t = tellers[label]
            t["voorspeld"] += len(p)
            t["goud"] += len(g)
            t["juist"] += sum(1 for x in p if any(_overlapt(x, y) for y in g))
            t["gevonden"] += sum(1 for y in g if any(_overlapt(x, y) for x in p))
        bedekt = bytearray(len(tekst))
        for s, e, _ in voorspeld:
            bedekt[s:e] = b"\x01" * (e - s)
        for s, e, label in goud:
            lek = (e - s) - sum(bedekt[s:e])
            groepen = ["alles", label]
            if label in GESTRUCTUREERD:
                groepen.append("gestructureerd")
            if label == "PERSOON":
                groepen.append("namen")
            for groep in groepen:
                tekens[groep][0] += e - s
                tekens[groep][1] += lek
        for b in doc.get("behouden", []):
            teller = behouden.setdefault(b["soort"], [0, 0])
            teller[0] += 1
            teller[1] += int(any(bedekt[b["start"] : b["end"]]))
    uit: dict = {"labels": {}, "lek": {}, "behouden": {k: v[1] / v[0] for k, v in behouden.items()}}
    uit["behouden_n"] = {k: v[0] for k, v in behouden.items()}
    for label, t in tellers.items():
        p = t["juist"] / t["voorspeld"] if t["voorspeld"] else 0.0
        r = t["gevonden"] / t["goud"] if t["goud"] else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        uit["labels"][label] = {"p": p, "r": r, "f1": f, "n": t["goud"], "voorspeld": t["voorspeld"]}
    for groep, (totaal, lek) in tekens.items():
        uit["lek"][groep] = lek / totaal if totaal else 0.0
    return uit, duur


def doorvoer(docs: list[dict], herhalingen: int = 3) -> tuple[float, float]:
    """Chars/s and pages/s of ``detecteer`` (warm, best of ``herhalingen``)."""
    teksten = [d["tekst"] for d in docs]
    tekens = sum(len(t) for t in teksten)
    detecteer(teksten[0])  # load lists and compile patterns
    beste = float("inf")
    for _ in range(herhalingen):
        t0 = time.perf_counter()
        for t in teksten:
            detecteer(t)
        beste = min(beste, time.perf_counter() - t0)
    return tekens / beste, tekens / beste / TEKENS_PER_PAGINA


def tabel(resultaten: dict[str, dict]) -> str:
    namen = list(resultaten)
    regels = []
    kop = f"{'label':<16}{'n':>5} " + "".join(f"| {n[:22]:^22} " for n in namen)
    regels.append(kop)
    regels.append(f"{'':<16}{'':>5} " + "".join(f"| {'P':>6} {'R':>6} {'F1':>6}  " for _ in namen))
    regels.append("-" * len(kop))
    eerste = next(iter(resultaten.values()))
    for label in LABELS:
        n = eerste["labels"][label]["n"]
        cellen = ""
        for naam in namen:
            r = resultaten[naam]["labels"][label]
            cellen += f"| {r['p']:6.3f} {r['r']:6.3f} {r['f1']:6.3f}  "
        regels.append(f"{label:<16}{n:>5} {cellen}")
    regels.append("-" * len(kop))
    regels.append("Share of personal-data characters left unredacted:")
    for groep in ("gestructureerd", "namen", "alles"):
        cellen = "".join(f"| {resultaten[n]['lek'][groep] * 100:>20.2f}% " for n in namen)
        regels.append(f"{groep:<22}{cellen}")
    return "\n".join(regels)


def _nummer(doc: dict) -> int:
    return int(doc["id"].split("-")[1])


def vergelijk(docs: list[dict], keuze: list[str], systemen: dict[str, Systeem]) -> dict[str, dict]:
    tekens = sum(len(d["tekst"]) for d in docs)
    resultaten: dict[str, dict] = {}
    for naam in keuze:
        if naam not in systemen:
            continue
        uitslag, duur = score(docs, systemen[naam])
        resultaten[naam] = uitslag
        print(f"  {naam}: {tekens / duur:,.0f} chars/s on this corpus")
    return resultaten


SYSTEEMNAMEN = ["voor", "ministerie", "ministerie+register", "deduce", "presidio"]


def lektabel(resultaten: dict[str, dict]) -> str:
    """Share of personal-data characters left unredacted, per label, per system."""
    namen = list(resultaten)
    eerste = next(iter(resultaten.values()))
    regels = [f"{'unredacted chars':<22}" + "".join(f"| {n[:20]:>20} " for n in namen)]
    for label in LABELS:
        if not eerste["labels"][label]["n"]:
            continue
        cellen = "".join(f"| {resultaten[n]['lek'][label] * 100:>19.2f}% " for n in namen)
        regels.append(f"{label:<22}{cellen}")
    for groep in ("namen", "alles"):
        cellen = "".join(f"| {resultaten[n]['lek'][groep] * 100:>19.2f}% " for n in namen)
        regels.append(f"{'(' + groep + ')':<22}{cellen}")
    return "\n".join(regels)


def behoudentabel(resultaten: dict[str, dict], docs: list[dict], signaal: dict[str, float]) -> str:
    """Spans that must stay readable: the share a redaction touched, per kind."""
    namen = list(resultaten)
    eerste = next(iter(resultaten.values()))
    regels = [f"{'kept spans redacted':<22}" + "".join(f"| {n[:20]:>20} " for n in namen)]
    for soort in sorted(eerste["behouden"]):
        n = eerste["behouden_n"][soort]
        cellen = "".join(f"| {resultaten[x]['behouden'].get(soort, 0) * 100:>19.1f}% " for x in namen)
        regels.append(f"{soort + f' (n={n})':<22}{cellen}")
    if signaal:
        cellen = "".join(f"| {signaal[x] * 100:>19.1f}% " if x in signaal else f"| {'-':>20} " for x in namen)
        regels.append(f"{'functional listed':<22}{cellen}")
    return "\n".join(regels)


def signaaldekking(docs: list[dict], systeem: Systeem) -> float:
    """Share of the functional mailboxes (kept spans) that the system lists as a signal."""
    totaal = gevonden = 0
    for doc in docs:
        gemeld = systeem(doc["tekst"], doc["publiek"])
        for b in doc.get("behouden", []):
            if b["soort"] != "FUNCTIONEEL_ADRES":
                continue
            totaal += 1
            gevonden += any(s < b["end"] and b["start"] < e for s, e, _ in gemeld)
    return gevonden / totaal if totaal else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument(
        "--controle",
        type=Path,
        default=CONTROLE,
        help="held-out control corpus (other seeds), scored separately",
    )
    parser.add_argument("--alleen", choices=SYSTEEMNAMEN, action="append")
    parser.add_argument("--voor", default=VOOR, help=f"git revision of the 'voor' detector (default {VOOR})")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    keuze = args.alleen or ["voor", "ministerie", "ministerie+register"]
    makers: dict[str, Callable[[], Systeem]] = {
        "voor": lambda: voor_systeem(args.voor),
        "ministerie": ministerie,
        "ministerie+register": ministerie_register,
        "deduce": deduce_systeem,
        "presidio": presidio_systeem,
    }
    systemen: dict[str, Systeem] = {}
    for naam in keuze:
        try:
            t0 = time.perf_counter()
            systemen[naam] = makers[naam]()
            print(f"{naam}: loaded in {time.perf_counter() - t0:.1f} s")
        except Exception as fout:  # noqa: BLE001 - report and go on with the other systems
            print(f"{naam}: could not be run offline here ({type(fout).__name__}: {fout})")
    corpora = [("Main corpus", args.corpus)]
    if args.controle.exists() and args.controle != args.corpus:
        corpora.append(("Held-out control corpus (same generators, other seeds)", args.controle))
    corpora += [(t, p) for t, p in LASTIG if p.exists()]
    for titel, pad in corpora:
        docs = laad(pad)
        tekens = sum(len(d["tekst"]) for d in docs)
        spans = sum(len(d["spans"]) for d in docs)
        print(f"\n== {titel}: {len(docs)} documents, {tekens} characters, {spans} gold spans")
        resultaten = vergelijk(docs, keuze, systemen)
        if resultaten:
            print()
            print(tabel(resultaten))
            print()
            print(lektabel(resultaten))
            if any(d.get("behouden") for d in docs):
                signaal = {n: signaaldekking(docs, f) for n, f in SIGNAALSYSTEMEN.items() if n in resultaten}
                print()
                print(behoudentabel(resultaten, docs, signaal))
        if pad == args.corpus and "ministerie" in systemen:
            print("\nministerie per part of the main corpus (PERSOON P/R, chars unredacted):")
            for deel, (van, tot) in DELEN.items():
                sub = [d for d in docs if van <= _nummer(d) <= tot]
                if not sub:
                    continue
                u, _ = score(sub, systemen["ministerie"])
                p = u["labels"]["PERSOON"]
                print(
                    f"  {deel:<24} {len(sub):>4} docs  PERSOON P {p['p']:.3f} R {p['r']:.3f}  "
                    f"structured {u['lek']['gestructureerd'] * 100:.2f}%  "
                    f"names {u['lek']['namen'] * 100:.2f}%  all {u['lek']['alles'] * 100:.2f}%"
                )
    if "ministerie" in systemen:
        per_s, paginas = doorvoer(laad(args.corpus))
        print()
        print(
            f"Throughput ministerie.lakken.detectie (one core, warm): {per_s:,.0f} chars/s = "
            f"{paginas:,.1f} pages/s at {TEKENS_PER_PAGINA} chars/page"
        )


if __name__ == "__main__":
    main()
