import pytest

from ministerie.core.grafieken import LABELRUIMTE, staafdiagram


def test_staven_schalen_naar_de_grootste_waarde_en_negatief_loopt_links_van_nul() -> None:
    diagram = staafdiagram("d", "Titel", [("a", 100), ("b", 50), ("c", -50)], eenheid="mln")
    a, b, c = diagram.staven
    assert b.breedte == pytest.approx(a.breedte / 2, abs=0.1)
    assert c.negatief and c.x + c.breedte == pytest.approx(diagram.nul_x, abs=0.1)
    assert diagram.nul_x > LABELRUIMTE
    assert a.tekst == "100 mln"
    assert "a: 100 mln" in diagram.samenvatting


def test_duizendtallen_met_punt_en_decimalen_met_komma() -> None:
    diagram = staafdiagram("d", "T", [("x", 8058.5), ("y", 35597)])
    assert [s.tekst for s in diagram.staven] == ["8.058,5", "35.597"]


def test_lege_reeks_geeft_een_leeg_diagram() -> None:
    assert staafdiagram("d", "T", []).staven == []


def test_svg_coordinaten_zonder_komma_ook_in_het_nederlands(settings) -> None:  # noqa: ANN001
    from django.template.loader import render_to_string
    from django.utils import translation

    with translation.override("nl"):
        html = render_to_string(
            "core/_staafdiagram.html", {"diagram": staafdiagram("d", "T", [("a", 2.5), ("b", 7)])}
        )
    svg = html.split("<svg", 1)[1].split("</svg>", 1)[0]
    assert 'x="' in svg and not any("," in attr.split('"')[1] for attr in svg.split(" x=")[1:])
    assert "2,5" in html.split("</svg>", 1)[1]  # the table keeps the Dutch notation
