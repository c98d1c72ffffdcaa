"""The schema of the search index and its Dutch text analysis.

The text analysis is done in Python by ``taal.py`` (see there): every word of ``titel``,
``kenmerk`` and ``tekst`` becomes its search key (lowercase, accents folded, singular:
"Woningen" -> "woning", "nota's" -> "nota", "leden" -> "lid"), one key per word so that
phrases keep their positions, and the keys are handed to tantivy as text that the ``nl``
analyzer only cuts at spaces. The parts of compounds ("huurtoeslag" -> "huur", "toeslag") go
into a separate field ``delen``, so that "toeslag" finds "huurtoeslag" while a document with the
whole word "toeslag" ranks higher (``DEELGEWICHT``).

``SCHEMA_VERSIE`` names the schema and the analysis together: an index is kept in the
subfolder ``schema-<versie>`` of its folder, and an index built with another version is never
read (see ``index.py``).
"""

from __future__ import annotations

from pathlib import Path

import tantivy

from .taal import MAX_TOKENLENGTE as MAX_TOKENLENGTE

#: Version of schema and analysis; raise it whenever either changes (the index is rebuilt).
SCHEMA_VERSIE = 2

#: Name under which the analyzer (of text already turned into keys) is registered.
ANALYZER = "nl"

#: Weight of a match on a compound part against a match on the whole word.
DEELGEWICHT = 0.25

#: How much of ``tekst`` is stored for snippets (characters). The whole text is indexed, so a
#: document is found by words beyond this limit; its snippet then shows the start of the text.
MAX_OPGESLAGEN_TEKST = 100_000

# Field names.
ID = "id"
SOORT = "soort"
STATUS = "status"
TITEL = "titel"
TITEL_OPSLAG = "titel_opslag"
DELEN = "delen"
KENMERK = "kenmerk"
INHOUD = "inhoud"
TEKST_OPSLAG = "tekst_opslag"
EENHEID = "eenheid"
GEBRUIKERS = "gebruikers"
RUBRICERING = "rubricering"
DATUM = "datum"

#: Fields whose matches add to the score of a document found through ``inhoud``, with weight.
BOOSTVELDEN: dict[str, float] = {TITEL: 2.0, KENMERK: 2.0}


def indexmap(pad: Path) -> Path:
    """The folder inside ``pad`` that holds the index of this schema version."""
    return pad / f"schema-{SCHEMA_VERSIE}"


def nederlandse_analyzer() -> tantivy.TextAnalyzer:
    """The tantivy side of the Dutch analysis: the text is already a string of search keys
    (``taal.sleutels``), so it is only cut at whitespace and over-long tokens are dropped."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace())
        .filter(tantivy.Filter.remove_long(MAX_TOKENLENGTE))
        .build()
    )


def bouw_schema() -> tantivy.Schema:
    """The index schema.

    ``id``, ``soort`` and ``status`` are exact terms (raw tokenizer): ``id`` is the upsert and
    delete key. ``inhoud`` holds the keys of titel, kenmerk and tekst as three values (tantivy
    leaves a position gap between values, so a phrase does not run from one into the next):
    every word of a query must match in it or in ``delen``, the keys of the parts of the
    compounds in the document (positions not kept). ``titel`` and ``kenmerk`` are also indexed
    on their own, only to add to the score. The original title and a capped copy of the text
    are stored for display and snippets in ``titel_opslag`` and ``tekst_opslag`` (stored-only
    bytes fields, UTF-8). ``eenheid``, ``rubricering`` and ``datum`` are indexed and fast
    fields for the permission and date filters; a document without an ``eenheid`` or
    ``datum`` simply has no value and fails any filter on it.
    """
    sb = tantivy.SchemaBuilder()
    sb.add_text_field(ID, stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_text_field(SOORT, tokenizer_name="raw", index_option="basic")
    sb.add_text_field(STATUS, tokenizer_name="raw", index_option="basic")
    sb.add_text_field(TITEL, tokenizer_name=ANALYZER)
    sb.add_text_field(KENMERK, tokenizer_name=ANALYZER)
    sb.add_text_field(INHOUD, tokenizer_name=ANALYZER)
    sb.add_text_field(DELEN, tokenizer_name=ANALYZER, index_option="freq")
    sb.add_bytes_field(TITEL_OPSLAG, stored=True, indexed=False)
    sb.add_bytes_field(TEKST_OPSLAG, stored=True, indexed=False)
    sb.add_integer_field(EENHEID, indexed=True, fast=True)
    sb.add_integer_field(GEBRUIKERS, indexed=True, fast=True)
    sb.add_integer_field(RUBRICERING, indexed=True, fast=True)
    sb.add_date_field(DATUM, indexed=True, fast=True)
    return sb.build()
