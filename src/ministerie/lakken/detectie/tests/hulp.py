"""Helpers for the detector tests."""

from __future__ import annotations

from collections.abc import Iterable

from ministerie.lakken.detectie import detecteer


def teksten(tekst: str, label: str | None = None, publiek: Iterable[str] = ()) -> list[str]:
    """The detected texts (optionally of one label)."""
    return [s.tekst for s in detecteer(tekst, publieke_personen=publiek) if label is None or s.label == label]


def labels(tekst: str) -> list[tuple[str, str]]:
    return [(s.label, s.tekst) for s in detecteer(tekst)]
