"""Checksums of stored files, to recognise a file that is already there."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


def sha256(data: bytes | bytearray | memoryview) -> str:
    """The SHA-256 of ``data`` as 64 lower-case hexadecimal characters."""
    return hashlib.sha256(data).hexdigest()


def sha256_van_stukken(stukken: Iterable[bytes]) -> str:
    """The SHA-256 of a file read in chunks (an upload's ``chunks()``), without holding it whole."""
    som = hashlib.sha256()
    for stuk in stukken:
        som.update(stuk)
    return som.hexdigest()
