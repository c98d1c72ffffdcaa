"""Near-duplicates: a MinHash signature of each text's word shingles, and an LSH index of the
texts that are no near-duplicate themselves (the first of each group)."""

from __future__ import annotations

import numpy as np
from datasketch import MinHash, MinHashLSH

from .tekstvormen import shingles, woorden

AANTAL_PERMUTATIES = 128
#: The estimated Jaccard similarity of the shingle sets from which two texts are near-duplicates.
DREMPEL = 0.8
SHINGLELENGTE = 3
#: Texts with fewer words are too short to call near-duplicates ("Zie bijlage.").
MIN_WOORDEN = 12
ZAAD = 1
SCHEMA = "affine32"


def handtekening(tekst: str) -> bytes | None:
    """The MinHash signature of ``tekst``'s word 3-shingles, or None for a text too short."""
    lijst = woorden(tekst)
    if len(lijst) < MIN_WOORDEN:
        return None
    minhash = MinHash(num_perm=AANTAL_PERMUTATIES, seed=ZAAD, scheme=SCHEMA)
    minhash.update_batch([s.encode("utf-8") for s in sorted(shingles(lijst, SHINGLELENGTE))])
    return np.asarray(minhash.hashvalues, dtype="<u4").tobytes()


def _minhash(data: bytes) -> MinHash:
    waarden = np.frombuffer(data, dtype="<u4").astype(np.uint64)
    return MinHash(num_perm=AANTAL_PERMUTATIES, seed=ZAAD, hashvalues=waarden, scheme=SCHEMA)


def gelijkenis(a: bytes, b: bytes) -> float:
    """The estimated Jaccard similarity of two signatures."""
    x = np.frombuffer(a, dtype="<u4")
    y = np.frombuffer(b, dtype="<u4")
    return float(np.count_nonzero(x == y)) / AANTAL_PERMUTATIES


class Leiders:
    """The index of the texts that start a group of near-duplicates."""

    def __init__(self) -> None:
        self._lsh = MinHashLSH(threshold=DREMPEL, num_perm=AANTAL_PERMUTATIES)
        self._handtekeningen: dict[int, bytes] = {}

    def __len__(self) -> int:
        return len(self._handtekeningen)

    def voeg_toe(self, nr: int, handtekening: bytes) -> None:
        self._lsh.insert(nr, _minhash(handtekening), check_duplication=False)
        self._handtekeningen[nr] = handtekening

    def zoek(self, handtekening: bytes) -> tuple[int, float] | None:
        """The most similar leader at or over the threshold (the lowest number on a tie)."""
        beste: tuple[int, float] | None = None
        for nr in sorted(self._lsh.query(_minhash(handtekening))):
            waarde = gelijkenis(handtekening, self._handtekeningen[nr])
            if waarde >= DREMPEL and (beste is None or waarde > beste[1]):
                beste = (nr, waarde)
        return beste
