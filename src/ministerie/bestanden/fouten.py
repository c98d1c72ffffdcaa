"""Errors of the file handling; every reason is Dutch and fit to show to the uploader."""

from __future__ import annotations


class OnleesbaarBestand(Exception):
    """A file whose text cannot be read: corrupt, encrypted, too big or of an unsupported type.

    ``reden`` is one or more whole Dutch sentences that say what is wrong and, where it
    helps, what the uploader can do about it.
    """

    def __init__(self, reden: str) -> None:
        super().__init__(reden)
        self.reden = reden

    def __str__(self) -> str:
        return self.reden


class TeGrootBestand(OnleesbaarBestand):
    """A file larger than the limit of the document store."""

    def __init__(self, reden: str, *, aantal_bytes: int, grens: int) -> None:
        super().__init__(reden)
        self.aantal_bytes = aantal_bytes
        self.grens = grens
