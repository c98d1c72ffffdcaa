from ministerie.lakken.detectie import GRONDEN, LABELS, Span, detecteer
from ministerie.lakken.detectie.spans import Kandidaat, los_overlap_op


def test_gronden_per_label() -> None:
    assert set(GRONDEN) == set(LABELS)
    assert GRONDEN["BSN"] == "5.1.1e"
    assert all(g == "5.1.2e" for label, g in GRONDEN.items() if label != "BSN")


def test_span_to_dict_en_bevroren() -> None:
    s = Span(3, 8, "EMAIL", "5.1.2e", "a@b.nl")
    assert s.to_dict() == {
        "start": 3,
        "end": 8,
        "label": "EMAIL",
        "grond": "5.1.2e",
        "tekst": "a@b.nl",
        "voorstel": True,
        "omschrijving": "e-mailadres",
    }
    try:
        s.start = 4  # type: ignore[misc]
    except AttributeError:
        pass
    else:
        raise AssertionError("Span must be frozen")


def test_overlap_specifieker_label_wint() -> None:
    uit = los_overlap_op([Kandidaat(0, 10, "PERSOON"), Kandidaat(5, 20, "EMAIL")])
    assert [(k.start, k.end, k.label) for k in uit] == [(5, 20, "EMAIL")]


def test_overlap_zelfde_label_wordt_samengevoegd() -> None:
    uit = los_overlap_op(
        [Kandidaat(0, 6, "PERSOON"), Kandidaat(4, 12, "PERSOON"), Kandidaat(20, 25, "PERSOON")]
    )
    assert [(k.start, k.end) for k in uit] == [(0, 12), (20, 25)]


def test_overlap_langere_wint_binnen_label() -> None:
    uit = los_overlap_op([Kandidaat(0, 5, "TELEFOON"), Kandidaat(2, 14, "TELEFOON")])
    assert [(k.start, k.end) for k in uit] == [(2, 14)]


def test_spans_gesorteerd_zonder_overlap_en_offsets_kloppen() -> None:
    tekst = (
        "Van: Jansen, Pieter <pieter.jansen@minbzk.nl>\n"
        "Beste Sanne,\nBel mevrouw Yılmaz op 06-12345678 of mail s.dewit@minfin.nl. "
        "Haar BSN is 123.456.782 en IBAN NL91 ABNA 0417 1643 00. Zij woont op de "
        "Kerkstraat 12, 1234 AB Utrecht en is geboren op 3 maart 1985.\n"
    )
    spans = detecteer(tekst)
    assert spans
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.start < b.start and a.end <= b.start
    for s in spans:
        assert tekst[s.start : s.end] == s.tekst
        assert s.grond == GRONDEN[s.label]
    assert {s.label for s in spans} >= {
        "PERSOON",
        "EMAIL",
        "TELEFOON",
        "BSN",
        "IBAN",
        "POSTCODE_ADRES",
        "GEBOORTEDATUM",
    }


def test_lege_tekst() -> None:
    assert detecteer("") == []
    assert detecteer("   \n\n") == []
