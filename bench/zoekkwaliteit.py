"""Search quality: recall@20 and nDCG@10 of ``ministerie.zoeken`` on a judged Dutch query set.

    python bench/zoekkwaliteit.py [--details]

Corpus: ``bench/data/zoekkwaliteit/corpus.txt`` (government-style texts written for this
project); queries and judged relevant documents: ``bench/data/zoekkwaliteit/vragen.tsv``.

Compared:

- ``voor``: the analysis of schema version 1, rebuilt here with tantivy as it was in
  ``zoeken/schema.py`` and ``zoeken/vraag.py`` before: simple tokenizer, lowercase, ASCII
  folding, Snowball stemmer ``dutch``; every word must match in titel or tekst, titel counts
  double; a word with punctuation inside is a phrase ("nota's" is "nota s").
- ``voor (dutch_porter)``: the same with the other Snowball variant, for reference.
- ``na``: ``Zoekindex`` as it is now (``zoeken/taal.py``: singular/plural keys, compound parts).

Relevance is binary; nDCG@10 uses the gain 1/log2(rank + 1), normalised by the ideal ranking;
both figures are averaged over the queries. Not a test: it prints figures.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

import tantivy  # noqa: E402

from ministerie.zoeken import Zoekdocument, Zoekindex  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "zoekkwaliteit"
Zoeker = Callable[[str], list[str]]


@dataclass(frozen=True)
class Vraag:
    tekst: str
    relevant: frozenset[str]


def lees_corpus(pad: Path) -> list[tuple[str, str, str]]:
    """(id, titel, tekst) per document."""
    documenten: list[tuple[str, str, str]] = []
    huidig: list[str] | None = None
    for regel in pad.read_text(encoding="utf-8").splitlines():
        if regel.startswith("#"):
            continue
        if regel.startswith("== "):
            id_, _, titel = regel[3:].partition(" | ")
            huidig = [id_.strip(), titel.strip(), ""]
            documenten.append(huidig)  # type: ignore[arg-type]
        elif huidig is not None:
            huidig[2] += regel + "\n"
    return [(d[0], d[1], d[2].strip()) for d in documenten]


def lees_vragen(pad: Path, ids: set[str]) -> list[Vraag]:
    vragen = []
    for regel in pad.read_text(encoding="utf-8").splitlines():
        if not regel.strip() or regel.startswith("#"):
            continue
        tekst, relevant = regel.split("\t")
        onbekend = set(relevant.split()) - ids
        if onbekend:
            raise SystemExit(f"vragen.tsv: onbekende documenten bij {tekst!r}: {sorted(onbekend)}")
        vragen.append(Vraag(tekst, frozenset(relevant.split())))
    return vragen


def zoeker_na(documenten: list[tuple[str, str, str]]) -> Zoeker:
    index = Zoekindex(None)
    index.schrijf(
        Zoekdocument(
            id=id_,
            soort="document",
            titel=titel,
            tekst=tekst,
            eenheid=1,
            rubricering=0,
            status="definitief",
            datum=None,
        )
        for id_, titel, tekst in documenten
    )

    def zoek(vraag: str) -> list[str]:
        return [t.id for t in index.zoek(vraag, max_rubricering=0, eenheden=None, aantal=20).treffers]

    return zoek


_FRASE = re.compile(r'"([^"]*)"')


def zoeker_voor(documenten: list[tuple[str, str, str]], stemmer: str = "dutch") -> Zoeker:
    """The analysis and query of schema version 1 (see the module docstring)."""
    analyzer = (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(40))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer(stemmer))
        .build()
    )
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    sb.add_text_field("titel", tokenizer_name="nl")
    sb.add_text_field("inhoud", tokenizer_name="nl")
    schema = sb.build()
    index = tantivy.Index(schema)
    index.register_tokenizer("nl", analyzer)
    writer = index.writer(heap_size=15_000_000, num_threads=1)
    for id_, titel, tekst in documenten:
        doc = tantivy.Document()
        doc.add_text("id", id_)
        doc.add_text("titel", titel)
        doc.add_text("inhoud", titel)
        doc.add_text("inhoud", tekst)
        writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()
    index.reload()

    def deel(veld: str, termen: list[str | tuple[int, str]]) -> tantivy.Query:
        if len(termen) > 1:
            return tantivy.Query.phrase_query(schema, veld, termen)
        return tantivy.Query.term_query(schema, veld, termen[0][1], index_option="freq")

    def zoek(vraag: str) -> list[str]:
        stukken = [(m, True) for m in _FRASE.findall(vraag)]
        stukken += [(w, False) for w in _FRASE.sub(" ", vraag).replace('"', " ").split()]
        clausules: list[tuple[tantivy.Occur, tantivy.Query]] = []
        for tekst, _ in stukken:
            tokens = analyzer.pre_tokenize(tekst).tokens
            if not tokens:
                continue
            termen: list[str | tuple[int, str]] = [(t.position - tokens[0].position, t.text) for t in tokens]
            clausules.append((tantivy.Occur.Must, deel("inhoud", termen)))
            clausules.append((tantivy.Occur.Should, tantivy.Query.boost_query(deel("titel", termen), 2.0)))
        if not clausules:
            return []
        searcher = index.searcher()
        hits = searcher.search(tantivy.Query.boolean_query(clausules), limit=20).hits
        return [str(searcher.doc(adres).get_first("id")) for _, adres in hits]

    return zoek


def recall(gevonden: list[str], relevant: frozenset[str], k: int) -> float:
    return len(set(gevonden[:k]) & relevant) / len(relevant)


def ndcg(gevonden: list[str], relevant: frozenset[str], k: int) -> float:
    dcg = sum(1 / math.log2(i + 2) for i, d in enumerate(gevonden[:k]) if d in relevant)
    ideaal = sum(1 / math.log2(i + 2) for i in range(min(k, len(relevant))))
    return dcg / ideaal


def meet(naam: str, zoek: Zoeker, vragen: list[Vraag], details: bool) -> tuple[float, float]:
    r20, n10 = [], []
    for vraag in vragen:
        gevonden = zoek(vraag.tekst)
        r20.append(recall(gevonden, vraag.relevant, 20))
        n10.append(ndcg(gevonden, vraag.relevant, 10))
        if details and r20[-1] < 1:
            mist = sorted(vraag.relevant - set(gevonden))
            print(f"  [{naam}] {vraag.tekst!r}: recall@20 {r20[-1]:.2f}, mist {', '.join(mist)}")
    return sum(r20) / len(r20), sum(n10) / len(n10)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--details", action="store_true", help="toon per vraag wat er gemist wordt")
    args = parser.parse_args()

    documenten = lees_corpus(DATA / "corpus.txt")
    vragen = lees_vragen(DATA / "vragen.tsv", {d[0] for d in documenten})
    print(f"corpus: {len(documenten)} documenten; {len(vragen)} vragen")
    print(f"{'analyse':<24} {'recall@20':>10} {'nDCG@10':>9} {'bouwen ms':>10}")
    for naam, maak in (
        ("voor (snowball dutch)", lambda: zoeker_voor(documenten, "dutch")),
        ("voor (dutch_porter)", lambda: zoeker_voor(documenten, "dutch_porter")),
        ("na (zoeken.taal)", lambda: zoeker_na(documenten)),
    ):
        t = time.perf_counter()
        try:
            zoek = maak()
        except ValueError as fout:  # a tantivy without this stemmer
            print(f"{naam:<24} niet beschikbaar: {fout}")
            continue
        bouwen = (time.perf_counter() - t) * 1000
        r20, n10 = meet(naam, zoek, vragen, args.details)
        print(f"{naam:<24} {r20:10.3f} {n10:9.3f} {bouwen:10.0f}")


if __name__ == "__main__":
    main()
