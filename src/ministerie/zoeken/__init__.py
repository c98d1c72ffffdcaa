"""Full-text search over the system's documents: an embedded tantivy index, no Django.

``Zoekindex`` keeps the index (in a directory, or in memory for tests); ``Zoekdocument`` is
what is indexed; ``Zoekindex.zoek`` returns a ``Zoekuitkomst`` with ``Treffer``s. Permissions
(rubricering, eenheden) are filters inside the query, so counts never include hidden documents.
The Dutch text analysis (singular/plural, apostrophes, compound parts) is in ``taal``; a
``Zoekuitkomst.melding`` says when the index awaits a rebuild after a schema change.
"""

from .index import IndexBezet, Treffer, Zoekdocument, Zoekindex, Zoekuitkomst
from .schema import nederlandse_analyzer

__all__ = [
    "IndexBezet",
    "Treffer",
    "Zoekdocument",
    "Zoekindex",
    "Zoekuitkomst",
    "nederlandse_analyzer",
]
