"""Bulk processing of the files of a Woo request: thousands of files and e-mail messages read,
de-duplicated (exact and near), grouped into threads, checked for personal data, and listed
in an inventory (XLSX and PDF). Plain Python, resumable: all state is in the work folder.

    verslag = verwerk(bron, werkmap, detecteer=..., voortgang=toon_voortgang_op_terminal())
"""

from .melden import toon_voortgang_op_terminal
from .typen import FASEN, BulkFout, Fase, Onleesbaar, Verslag, Voortgang
from .verwerken import verwerk

__all__ = [
    "FASEN",
    "BulkFout",
    "Fase",
    "Onleesbaar",
    "Verslag",
    "Voortgang",
    "toon_voortgang_op_terminal",
    "verwerk",
]
