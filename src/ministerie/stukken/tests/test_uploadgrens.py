"""The name filter of the upload guard: a body streams through unchanged, whatever the chunk
sizes, except an over-long file name, which is shortened (and only that)."""

from __future__ import annotations

from io import BytesIO

from hypothesis import given, settings
from hypothesis import strategies as st

from ministerie.stukken.uploadgrens import MAX_NAAMLENGTE, _NaamFilter

GRENS = b"----xyz0123"


class _Brokken:
    """A source that hands out its bytes in the given chunk sizes."""

    def __init__(self, data: bytes, maten: list[int]) -> None:
        self.data, self.maten, self.plek = data, maten or [1], 0

    def read(self, n: int = -1) -> bytes:
        maat = self.maten[self.plek % len(self.maten)] if self.maten else n
        uit, self.data = self.data[:maat], self.data[maat:]
        self.plek += 1
        return uit


def _body(delen: list[tuple[str, bytes]]) -> bytes:
    uit = b""
    for naam, inhoud in delen:
        uit += (
            b"--"
            + GRENS
            + b'\r\nContent-Disposition: form-data; name="bestanden"; filename="'
            + naam.encode()
            + b'"\r\nContent-Type: text/plain\r\n\r\n'
            + inhoud
            + b"\r\n"
        )
    return uit + b"--" + GRENS + b"--\r\n"


def _lees(filter_: _NaamFilter, n: int) -> bytes:
    uit = b""
    while stuk := filter_.read(n):
        uit += stuk
    return uit


namen = st.text(alphabet="abcdefghij-_ .", min_size=1, max_size=40).map(lambda s: s.strip() or "x")
inhoud = st.binary(max_size=3000).filter(lambda b: GRENS not in b)


@settings(max_examples=60, deadline=None)
@given(
    delen=st.lists(st.tuples(namen, inhoud), min_size=1, max_size=4),
    maten=st.lists(st.integers(1, 700), min_size=1, max_size=5),
    n=st.integers(1, 5000),
)
def test_een_body_zonder_lange_namen_komt_ongewijzigd_door(
    delen: list[tuple[str, bytes]], maten: list[int], n: int
) -> None:
    body = _body(delen)
    filter_ = _NaamFilter(_Brokken(body, maten), GRENS)
    assert _lees(filter_, n) == body
    assert filter_.ingekort == {}


@settings(max_examples=30, deadline=None)
@given(maten=st.lists(st.integers(1, 900), min_size=1, max_size=4), n=st.integers(1, 5000))
def test_alleen_de_lange_naam_wordt_ingekort(maten: list[int], n: int) -> None:
    lang = "v" * 2000 + ".pdf"
    body = _body([("a.txt", b"eerste"), (lang, b"tweede"), ("c.txt", b"derde")])
    filter_ = _NaamFilter(_Brokken(body, maten), GRENS)
    uit = _lees(filter_, n)
    kort = "v" * 120 + "….pdf"
    assert filter_.ingekort == {kort: len(lang)}
    assert uit == body.replace(lang.encode(), kort.encode())
    assert len(kort) < MAX_NAAMLENGTE


def test_een_lege_bron() -> None:
    assert _lees(_NaamFilter(BytesIO(b""), GRENS), 10) == b""
