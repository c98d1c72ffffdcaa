"""Query semantics: AND, phrases, ranking, counts, paging, snippets."""

from __future__ import annotations

from collections.abc import Callable

from ministerie.zoeken import Zoekindex

from .hulp import maak_doc

Zoek = Callable[..., list[str]]


def test_alle_termen_moeten_voorkomen(index: Zoekindex, zoek: Zoek) -> None:
    index.schrijf(
        [
            maak_doc("d:1", titel="Subsidie", tekst="Regeling voor woningen."),
            maak_doc("d:2", titel="Subsidie", tekst="Regeling voor scholen."),
            maak_doc("d:3", titel="Woningen", tekst="Over de huur."),
        ]
    )
    assert zoek("subsidie woningen") == ["d:1"]  # one term in titel, the other in tekst
    assert sorted(zoek("subsidie")) == ["d:1", "d:2"]
    assert zoek("subsidie ziekenhuizen") == []


def test_frase(index: Zoekindex, zoek: Zoek) -> None:
    index.schrijf(
        [
            maak_doc("d:1", tekst="de sociale huur van woningen"),
            maak_doc("d:2", tekst="de huur is op sociale gronden bepaald"),
        ]
    )
    assert sorted(zoek("sociale huur")) == ["d:1", "d:2"]
    assert zoek('"sociale huur"') == ["d:1"]
    assert zoek('"huur sociale"') == []
    assert zoek("„sociale huur”") == ["d:1"]  # typographic quotes too


def test_woord_met_leestekens_is_een_frase(index: Zoekindex, zoek: Zoek) -> None:
    index.schrijf(
        [
            maak_doc("d:1", titel="Brief", kenmerk="BZK-2024/12"),
            maak_doc("d:2", titel="Brief", kenmerk="BZK-12/2024"),
        ]
    )
    assert zoek("BZK-2024/12") == ["d:1"]
    assert zoek("bzk 2024/12 brief") == ["d:1"]


def test_titel_weegt_zwaarder_dan_tekst(index: Zoekindex) -> None:
    vulling = " ".join(["beleid", "rapport", "ministerie", "overleg"] * 10)
    index.schrijf(
        [
            maak_doc("tekst", titel="Jaarverslag", tekst=f"{vulling} subsidie {vulling}"),
            maak_doc("titel", titel="Subsidie voor gemeenten", tekst=vulling),
            maak_doc("geen", titel="Overig", tekst=vulling),
        ]
    )
    uitkomst = index.zoek("subsidie", max_rubricering=50, eenheden=None)
    assert [t.id for t in uitkomst.treffers] == ["titel", "tekst"]
    assert uitkomst.treffers[0].score > uitkomst.treffers[1].score
    assert uitkomst.totaal == 2


def test_totaal_en_bladeren(index: Zoekindex) -> None:
    index.schrijf(maak_doc(f"d:{i}", tekst="nota " * (i + 1)) for i in range(30))
    eerste = index.zoek("nota", max_rubricering=0, eenheden=None, aantal=10)
    tweede = index.zoek("nota", max_rubricering=0, eenheden=None, aantal=10, start=10)
    laatste = index.zoek("nota", max_rubricering=0, eenheden=None, aantal=10, start=25)
    voorbij = index.zoek("nota", max_rubricering=0, eenheden=None, aantal=10, start=100)
    geen = index.zoek("nota", max_rubricering=0, eenheden=None, aantal=0)
    assert eerste.totaal == tweede.totaal == laatste.totaal == voorbij.totaal == geen.totaal == 30
    assert len(eerste.treffers) == len(tweede.treffers) == 10
    assert len(laatste.treffers) == 5 and voorbij.treffers == () and geen.treffers == ()
    ids = [t.id for t in eerste.treffers + tweede.treffers]
    assert len(set(ids)) == 20
    scores = [t.score for t in eerste.treffers + tweede.treffers]
    assert scores == sorted(scores, reverse=True)


def test_lege_vraag_geeft_niets(index: Zoekindex) -> None:
    index.schrijf([maak_doc("d:1", titel="Iets")])
    for vraag in ["", "   ", "*", '""', "!?", "AND OR"]:
        uitkomst = index.zoek(vraag, max_rubricering=50, eenheden=None)
        assert uitkomst.totaal == 0 and uitkomst.treffers == ()


def test_fragmenten_zijn_veilige_html(index: Zoekindex) -> None:
    index.schrijf(
        [
            maak_doc(
                "d:1",
                titel="<script>alert('x')</script> Beëdiging & co",
                tekst="Ééé <img src=x onerror=alert(1)> de beëdiging van René & 'zo' \"voort\".",
            )
        ]
    )
    [treffer] = index.zoek("beediging", max_rubricering=50, eenheden=None).treffers
    assert treffer.titel_html == (
        "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; <mark>Beëdiging</mark> &amp; co"
    )
    assert treffer.fragment_html == (
        "Ééé &lt;img src=x onerror=alert(1)&gt; de <mark>beëdiging</mark> van René &amp; "
        "&#x27;zo&#x27; &quot;voort&quot;."
    )
    assert "<script" not in treffer.titel_html + treffer.fragment_html
    assert "<img" not in treffer.fragment_html


def test_fragment_van_lange_tekst(index: Zoekindex) -> None:
    vulling = "het overleg over de begroting " * 200
    index.schrijf([maak_doc("d:1", titel="Verslag", tekst=f"{vulling} de motie Jansen {vulling}")])
    [treffer] = index.zoek("motie", max_rubricering=50, eenheden=None).treffers
    assert treffer.fragment_html.startswith("… ")
    assert treffer.fragment_html.endswith(" …")
    assert "<mark>motie</mark>" in treffer.fragment_html
    assert len(treffer.fragment_html) < 300
    assert treffer.titel_html == "Verslag"


def test_treffer_alleen_in_titel_toont_begin_van_tekst(index: Zoekindex) -> None:
    index.schrijf([maak_doc("d:1", titel="Motie", tekst="Begin <van> de tekst. " * 50)])
    [treffer] = index.zoek("motie", max_rubricering=50, eenheden=None).treffers
    assert treffer.titel_html == "<mark>Motie</mark>"
    assert treffer.fragment_html.startswith("Begin &lt;van&gt; de tekst.")
    assert treffer.fragment_html.endswith(" …")


def test_woord_voorbij_opgeslagen_deel_wordt_gevonden(index: Zoekindex) -> None:
    from ministerie.zoeken.schema import MAX_OPGESLAGEN_TEKST

    tekst = "a" * (MAX_OPGESLAGEN_TEKST + 10) + " zeldzaamwoord"
    index.schrijf([maak_doc("d:1", titel="Groot", tekst=tekst)])
    [treffer] = index.zoek("zeldzaamwoord", max_rubricering=50, eenheden=None).treffers
    assert treffer.id == "d:1"
    assert "<mark>" not in treffer.fragment_html


def test_frase_loopt_niet_van_titel_in_tekst(index: Zoekindex, zoek: Zoek) -> None:
    index.schrijf(
        [
            maak_doc("d:1", titel="Nota sociale", tekst="huur is hoog", kenmerk="BZK-1"),
            maak_doc("d:2", titel="Nota", tekst="sociale huur is hoog"),
        ]
    )
    assert sorted(zoek("sociale huur")) == ["d:1", "d:2"]
    assert zoek('"sociale huur"') == ["d:2"]
    assert zoek('"nota bzk"') == zoek('"bzk huur"') == []
