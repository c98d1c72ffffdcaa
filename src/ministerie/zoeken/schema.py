"""The schema of the search index and its Dutch text analysis.

Analysis of ``titel``, ``kenmerk`` and ``inhoud`` (both when indexing and when querying):
split on everything that is not a letter or digit, drop tokens over 40 bytes (base64 and other
junk from PDF extraction), lowercase, fold accents to ASCII ("beëdiging" -> "beediging",
"René" -> "rene") and stem with the Snowball Dutch stemmer ("woningen" and "woning" -> "woon").
Compounds are not split: "woningbouw" stays "woningbouw" and is not found by "woning".
"""

from __future__ import annotations

import tantivy

#: Name under which the Dutch analyzer is registered on every opened index.
ANALYZER = "nl"

#: Longest token (in bytes) that is indexed; longer tokens are dropped.
MAX_TOKENLENGTE = 40

#: How much of ``tekst`` is stored for snippets (characters). The whole text is indexed, so a
#: document is found by words beyond this limit; its snippet then shows the start of the text.
MAX_OPGESLAGEN_TEKST = 100_000

# Field names.
ID = "id"
SOORT = "soort"
STATUS = "status"
TITEL = "titel"
KENMERK = "kenmerk"
INHOUD = "inhoud"
TEKST_OPSLAG = "tekst_opslag"
EENHEID = "eenheid"
GEBRUIKERS = "gebruikers"
RUBRICERING = "rubricering"
DATUM = "datum"

#: Fields whose matches add to the score of a document found through ``inhoud``, with weight.
BOOSTVELDEN: dict[str, float] = {TITEL: 2.0, KENMERK: 2.0}


def nederlandse_analyzer() -> tantivy.TextAnalyzer:
    """The analyzer for Dutch text: tokenize, drop long tokens, lowercase, fold, stem."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKENLENGTE))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .filter(tantivy.Filter.stemmer("dutch"))
        .build()
    )


def bouw_schema() -> tantivy.Schema:
    """The index schema.

    ``id``, ``soort`` and ``status`` are exact terms (raw tokenizer): ``id`` is the upsert and
    delete key. ``inhoud`` holds titel, kenmerk and tekst as three values (tantivy leaves a
    position gap between values, so a phrase does not run from one into the next): every word
    of a query must match in it. ``titel`` and ``kenmerk`` are also indexed on their own, only
    to add to the score. The text is not stored as such; a capped copy for snippets is stored
    in ``tekst_opslag`` (a stored-only bytes field, UTF-8). ``eenheid``, ``rubricering`` and
    ``datum`` are indexed and fast fields for the permission and date filters; a document
    without an ``eenheid`` or ``datum`` simply has no value and fails any filter on it.
    """
    sb = tantivy.SchemaBuilder()
    sb.add_text_field(ID, stored=True, tokenizer_name="raw", index_option="basic")
    sb.add_text_field(SOORT, tokenizer_name="raw", index_option="basic")
    sb.add_text_field(STATUS, tokenizer_name="raw", index_option="basic")
    sb.add_text_field(TITEL, stored=True, tokenizer_name=ANALYZER)
    sb.add_text_field(KENMERK, tokenizer_name=ANALYZER)
    sb.add_text_field(INHOUD, tokenizer_name=ANALYZER)
    sb.add_bytes_field(TEKST_OPSLAG, stored=True, indexed=False)
    sb.add_integer_field(EENHEID, indexed=True, fast=True)
    sb.add_integer_field(GEBRUIKERS, indexed=True, fast=True)
    sb.add_integer_field(RUBRICERING, indexed=True, fast=True)
    sb.add_date_field(DATUM, indexed=True, fast=True)
    return sb.build()
