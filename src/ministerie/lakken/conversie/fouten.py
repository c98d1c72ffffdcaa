"""The one error of the conversion: input that cannot be turned into a PDF."""

from __future__ import annotations


class NietOmTeZetten(Exception):
    """Input that cannot be converted to PDF: unreadable, corrupt, encrypted or unsupported.

    ``reden`` is one or more whole Dutch sentences fit to show to the person who supplied
    the file.
    """

    def __init__(self, reden: str) -> None:
        super().__init__(reden)
        self.reden = reden

    def __str__(self) -> str:
        return self.reden
