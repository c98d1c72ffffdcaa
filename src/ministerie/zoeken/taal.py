"""Dutch text analysis for search, in Python: words, their search keys and compound parts.

Every word of a text and of a query goes through the same steps:

1. **Cutting** (``woorden``): a word is a run of letters and digits; an apostrophe between
   letters stays inside the word ("nota's", "zo'n"); everything else separates words
   ("BZK-2024/12" is three words). Words over ``MAX_TOKENLENGTE`` bytes (base64 and other
   junk from PDF extraction) are dropped.
2. **Folding**: lowercase, accents removed ("beëdiging" -> "beediging", "René" -> "rene").
3. **Key** (``sleutel``): singular and plural of a noun get the same key. Apostrophe plurals
   lose their "'s" ("nota's" -> "nota"). Irregular plurals come from ``ONREGELMATIG``
   (leden -> lid, steden -> stad, kinderen -> kind), also at the end of a compound
   ("commissieleden" -> "commissielid"); "-heden" -> "-heid". Regular plurals are undone by
   rule, and a candidate singular is only taken when it is a Dutch word: "-ies" -> "-ie",
   "-s"/"'s" after a vowel or "-er/-el/-en/-em", "-en" with the spelling changes of Dutch
   (bussen -> bus, brieven -> brief, huizen -> huis, and for an open syllable both the short
   and the long vowel: dagen -> dag or daag, sloten -> slot or sloot; the more frequent word
   wins). An inflected adjective loses its "-e" the same way (grote -> groot, nieuwe ->
   nieuw). A compound that is not in the word list is taken as head + known last word, and
   only the last word is made singular ("kinderopvangtoeslagen" -> "kinderopvangtoeslag").
4. **Parts** (``delen``): a compound is split into known words ("huurtoeslag" -> "huur",
   "toeslag"; "staatssecretaris" -> "staat", "secretaris", across the linking "s", "e" or
   "en"), recursively; the parts are searched beside the whole word.

The word list is the Dutch list of the ``wordfreq`` package (about 311,000 words with their
frequency in subtitles, Wikipedia, news, web text), loaded once per process from the package's
own data. A word counts as Dutch when its Zipf frequency is at least ``MIN_ZIPF``; a compound
part must be a common word (``MIN_ZIPF_DEEL``), not a particle used as prefix (``ver-``,
``aan-``) or a suffix (``-heid``, ``-lijk``), so that "verzekering" is not "ver" + "zekering".
The affix lists below are grammar, not vocabulary.

Limits (measured on the 300-pair list in the tests, which all pass): plurals that are two
words' plural at once take the more frequent one ("sloten": "slot", not "sloot"), and a word the
list does not know and that is no compound of known words keeps its plural.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections.abc import Collection, Iterator
from functools import lru_cache

#: Longest word (in bytes, after folding) that is indexed; longer words are dropped.
MAX_TOKENLENGTE = 40

#: Zipf frequency (log10 of occurrences per billion words) from which a word counts as Dutch.
MIN_ZIPF = 2.0
#: ... and from which it may be a part of a compound.
MIN_ZIPF_DEEL = 2.5
#: ... and from which it may be the head of an unknown compound whose last word is made singular.
MIN_ZIPF_KOP = 2.5
#: Shortest compound that is split, and shortest part.
MIN_SAMENSTELLING = 7
MIN_DEEL = 3

WOORD = re.compile(r"[^\W_]+(?:['’‘`][^\W_]+)*")
_APOSTROF = re.compile(r"['’‘`]")
_KLINKERS = frozenset("aeiouy")

#: Irregular plurals (folded) and their singular. Also used at the end of a compound.
ONREGELMATIG: dict[str, str] = {
    "leden": "lid",
    "steden": "stad",
    "schepen": "schip",
    "smeden": "smid",
    "kinderen": "kind",
    "eieren": "ei",
    "bladeren": "blad",
    "liederen": "lied",
    "volkeren": "volk",
    "kalveren": "kalf",
    "lammeren": "lam",
    "runderen": "rund",
    "goederen": "goed",
    "beenderen": "been",
    "raderen": "rad",
    "gelederen": "gelid",
    "hoenderen": "hoen",
    "koeien": "koe",
    "vlooien": "vlo",
    "musea": "museum",
    "centra": "centrum",
    "criteria": "criterium",
    "curricula": "curriculum",
    "politici": "politicus",
    "historici": "historicus",
    "technici": "technicus",
    "musici": "musicus",
    "academici": "academicus",
    "critici": "criticus",
    "logici": "logicus",
    "catalogi": "catalogus",
    "genera": "genus",
    "lieden": "man",  # brandweerlieden, kooplieden
}

#: Nouns with a short vowel that is long in the plural (dag -> dagen, slot -> sloten); also
#: at the end of a compound ("toeslag", "bedrag", "snelweg").
KORTE_KLINKER: tuple[str, ...] = tuple(
    """dag weg pad slot dak gat glas bad blad god hof lot schot spel vat bod gebrek bevel
    oorlog hertog staf slag drag gebed verlof lid stad schip smid
    """.split()
)

#: Particles and prefixes that do not count as the first part of a compound.
_GEEN_KOP = frozenset(
    """ver be ge ont her er mis on in op af aan uit toe om door over onder voor na mee weg bij
    tegen terug samen achter boven buiten binnen neer rond voort weer wan al niet zelf
    """.split()
)
#: Suffixes that do not count as the last part of a compound.
_GEEN_STAART = frozenset(
    """heid heden ing ingen lijk lijke baar bare schap schappen isme ismen loos loze tje tjes
    pje pjes etje etjes aar aars ster sters erij erijen atie aties ant anten ist isten teit
    achtig achtige ig ige iek ieken eren elen ens er ers ster nis nissen zaam zame
    """.split()
)
#: Linking letters between the parts of a compound.
_TUSSENKLANKEN = ("", "s", "en", "e")


@lru_cache(maxsize=1)
def _woordenlijst() -> dict[str, float]:
    """The Dutch word list: folded word -> Zipf frequency (the highest of its spellings)."""
    import wordfreq

    # Only the words from MIN_ZIPF on (about 100,000 of 311,000): below it a word counts as
    # unknown anyway, and the list stays small in every process (about 20 MB).
    ondergrens = 10 ** (MIN_ZIPF - 9)
    lijst: dict[str, float] = {}
    for woord, freq in wordfreq.get_frequency_dict("nl", wordlist="large").items():
        if freq < ondergrens:
            continue
        sleutel = vouw(woord)
        zipf = round(math.log10(freq) + 9, 2)
        if zipf > lijst.get(sleutel, 0.0):
            lijst[sleutel] = zipf
    return lijst


def zipf(woord: str) -> float:
    """The Zipf frequency of a folded word (0 when the list does not know it)."""
    return _woordenlijst().get(woord, 0.0)


def vouw(woord: str) -> str:
    """Lowercase and remove accents ("Beëdiging" -> "beediging")."""
    woord = woord.lower()
    if woord.isascii():
        return woord
    return "".join(c for c in unicodedata.normalize("NFKD", woord) if not unicodedata.combining(c))


def woorden(tekst: str) -> Iterator[tuple[int, int, str]]:
    """The words of ``tekst``: (start, end) in characters and the folded word."""
    for m in WOORD.finditer(tekst):
        woord = vouw(m.group())
        if len(woord.encode()) <= MAX_TOKENLENGTE:
            yield m.start(), m.end(), woord


@lru_cache(maxsize=1 << 19)
def sleutel(woord: str) -> str:
    """The search key of a folded word: the same for singular and plural (module docstring)."""
    if "'" in woord or "’" in woord or "‘" in woord or "`" in woord:
        woord = _APOSTROF.sub("'", woord)
        if woord.endswith("'s") and len(woord) > 2:
            woord = woord[:-2]
        woord = woord.replace("'", "")
        if not woord:
            return ""
    for _ in range(4):
        kleiner = _enkelvoud(woord)
        if kleiner is None or kleiner == woord:
            break
        woord = kleiner
    return woord


@lru_cache(maxsize=1 << 19)
def delen(woord: str) -> tuple[str, ...]:
    """The keys of the parts of a compound (folded word), without the whole; () if none."""
    basis = sleutel(woord)
    gevonden: list[str] = []
    _splits_recursief(basis, gevonden, diepte=0)
    return tuple(d for d in dict.fromkeys(gevonden) if d != basis)


def hoofddelen(woord: str, max_zipf: float = 99.0) -> tuple[str, ...]:
    """The keys of the two parts of a compound (folded word) at its main split; () if none, or
    if a part is a word as common as ``max_zipf`` or more."""
    splitsing = _beste_splitsing(sleutel(woord))
    if splitsing is None or max(zipf(splitsing[0]), zipf(splitsing[1])) >= max_zipf:
        return ()
    return tuple(k for k in (sleutel(splitsing[0]), sleutel(splitsing[1])) if k)


def _splits_recursief(woord: str, gevonden: list[str], diepte: int) -> None:
    splitsing = _beste_splitsing(woord)
    if splitsing is None or diepte > 1:
        return
    for deel in splitsing:
        gevonden.append(sleutel(deel))
        _splits_recursief(deel, gevonden, diepte + 1)


@lru_cache(maxsize=1 << 18)
def _beste_splitsing(woord: str) -> tuple[str, str] | None:
    """The best split into two common words (head, tail), linking letter removed."""
    if len(woord) < MIN_SAMENSTELLING:
        return None
    lijst = _woordenlijst()
    z_geheel = lijst.get(woord, 0.0)
    beste: tuple[float, str, str] | None = None
    for i in range(MIN_DEEL, len(woord) - MIN_DEEL + 1):
        staart = woord[i:]
        if staart in _GEEN_STAART:
            continue
        z_staart = lijst.get(staart, 0.0)
        if z_staart < MIN_ZIPF_DEEL:
            continue
        voor = woord[:i]
        for tussen in _TUSSENKLANKEN:
            if tussen and not voor.endswith(tussen):
                continue
            kop = voor[: len(voor) - len(tussen)]
            if len(kop) < MIN_DEEL or kop in _GEEN_KOP:
                continue
            z_kop = lijst.get(kop, 0.0)
            if z_kop < MIN_ZIPF_DEEL:
                continue
            # Split only when the parts are together more common than the whole (geometric
            # mean of the frequencies, as Koehn & Knight 2003); the best such split wins.
            score = (z_kop + z_staart) / 2 - (0.3 if tussen else 0.0)
            if score > z_geheel and (beste is None or score > beste[0]):
                beste = (score, kop, staart)
    return None if beste is None else (beste[1], beste[2])


def _woordscore(woord: str) -> float:
    """How sure we are that ``woord`` is Dutch: its Zipf frequency, or for an unknown compound
    of known words that of its last part (less a little); 0 when it is not a word."""
    z = zipf(woord)
    if z >= MIN_ZIPF:
        return z
    if len(woord) >= MIN_SAMENSTELLING:
        splitsing = _beste_splitsing(woord)
        if splitsing is not None:
            return zipf(splitsing[1]) - 1.0
    return 0.0


def _enkelvoud(woord: str) -> str | None:
    """One step towards the singular, or None."""
    if woord in ONREGELMATIG:
        return ONREGELMATIG[woord]
    n = len(woord)
    if n < 4:
        return None
    # An irregular plural at the end of a compound: "commissieleden" -> "commissielid".
    for i in range(MIN_DEEL, n - 3):
        staart = woord[i:]
        if staart in ONREGELMATIG:
            kop = woord[:i]
            if _is_kop(kop):
                return kop + ONREGELMATIG[staart]
    if woord.endswith("heden") and n > 7:
        return woord[:-5] + "heid"
    if woord.endswith("ies") and _woordscore(woord[:-1]) > 0:
        return woord[:-1]
    if woord.endswith("s") and not woord.endswith("ss"):
        voor = woord[-2]
        # "-s" after a vowel or an unstressed "-er/-el/-en/-em"; after "-n/-r/-l" only in
        # longer words ("stations", "adviseurs"), so that "kans" and "mens" stay themselves.
        if (
            (voor in "aoue" or (woord.endswith(("ens", "ems", "els", "ers")) and n >= 6))
            and _woordscore(woord[:-1]) > 0
        ) or (voor in "nrl" and n >= 6 and zipf(woord[:-1]) >= MIN_ZIPF):
            return woord[:-1]
    if woord.endswith("en") and n >= 4:
        kandidaat = _zonder_uitgang(woord[:-2])
        # "gemeenten" -> "gemeente", "bijlagen" -> "bijlage": only the "-n" is the plural.
        score_n = _woordscore(woord[:-1]) if n >= 6 else 0.0
        if score_n > 0 and (kandidaat is None or score_n >= _woordscore(kandidaat)):
            return woord[:-1]
        if kandidaat is not None:
            return kandidaat
    if woord.endswith("e") and n >= 5 and woord[-2] not in _KLINKERS:
        kandidaat = _zonder_uitgang(woord[:-1], min_score=3.0)
        if kandidaat is not None:
            return kandidaat
    # An unknown compound: make its last word singular ("...toeslagen" -> "...toeslag").
    if n >= MIN_SAMENSTELLING and zipf(woord) < MIN_ZIPF:
        for i in range(MIN_DEEL, n - MIN_DEEL + 1):
            staart = woord[i:]
            if zipf(staart) >= MIN_ZIPF_DEEL and _is_kop(woord[:i]):
                kleiner = _enkelvoud(staart)
                if kleiner is not None and kleiner != staart:
                    return woord[:i] + kleiner
                break
    return None


def _is_kop(kop: str) -> bool:
    """Can ``kop`` be the first part of a compound (with or without a linking letter)?"""
    if len(kop) < MIN_DEEL or kop in _GEEN_KOP:
        return False
    for tussen in _TUSSENKLANKEN:
        if tussen and not kop.endswith(tussen):
            continue
        basis = kop[: len(kop) - len(tussen)]
        if len(basis) >= MIN_DEEL and basis not in _GEEN_KOP and zipf(basis) >= MIN_ZIPF_KOP:
            return True
    return False


def _zonder_uitgang(stam: str, min_score: float = 0.0) -> str | None:
    """The singular for a stem whose ending "-en" or "-e" was removed, by Dutch spelling."""
    if len(stam) < 2:
        return None
    kandidaten: list[str] = []
    if len(stam) >= 3 and stam[-1] == stam[-2] and stam[-1] not in _KLINKERS:
        kandidaten.append(stam[:-1])  # bussen -> bus, plannen -> plan
    else:
        if stam[-1] == "v":
            stam = stam[:-1] + "f"  # brieven -> brief
        elif stam[-1] == "z":
            stam = stam[:-1] + "s"  # huizen -> huis
        # An open syllable: the vowel is long and written double in the singular
        # (sloten -> sloot, bomen -> boom), except for the short-vowel words that lengthen
        # their vowel in the plural (dag -> dagen, slot -> sloten, toeslag -> toeslagen) and
        # an unstressed "-el/-er" (middelen -> middel); the other spelling is the fallback.
        toonloos = len(stam) >= 5 and stam.endswith(("el", "er"))
        if toonloos:
            kandidaten.append(stam)
        if (
            stam[-1] not in _KLINKERS
            and stam[-2] in "aeou"
            # after "i" too: sociale -> sociaal, financiele -> financieel (not a diphthong)
            and (len(stam) == 2 or stam[-3] not in _KLINKERS or stam[-3] == "i")
            and not stam.endswith(KORTE_KLINKER)
        ):
            kandidaten.append(stam[:-1] + stam[-2] + stam[-1])
        if not toonloos:
            kandidaten.append(stam)
    for kandidaat in kandidaten:
        if len(kandidaat) >= MIN_DEEL and _woordscore(kandidaat) > min_score:
            return kandidaat
    return None


def sleutels(tekst: str) -> list[str]:
    """The keys of the words of ``tekst``, in order (empty keys left out)."""
    return [a[0] for a in map(analyse, WOORD.findall(tekst)) if a[0]]


# Per spelling as it stands in a text: its key ("" for a word that is dropped), and, only for
# compounds, its parts. Indexing looks every word up here (in C, through ``map``).
_SLEUTELS: dict[str, str] = {}
_DELEN: dict[str, tuple[str, ...]] = {}
# And the other way round, for marking matches: key -> spellings that have it (whole or part).
_VORMEN: dict[str, set[str]] = {}
_MAX_ANALYSES = 1 << 20


def _analyseer_nieuw(ruw: str) -> str:
    woord = vouw(ruw)
    d: tuple[str, ...] = ()
    if len(woord.encode()) > MAX_TOKENLENGTE:
        k = ""
    else:
        k = sleutel(woord)
        d = delen(woord) if k else ()
    if len(_SLEUTELS) >= _MAX_ANALYSES:
        _SLEUTELS.clear()
        _DELEN.clear()
        _VORMEN.clear()
    if d:
        _DELEN[ruw] = d
    for s in (k, *d) if k else ():
        _VORMEN.setdefault(s, set()).add(ruw)
    _SLEUTELS[ruw] = k
    return k


def vormen(spellingen: set[str], sleutels: Collection[str]) -> set[str]:
    """Those of ``spellingen`` (words as they stand in a text) that have one of ``sleutels``
    as key or as compound part."""
    for nieuw in [w for w in spellingen if w not in _SLEUTELS]:
        _analyseer_nieuw(nieuw)
    gevonden: set[str] = set()
    for s in sleutels:
        gevonden |= _VORMEN.get(s, set()) & spellingen
    return gevonden


def analyse(ruw: str) -> tuple[str, tuple[str, ...]]:
    """Key and compound parts of a word as it stands in the text (not folded); ("", ()) for a
    word that is dropped."""
    k = _SLEUTELS.get(ruw)
    if k is None:
        k = _analyseer_nieuw(ruw)
    return k, _DELEN.get(ruw, ())


def analyseer(tekst: str, delen: dict[str, None]) -> str:
    """The keys of the words of ``tekst`` as one space-separated string (what the index gets);
    the keys of the compound parts are added to ``delen``."""
    woorden = WOORD.findall(tekst)
    sleutels = list(map(_SLEUTELS.get, woorden))
    if None in sleutels:
        sleutels = [_analyseer_nieuw(w) if k is None else k for w, k in zip(woorden, sleutels, strict=True)]
    samenstellingen = _DELEN.keys() & set(woorden)
    if samenstellingen:
        delen.update(dict.fromkeys(itertools.chain.from_iterable(_DELEN.get(w, ()) for w in samenstellingen)))
    return " ".join(filter(None, sleutels))
