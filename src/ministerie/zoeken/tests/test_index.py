"""Writing, deleting, persistence, and several instances on one directory."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import tantivy

from ministerie.zoeken import IndexBezet, Zoekdocument, Zoekindex
from ministerie.zoeken.schema import ANALYZER, bouw_schema, indexmap, nederlandse_analyzer

from .hulp import maak_doc


def ids(index: Zoekindex, vraag: str) -> list[str]:
    return sorted(t.id for t in index.zoek(vraag, max_rubricering=50, eenheden=None).treffers)


def test_upsert_is_idempotent(index: Zoekindex) -> None:
    doc = maak_doc("d:1", titel="Eerste versie")
    index.schrijf([doc])
    index.schrijf([doc])
    index.schrijf([doc, doc])  # twice in one batch as well
    assert index.aantal() == 1
    index.schrijf([maak_doc("d:1", titel="Tweede versie")])
    assert index.aantal() == 1
    assert ids(index, "tweede") == ["d:1"]
    assert ids(index, "eerste") == []


def test_verwijder_en_leeg(index: Zoekindex) -> None:
    index.schrijf(maak_doc(f"d:{i}", titel="memo") for i in range(5))
    index.verwijder(["d:1", "d:3", "bestaat:niet"])
    assert index.aantal() == 3
    assert ids(index, "memo") == ["d:0", "d:2", "d:4"]
    index.verwijder([])
    index.schrijf([])
    index.leeg()
    assert index.aantal() == 0
    assert ids(index, "memo") == []
    index.schrijf([maak_doc("d:9", titel="memo")])
    assert ids(index, "memo") == ["d:9"]


def test_fout_tijdens_schrijven_laat_index_ongemoeid(index: Zoekindex) -> None:
    index.schrijf([maak_doc("d:1", titel="memo")])

    def documenten() -> Iterator[Zoekdocument]:
        yield maak_doc("d:2", titel="memo")
        raise RuntimeError("bron faalt")

    with pytest.raises(RuntimeError):
        index.schrijf(documenten())
    assert ids(index, "memo") == ["d:1"]
    index.schrijf([maak_doc("d:3", titel="memo")])  # the writer lock was released
    assert ids(index, "memo") == ["d:1", "d:3"]


def test_bewaard_in_map_en_heropend(tmp_path: Path) -> None:
    pad = tmp_path / "index" / "nieuw"
    index = Zoekindex(pad)
    index.schrijf([maak_doc("d:1", titel="Beëdiging"), maak_doc("d:2", titel="Woningen")])
    del index
    heropend = Zoekindex(pad)
    assert heropend.aantal() == 2
    assert ids(heropend, "beediging") == ["d:1"]
    assert ids(heropend, "woning") == ["d:2"]
    heropend.schrijf([maak_doc("d:3", titel="woning")])
    assert ids(heropend, "woning") == ["d:2", "d:3"]


def test_tweede_instantie_ziet_commits(tmp_path: Path) -> None:
    schrijver = Zoekindex(tmp_path)
    lezer = Zoekindex(tmp_path)
    assert lezer.aantal() == 0
    schrijver.schrijf([maak_doc("d:1", titel="nota")])
    assert lezer.aantal() == 1
    assert ids(lezer, "nota") == ["d:1"]
    schrijver.verwijder(["d:1"])
    assert ids(lezer, "nota") == []
    lezer.schrijf([maak_doc("d:2", titel="nota")])  # either may write, one at a time
    assert ids(schrijver, "nota") == ["d:2"]


def _vreemde_schrijver(pad: Path) -> tantivy.IndexWriter:
    """A writer on the directory outside Zoekindex, as another process would hold it."""
    ander = tantivy.Index(bouw_schema(), path=str(indexmap(pad)), reuse=True)
    ander.register_tokenizer(ANALYZER, nederlandse_analyzer())
    return ander.writer(heap_size=15_000_000, num_threads=1)


def test_bezette_index_geeft_duidelijke_fout(tmp_path: Path) -> None:
    index = Zoekindex(tmp_path, schrijf_wachttijd=0.2)
    vreemd = _vreemde_schrijver(tmp_path)
    begin = time.monotonic()
    with pytest.raises(IndexBezet, match="ander proces"):
        index.schrijf([maak_doc("d:1", titel="nota")])
    assert 0.2 <= time.monotonic() - begin < 2
    vreemd.rollback()
    vreemd.wait_merging_threads()  # releases the lock
    index.schrijf([maak_doc("d:1", titel="nota")])
    assert index.aantal() == 1


def test_schrijver_wacht_tot_slot_vrijkomt(tmp_path: Path) -> None:
    index = Zoekindex(tmp_path, schrijf_wachttijd=10)
    vreemd = _vreemde_schrijver(tmp_path)

    def later_vrijgeven() -> None:
        time.sleep(0.3)
        vreemd.wait_merging_threads()

    draad = threading.Thread(target=later_vrijgeven)
    draad.start()
    index.schrijf([maak_doc("d:1", titel="nota")])
    draad.join()
    assert index.aantal() == 1


def test_gelijktijdig_schrijven_en_zoeken_in_threads(tmp_path: Path) -> None:
    index = Zoekindex(tmp_path)
    fouten: list[BaseException] = []

    def schrijf(n: int) -> None:
        try:
            for i in range(5):
                index.schrijf([maak_doc(f"t{n}:{i}", titel="rapport")])
        except BaseException as e:  # pragma: no cover - reported below
            fouten.append(e)

    def lees() -> None:
        try:
            for _ in range(50):
                index.zoek("rapport", max_rubricering=50, eenheden=None)
        except BaseException as e:  # pragma: no cover
            fouten.append(e)

    draden = [threading.Thread(target=schrijf, args=(n,)) for n in range(3)]
    draden += [threading.Thread(target=lees) for _ in range(2)]
    for d in draden:
        d.start()
    for d in draden:
        d.join()
    assert fouten == []
    assert index.aantal() == 15


def test_ander_proces_schrijft_lezer_ziet_het(tmp_path: Path) -> None:
    lezer = Zoekindex(tmp_path)
    assert lezer.aantal() == 0
    script = (
        "import sys; from pathlib import Path; from datetime import date\n"
        "from ministerie.zoeken import Zoekdocument, Zoekindex\n"
        "Zoekindex(Path(sys.argv[1])).schrijf([Zoekdocument('d:1', 'document', 'Beëdiging', "
        "'tekst', 1, 0, 'definitief', date(2024, 1, 1))])\n"
    )
    subprocess.run([sys.executable, "-c", script, str(tmp_path)], check=True, timeout=60)
    assert lezer.aantal() == 1
    assert ids(lezer, "beediging") == ["d:1"]


def _oude_index(pad: Path) -> None:
    """An index as version 1 left it: Snowball stems, files directly in the folder."""
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_text_field("titel", stored=True)
    oud = tantivy.Index(sb.build(), path=str(pad), reuse=False)
    writer = oud.writer(heap_size=15_000_000, num_threads=1)
    doc = tantivy.Document()
    doc.add_text("id", "d:1")
    doc.add_text("titel", "woon")
    writer.add_document(doc)
    writer.commit()
    writer.wait_merging_threads()


def test_index_van_oud_schema_wordt_niet_gelezen(tmp_path: Path) -> None:
    _oude_index(tmp_path)
    assert (tmp_path / "meta.json").exists()
    index = Zoekindex(tmp_path)
    assert index.herbouw_nodig
    uitkomst = index.zoek("woningen", max_rubricering=50, eenheden=None)
    assert uitkomst.totaal == 0
    assert "ministerie zoek herbouw" in uitkomst.melding
    # The job worker writes one changed item: the index is still incomplete, and says so,
    # also to another process that opens it now.
    index.schrijf([maak_doc("d:2", titel="Woningen")])
    assert index.zoek("woning", max_rubricering=50, eenheden=None).melding
    assert Zoekindex(tmp_path).herbouw_nodig
    # A rebuild (leeg + schrijf) removes the old files and the message.
    index.leeg()
    index.schrijf([maak_doc("d:1", titel="Woningen")])
    assert not (tmp_path / "meta.json").exists()
    assert [p.name for p in tmp_path.iterdir()] == [indexmap(tmp_path).name]
    uitkomst = index.zoek("woning", max_rubricering=50, eenheden=None)
    assert uitkomst.totaal == 1 and uitkomst.melding == ""
    # Another process that opens the folder now sees no old index.
    assert not Zoekindex(tmp_path).herbouw_nodig


def test_nieuwe_index_heeft_geen_melding(tmp_path: Path) -> None:
    index = Zoekindex(tmp_path)
    assert not index.herbouw_nodig
    assert index.zoek("nota", max_rubricering=50, eenheden=None).melding == ""
