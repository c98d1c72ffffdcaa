"""Time in the agenda: recurrence rules in plain Dutch, UNTIL in UTC (RFC 5545) and expanded in
Amsterdam wall-clock time, and the rules the series form makes from a choice."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from ministerie.agenda.formulieren import ReeksFormulier, regel_voor
from ministerie.agenda.tijd import AMSTERDAM, Tijdfout, beschrijf_regel, controleer_regel, herhalingen


@pytest.mark.parametrize(
    ("regel", "tekst"),
    [
        ("FREQ=WEEKLY;BYDAY=FR", "elke vrijdag"),
        ("FREQ=WEEKLY;INTERVAL=2;BYDAY=WE", "om de twee weken op woensdag"),
        ("FREQ=MONTHLY;BYDAY=1TH", "elke eerste donderdag van de maand"),
        ("FREQ=MONTHLY;BYDAY=-1FR", "elke laatste vrijdag van de maand"),
        ("FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE", "om de drie maanden, op de derde woensdag"),
        ("FREQ=YEARLY;BYMONTH=3,10;BYDAY=1TU", "elk jaar in maart en oktober, op de eerste dinsdag"),
        ("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", "elke werkdag"),
        ("FREQ=WEEKLY;BYDAY=MO,WE;COUNT=20", "elke maandag en woensdag, 20 keer"),
        ("FREQ=WEEKLY;BYDAY=TU;UNTIL=20221227T225959Z", "elke dinsdag, tot en met 27 december 2022"),
        ("FREQ=MONTHLY;BYMONTHDAY=15", "elke maand op de 15e"),
        # what it cannot say in words, it shows as it is
        ("FREQ=MONTHLY;BYSETPOS=1;BYDAY=MO", "FREQ=MONTHLY;BYSETPOS=1;BYDAY=MO"),
        ("FREQ=SOMS", "FREQ=SOMS"),
    ],
)
def test_een_regel_in_gewone_woorden(regel: str, tekst: str) -> None:
    assert beschrijf_regel(regel) == tekst


def test_until_wordt_utc_en_telt_in_amsterdamse_tijd() -> None:
    # a date means the whole day in Amsterdam; a time without zone is Amsterdam time
    assert controleer_regel("FREQ=WEEKLY;UNTIL=20221227") == "FREQ=WEEKLY;UNTIL=20221227T225959Z"
    assert controleer_regel("FREQ=WEEKLY;UNTIL=20220627T090000") == "FREQ=WEEKLY;UNTIL=20220627T070000Z"
    assert controleer_regel("RRULE:FREQ=WEEKLY;UNTIL=20221231T000000Z").endswith("UNTIL=20221231T000000Z")
    # a series with a UTC UNTIL (as Outlook and Google write it) expands, last time included
    keren = list(
        herhalingen(
            "FREQ=WEEKLY;UNTIL=20221227T080000Z",
            datetime(2022, 12, 6, 9, tzinfo=AMSTERDAM),
            datetime(2022, 12, 1, tzinfo=AMSTERDAM),
            datetime(2023, 1, 31, tzinfo=AMSTERDAM),
        )
    )
    assert [k.day for k in keren] == [6, 13, 20, 27]
    assert all(k.hour == 9 for k in keren)
    with pytest.raises(Tijdfout):
        controleer_regel("FREQ=WEEKLY;UNTIL=20221399")
    with pytest.raises(Tijdfout, match="FREQ"):
        controleer_regel("FREQ=MINUTELY")


def test_een_reeks_uit_een_keuze() -> None:
    dinsdag = date(2024, 3, 5)  # the first Tuesday of March
    assert regel_voor("wekelijks", dinsdag) == "FREQ=WEEKLY;BYDAY=TU"
    assert regel_voor("tweewekelijks", dinsdag) == "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU"
    assert regel_voor("maandelijks", dinsdag) == "FREQ=MONTHLY;BYDAY=1TU"
    assert regel_voor("maandelijks", date(2024, 3, 29)) == "FREQ=MONTHLY;BYDAY=-1FR"  # the fifth: the last
    assert (
        regel_voor("werkdagen", dinsdag, date(2024, 6, 30))
        == "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;UNTIL=20240630"
    )
    basis: dict[str, str | int] = {"titel": "PO", "soort": "overleg", "datum": "2024-03-05"}
    basis |= {"begintijd": "09:00"}
    basis |= {"duur_minuten": 60, "rubricering": 10}
    formulier = ReeksFormulier({**basis, "herhaling": "maandelijks", "tot": "2024-12-31"})
    assert formulier.is_valid(), formulier.errors
    assert formulier.gegevens()["regel"] == "FREQ=MONTHLY;BYDAY=1TU;UNTIL=20241231T225959Z"
    eigen = ReeksFormulier({**basis, "herhaling": "eigen", "regel": "FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE"})
    assert eigen.is_valid() and eigen.gegevens()["regel"] == "FREQ=MONTHLY;INTERVAL=3;BYDAY=3WE"
    for fout in (
        {"herhaling": "eigen"},
        {"herhaling": "eigen", "regel": "FREQ=HOURLY"},
        {"herhaling": "wekelijks", "tot": "2024-01-01"},
    ):
        assert not ReeksFormulier({**basis, **fout}).is_valid(), fout
