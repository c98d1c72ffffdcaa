"""Safe translation of a user's search text, and of the filters, into a tantivy query.

The user's text never reaches tantivy's query parser. It is cut into words and "quoted phrases"
here, every part is turned into search keys (``taal.sleutel``), and the query is built from term
and phrase queries on the search fields only. So quotes, parentheses, colons, ``field:value``, ``*`` or
``AND``/``OR`` are just text: they cannot address another field, widen the query or raise.

Rules:

- every part must match (AND), in titel, kenmerk or tekst (matches in titel and kenmerk score
  higher); a single word also matches as part of a compound ("toeslag" finds "huurtoeslag"),
  and a compound also matches a text with both its parts ("verkiezingsuitslag" finds "de
  uitslag van de verkiezingen"); both score lower than the whole word;
- ``"two words"`` is a phrase; an unbalanced quote is ignored;
- a word that the analysis cuts into several words ("BZK-2024/12", "titel:geheim") is a
  phrase of those tokens, as in tantivy's own query parser;
- the capitalised operators AND, OR, NOT, && and || are ignored: there is no operator syntax;
- at most ``MAX_VRAAGLENGTE`` characters and ``MAX_ONDERDELEN`` parts are used; the rest of a
  longer input is ignored;
- input that leaves no token (empty, ``*``, only punctuation) gives no query: nothing matches.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, date, datetime

import tantivy

from . import schema as s
from . import taal

MAX_VRAAGLENGTE = 1_000
MAX_ONDERDELEN = 32
MAX_FRASEWOORDEN = 16

#: A compound in the query also matches a text with all its parts apart (scored as a part),
#: unless a part is a very common word (Zipf >= ``MAX_ZIPF_LOS_DEEL``: "kamer", "vraag", "dag"),
#: which would make "kamervraag" match nearly every document. Measured on
#: bench/zoekkwaliteit.py (recall@20 / nDCG@10): off 0.929 / 0.924, on 0.939 / 0.936, on
#: without the limit 0.951 / 0.941. On the synthetic bench/zoeken_index.py corpus (random
#: words) it multiplies the matches of rare compound queries, whose parts co-occur by chance.
SAMENSTELLING_IN_DELEN = True
MAX_ZIPF_LOS_DEEL = 5.0

_OPERATOREN = frozenset({"AND", "OR", "NOT", "&&", "||"})
_AANHALINGSTEKENS = str.maketrans(dict.fromkeys("“”„‟«»＂", '"'))
_FRASE = re.compile(r'"([^"]*)"')


@dataclass(frozen=True)
class Onderdeel:
    """One part of a query: one analyzed term, or a phrase of (position, term) pairs."""

    termen: tuple[tuple[int, str], ...]
    #: For a single compound word: the keys of its two main parts ("huur", "toeslag").
    delen: tuple[str, ...] = ()

    @property
    def is_frase(self) -> bool:
        return len(self.termen) > 1


def ontleed(vraag: str) -> list[Onderdeel]:
    """Cut the user's text into analyzed parts (see the module docstring for the rules)."""
    if len(vraag) > MAX_VRAAGLENGTE:
        # Cut at a space so that no half word is searched.
        vraag = vraag[: MAX_VRAAGLENGTE + 1].rsplit(maxsplit=1)[0][:MAX_VRAAGLENGTE]
    vraag = vraag.translate(_AANHALINGSTEKENS)
    stukken: list[tuple[str, bool]] = []
    begin = 0
    for m in _FRASE.finditer(vraag):
        stukken.append((vraag[begin : m.start()], False))
        stukken.append((m.group(1), True))
        begin = m.end()
    stukken.append((vraag[begin:].replace('"', " "), False))

    onderdelen: list[Onderdeel] = []
    for tekst, is_frase in stukken:
        woorden = [tekst] if is_frase else tekst.split()
        for woord in woorden:
            if woord in _OPERATOREN:
                continue
            onderdeel = _analyseer(woord)
            if onderdeel is not None and onderdeel not in onderdelen:
                onderdelen.append(onderdeel)
    return onderdelen[:MAX_ONDERDELEN]


def _analyseer(tekst: str) -> Onderdeel | None:
    woorden = [w for _, _, w in taal.woorden(tekst)][:MAX_FRASEWOORDEN]
    sleutels = [k for k in map(taal.sleutel, woorden) if k]
    if not sleutels:
        return None
    delen = (
        taal.hoofddelen(woorden[0], MAX_ZIPF_LOS_DEEL) if len(woorden) == 1 and SAMENSTELLING_IN_DELEN else ()
    )
    return Onderdeel(tuple(enumerate(sleutels)), delen)


def tekstdelen(
    onderdelen: list[Onderdeel], schema: tantivy.Schema
) -> list[tuple[tantivy.Occur, tantivy.Query]]:
    """The clauses for the user's words: each part must match in ``inhoud``; a match of the
    same part in ``titel`` or ``kenmerk`` only adds to the score (boosted).

    A single word must match in ``inhoud`` or, as a compound part, in ``delen`` (weighing
    ``DEELGEWICHT``); a phrase only in ``inhoud``. Keeping the rest of the query on one field
    rather than a union over fields keeps it an intersection, which tantivy can drive from the
    most selective clause (often a permission filter) instead of evaluating, say, a phrase on
    every document.
    """
    delen: list[tuple[tantivy.Occur, tantivy.Query]] = []
    for onderdeel in onderdelen:
        geheel = _deelvraag(schema, s.INHOUD, onderdeel)
        if onderdeel.is_frase:
            delen.append((tantivy.Occur.Must, geheel))
        else:
            # The whole word, or the word as a part of a compound (which weighs less), or for
            # a compound: all its parts ("verkiezingsuitslag": "uitslag van de verkiezing").
            als_deel = tantivy.Query.boost_query(_deelvraag(schema, s.DELEN, onderdeel), s.DEELGEWICHT)
            keuzes = [(tantivy.Occur.Should, geheel), (tantivy.Occur.Should, als_deel)]
            if onderdeel.delen:
                alle_delen = tantivy.Query.boolean_query(
                    [(tantivy.Occur.Must, _woord_of_deel(schema, deel)) for deel in onderdeel.delen]
                )
                keuzes.append((tantivy.Occur.Should, tantivy.Query.boost_query(alle_delen, s.DEELGEWICHT)))
            delen.append((tantivy.Occur.Must, tantivy.Query.boolean_query(keuzes)))
        for veld, boost in s.BOOSTVELDEN.items():
            q = tantivy.Query.boost_query(_deelvraag(schema, veld, onderdeel), boost)
            delen.append((tantivy.Occur.Should, q))
    return delen


def sleutels(onderdelen: list[Onderdeel]) -> frozenset[str]:
    """Every key that the query searches (for marking the matches in a snippet)."""
    return frozenset(term for o in onderdelen for _, term in o.termen)


def _deelvraag(schema: tantivy.Schema, veld: str, onderdeel: Onderdeel) -> tantivy.Query:
    if onderdeel.is_frase:
        return tantivy.Query.phrase_query(schema, veld, list(onderdeel.termen))
    return tantivy.Query.term_query(schema, veld, onderdeel.termen[0][1], index_option="freq")


def _woord_of_deel(schema: tantivy.Schema, sleutel: str) -> tantivy.Query:
    return tantivy.Query.boolean_query(
        [
            (tantivy.Occur.Should, tantivy.Query.term_query(schema, s.INHOUD, sleutel, index_option="freq")),
            (tantivy.Occur.Should, tantivy.Query.term_query(schema, s.DELEN, sleutel, index_option="freq")),
        ]
    )


def filters(
    schema: tantivy.Schema,
    *,
    max_rubricering: int,
    eenheden: Collection[int] | None,
    soorten: Collection[str] | None,
    statussen: Collection[str] | None,
    van: date | None,
    tot: date | None,
    gebruiker: int | None = None,
) -> list[tantivy.Query]:
    """The filter queries (each must match). Callers handle empty collections beforehand."""
    resultaat = [
        tantivy.Query.range_query(
            schema, s.RUBRICERING, tantivy.FieldType.Integer, upper_bound=max_rubricering
        )
    ]
    if eenheden is not None:
        toegang: list[tuple[tantivy.Occur, tantivy.Query]] = []
        if eenheden:
            eenheidvraag = tantivy.Query.term_set_query(schema, s.EENHEID, sorted(set(eenheden)))
            toegang.append((tantivy.Occur.Should, eenheidvraag))
        if gebruiker is not None:
            gebruikervraag = tantivy.Query.term_query(schema, s.GEBRUIKERS, gebruiker)
            toegang.append((tantivy.Occur.Should, gebruikervraag))
        resultaat.append(tantivy.Query.boolean_query(toegang))
    if soorten is not None:
        resultaat.append(tantivy.Query.term_set_query(schema, s.SOORT, sorted(set(soorten))))
    if statussen is not None:
        resultaat.append(tantivy.Query.term_set_query(schema, s.STATUS, sorted(set(statussen))))
    if van is not None or tot is not None:
        resultaat.append(
            tantivy.Query.range_query(
                schema,
                s.DATUM,
                tantivy.FieldType.Date,
                lower_bound=None if van is None else als_datetime(van),
                upper_bound=None if tot is None else als_datetime(tot),
            )
        )
    return resultaat


def zoekvraag(
    delen: list[tuple[tantivy.Occur, tantivy.Query]], filterqueries: list[tantivy.Query]
) -> tantivy.Query:
    """The text clauses restricted by the filters, which add nothing to the score."""
    return tantivy.Query.boolean_query(
        delen + [(tantivy.Occur.Must, tantivy.Query.const_score_query(f, 0.0)) for f in filterqueries]
    )


def als_datetime(d: date) -> datetime:
    """A date as the midnight-UTC datetime that the ``datum`` field stores."""
    return datetime(d.year, d.month, d.day, tzinfo=UTC)
