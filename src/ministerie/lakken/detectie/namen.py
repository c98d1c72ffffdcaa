"""Names of persons (label PERSOON).

The text is split into tokens (words, initials, punctuation; a name never crosses a line). A
run of name-like tokens — initials, capitalised words, tussenvoegsels followed by a capitalised
word — is a candidate. It is accepted on evidence:

- a title or form of address before it ("de heer", "mw.", "drs.", "minister"), a kinship or
  role word ("familie", "collega"), or a layout context (salutation, e-mail header item,
  signature line, chat speaker; see ``context``);
- initials followed by a surname ("J.P. de Vries");
- a known first name followed by a surname ("Fatima el Amrani", "Mehmet Yılmaz");
- a tussenvoegsel and a known surname ("Van der Horst-Schipper", "de Vries");
- a single known first name or a single known, non-word surname.

It is rejected when it is part of an organisation ("Stichting De Jong Fonds", "Bakker B.V.",
a known brand), a street name ("Johan de Wittlaan"), or a place ("Den Bosch", "De Bilt"), and
when it names a unit or a function: a kind of unit or a function title before or in it
("Secretariaat DGO", "Coördinator Woo", word lists ``eenheidswoorden.txt`` and
``functietitels.txt``), an entry of the negative list (the organisation register, see
``negatief``), words with endings no name has ("Digitale Overheid"), or a word with an unknown
abbreviation in a header ("Informatiehuishouding DGO").

A name found once is found everywhere in the same text ("Hoi Robby," ... "Robby belt"), unless
the text also uses the word in lower case; in chat exports also in lower case.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from .context import Vak, vind_vakken
from .lijsten import Lijsten, lijsten, normaliseer
from .negatief import Negatief
from .spans import Kandidaat

_HOOFD = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽ"
_INIT = rf"(?:[{_HOOFD}]|Th|Ch|Ph|Chr|Tj|Sj|IJ|Joh|Jac|Wm)\."
_TOKEN = re.compile(
    rf"(?P<init>{_INIT}(?:[ ]?-?[ ]?{_INIT})*)(?![\w])"
    r"|(?P<apos>['’][tsT](?![\w]))"
    r"|(?P<woord>[^\W\d_]+(?:['’-][^\W\d_]+)*)"
    r"|(?P<getal>\d+)"
    r"|(?P<nl>\n)"
    r"|(?P<teken>[^\w\s])"
)

# Tussenvoegsels (lower case, as token tuples).
_TV = frozenset(
    tuple(t.split())
    for t in """van|van de|van der|van den|van het|van 't|van ter|van te|de|den|der|'t|ter|ten|
    te|in 't|in de|in den|in het|op de|op den|op 't|op ten|op het|uit de|uit den|uit het|
    aan de|aan den|aan 't|aan het|bij de|bij 't|onder de|over de|voor de|voor den|voor 't|
    von|von der|von dem|zu|vom|el|al|ben|ibn|ait|aït|ould|abou|abu|bin|da|di|dos|das|du|del|
    della|la|le|des|d'|l'|mac|mc|uijt de|uijt den|van de la""".replace("\n", "").split("|")
)
_TV_EERSTE = frozenset(t[0] for t in _TV)
_TV_MAX = max(len(t) for t in _TV)

# Titles and forms of address (lower case, without the dot).
_TITELS = frozenset(
    """dhr mw mevr mevrouw meneer mr drs ir ing dr prof ds bc mej juffrouw heer mrs ms miss mister
    madame madam monsieur sir zr br pater dominee wijlen""".split()
)
_TITEL_PUNT = frozenset("dhr mw mevr mr drs ir ing dr prof ds bc mej zr br".split())
# Words after which a name follows (relaxed acceptance), but no tussenvoegsel may open it.
_ROLLEN = frozenset(
    """minister staatssecretaris premier minister-president burgemeester wethouder commissaris
    gouverneur kamerlid senator gedeputeerde voorzitter directeur directeur-generaal
    secretaris-generaal collega familie gezin echtpaar weduwe weduwnaar cliënt client
    betrokkene verzoeker verzoekster aanvrager aanvraagster klager klaagster melder
    buurman buurvrouw zoon dochter broer zus zuster vader moeder partner echtgenoot echtgenote
    oom tante opa oma neef nicht medewerker medewerkster stagiair stagiaire advocaat
    notulist agent rechercheur inspecteur officier huisarts""".split()
)
# Words that make the capitalised words next to them an organisation.
_ORG_VOOR = frozenset(
    """stichting vereniging gemeente provincie ministerie fonds bureau advocatenkantoor
    bakkerij hotel restaurant café cafe firma kantoor basisschool school ziekenhuis
    universiteit hogeschool museum kliniek apotheek praktijk zorggroep woonstichting holding
    groep coöperatie cooperatie maatschap installatiebedrijf schoonmaakbedrijf bouwbedrijf
    transportbedrijf taxibedrijf aannemersbedrijf garage autobedrijf bedrijf theater zaal
    kazerne paviljoen lyceum college gymnasium academie instituut centrum huize prijs
    lezing stadion sportpark park brug tunnel sluis gemaal waterschap omroep uitgeverij
    makelaardij notariskantoor accountantskantoor adviesbureau ingenieursbureau fundatie
    koninklijke koninklijk nv bv kapsalon slagerij drogisterij tandartspraktijk gebr gebroeders
    fa wed firma camping manege snackbar cafetaria pizzeria winkel supermarkt kwekerij
    loonbedrijf hoveniersbedrijf schildersbedrijf""".split()
)
_ORG_NA = frozenset(
    """b.v. bv n.v. nv v.o.f. vof c.v. cv holding groep group beheer fonds stichting
    vereniging advocaten notarissen makelaars accountants architecten partners consultancy
    company bouw transport installatietechniek huis arena stadion prijs lezing instituut
    museum mc umc ziekenhuis kliniek zaal kazerne centrum college lyceum school academie
    foundation award trust ltd gmbh inc bank verzekeringen vastgoed schoonmaak installatie
    installaties techniek advies makelaardij schilders loodgieters hoveniers catering
    logistiek media design consult ict services service zorg kinderopvang thuiszorg
    fysiotherapie tandartsen huisartsen co zn zonen""".split()
)
_ORG_SUFFIX = re.compile(
    r"(?i)(?:bedrijf|kantoor|stichting|vereniging|fonds|groep|centrum|school|college|lyceum|"
    r"huis|ziekenhuis|kliniek|instituut|museum|prijs|lezing|zaal|kazerne|theater|academie|"
    r"gemeente|ministerie|dienst|raad|bank|arena|stadion|techniek|service|services|advies)$"
)
# A capitalised name after these words is the name of a law or motion ("Wet Hillen").
_WET = frozenset("wet motie amendement kabinet regeling fonds prijs".split())
# A surname after a bare tussenvoegsel that means something else ("de Koning", "de Kroon").
_TV_NIET = frozenset(
    """koning koningin kroon staat top post zee water molen tuin dam brink hof rijk punt last
    prins prinses keizer meester hertog stam steen markt brug heide veld plas poel laan kamp
    berg bos wal maas rijn waal ijssel schelde lek vecht amstel""".split()
)
# Street-name endings that (almost) never end a surname: "Wittlaan", "Frankstraat". Endings
# shared with surnames ("Groenendijk", "Oosterhof", "Veldkamp") are left out.
# Word-like surnames that are institutions when capitalised: never a name on their own.
_INSTITUUT = frozenset(
    """koning koningin prins prinses staat rijk kroon hof top post punt last meester keizer
    graaf hertog ridder water zee dam brink markt park hoek kamp kamer raad""".split()
)
_STRAAT = re.compile(
    r"(?i)^[^\W\d_][\w'’.-]*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|steeg|markt|"
    r"haven|burgwal|plantsoen|boulevard|allee|straatweg)$"
)
# Endings of Dutch abstract nouns and adjectives that no surname or given name has: the words
# of a unit's or a field's name ("Digitale Overheid", "Constitutionele Zaken").
_ZELFSTANDIG = re.compile(
    r"(?:heid|schap|atie|iteit|isme|houding|ordening|wetgeving|voering|voorziening|ontwikkeling|"
    r"beleid|zaken|bestuur|toezicht|financien|verlening|ondersteuning|huisvesting|lijke|ische|"
    r"iele|ionele|uele)$"
)
_ZINSEINDE = frozenset(".!?:;•*-–—([{\"'“‘>|/")


@dataclass
class Token:
    tekst: str
    start: int
    end: int
    soort: str  # init, apos, woord, getal, nl, teken
    norm: str
    vak: Vak | None = None
    gat: bool = False  # preceded by a tab or two or more spaces
    negatief: bool = False  # part of a unit name, abbreviation or function title


_KOPPEL = re.compile(r"^([a-zà-ÿ]+)([-–])(?=[A-ZÀ-Þ])")


def tokens(tekst: str) -> list[Token]:
    uit = []
    for m in _TOKEN.finditer(tekst):
        soort = m.lastgroup or "teken"
        t = m.group()
        koppel = _KOPPEL.match(t) if soort == "woord" else None
        if koppel:
            # "motie-Omtzigt", "kabinet-Rutte", "amendement-Van": a common noun joined to a
            # name; split so the name stands on its own.
            a, b = m.start(), m.start() + len(koppel.group(1))
            uit.append(Token(koppel.group(1), a, b, "woord", normaliseer(koppel.group(1))))
            uit.append(Token(koppel.group(2), b, b + 1, "teken", koppel.group(2)))
            rest = t[len(koppel.group(0)) :]
            uit.append(Token(rest, b + 1, m.end(), "woord", normaliseer(rest)))
            continue
        norm = normaliseer(t) if soort in ("woord", "apos") else t
        if soort == "apos":
            norm = "'" + norm[1:]
        uit.append(Token(t, m.start(), m.end(), soort, norm))
    vorige = 0
    for tok in uit:
        tussen = tekst[vorige : tok.start]
        tok.gat = len(tussen) >= 2 or "\t" in tussen
        vorige = tok.end
    return uit


def _is_hoofd(w: str) -> bool:
    """Capitalised (not all caps): "Jansen", "IJsselmeer", "McDonald", "O'Brien"."""
    if not w[0].isupper() or len(w) < 2:
        return False
    if w.startswith("IJ"):
        return len(w) == 2 or not w[2:].isupper()
    return any(c.islower() for c in w[1:])


def _is_kapitaal(w: str) -> bool:
    """All capitals, at least two letters: "JANSEN", "ÇELIK"."""
    return len(w) >= 2 and w.isupper()


@dataclass
class _Klassen:
    lijst: Lijsten

    def vn(self, t: Token) -> bool:
        if t.norm in self.lijst.voornamen:
            return True
        delen = t.norm.split("-")
        if len(delen) > 1 and all(d in self.lijst.voornamen for d in delen):
            return True
        return self._bezit(t, self.lijst.voornamen)

    def an(self, t: Token) -> bool:
        if t.norm in self.lijst.achternamen:
            return True
        if any(d in self.lijst.achternamen and len(d) > 2 for d in t.norm.split("-")):
            return True
        return self._bezit(t, self.lijst.achternamen)

    def _bezit(self, t: Token, lijst: frozenset[str]) -> bool:
        """Possessive of a known name: "Jansens mail", "Sannes voorstel", "Anouks"."""
        n = t.norm
        if len(n) < 5 or not n.endswith("s") or n in self.lijst.stopwoorden:
            return False
        stam = n[:-2] if n.endswith("'s") else n[:-1]
        return stam in lijst and stam not in self.lijst.stopwoorden

    def an_sterk(self, t: Token) -> bool:
        """A surname that may stand alone: known, not an ordinary word, not a place."""
        if t.norm in self.lijst.achternamen_woorden or t.norm in self.lijst.stopwoorden:
            return False
        if t.norm in self.lijst.plaatsen_genormaliseerd or len(t.norm) < 3:
            return False
        return self.an(t)

    def vn_sterk(self, t: Token) -> bool:
        if t.norm in self.lijst.voornamen_woorden or t.norm in self.lijst.stopwoorden:
            return False
        if t.norm in self.lijst.plaatsen_genormaliseerd or len(t.norm) < 2:
            return False
        return self.vn(t)

    def woordnaam_midden(self, t: Token) -> bool:
        """A word-like name ("Roos", "Vos") that counts when capitalised mid-sentence."""
        return (
            t.norm not in _INSTITUUT
            and t.norm not in self.lijst.stopwoorden
            and t.norm not in self.lijst.plaatsen_genormaliseerd
            and len(t.norm) >= 3
        )

    def eenheid_of_functie(self, t: Token) -> bool:
        """A kind of unit ("Secretariaat", "Directie") or a function title ("Coördinator"),
        unless the word is also a known name ("Staf")."""
        delen = t.norm.split("-")
        if (
            t.norm in self.lijst.eenheidswoorden
            or t.norm in self.lijst.functietitels
            or (
                len(delen) > 1
                and (delen[0] in self.lijst.functietitels or delen[-1] in self.lijst.functietitels)
            )
        ):
            return not (self.vn(t) or self.an(t))
        return False

    def eenheid(self, t: Token) -> bool:
        return t.norm in self.lijst.eenheidswoorden and not (self.vn(t) or self.an(t))

    def achternaam_na_tv(self, t: Token) -> bool:
        """May this unknown capitalised word be the surname after "Van der"?"""
        return (
            t.norm not in _INSTITUUT
            and t.norm not in _TV_NIET
            and t.norm not in self.lijst.stopwoorden
            and not self.eenheid_of_functie(t)
            and len(t.norm) >= 2
        )

    def stop(self, t: Token) -> bool:
        """A word that is never part of a name (unless also in a name list)."""
        stop = self.lijst.stopwoorden
        if t.norm in stop or ("-" in t.norm and any(d in stop for d in t.norm.split("-"))):
            return not (self.vn(t) or self.an(t))
        return False

    def naamwoord(self, t: Token) -> bool:
        """May this word be a given name or surname inside a run?"""
        if t.soort != "woord":
            return False
        if t.vak is not None and t.vak.soort == "aanhef" and t.tekst.islower():
            return self.vn_sterk(t)  # "hoi sanne," in a chat
        if t.vak is not None and t.vak.soort == "aanhef_klein":
            # "hee robby," alone before the comma: a name, unless an ordinary word ("hoi allemaal,")
            return len(t.norm) >= 2 and not (
                t.norm in self.lijst.stopwoorden or self.eenheid_of_functie(t) or t.negatief
            )
        if not _is_hoofd(t.tekst):
            # A name in capitals ("JANSEN, P.", "DEVIKA SEWNATH") only when it is a known name,
            # or inside a layout context.
            if not _is_kapitaal(t.tekst) or t.norm in self.lijst.stopwoorden:
                return False
            if not (self.vn(t) or self.an(t) or (t.vak is not None and len(t.tekst) > 2)):
                return False
        if t.norm in _ORG_VOOR or t.norm in _WET or t.negatief:
            return False
        if self.eenheid_of_functie(t):
            return False
        if self.stop(t):
            return False
        if t.norm.split("-")[0] in _TITELS or t.norm in _ROLLEN:
            return False
        if _STRAAT.match(t.tekst) and not self.an(t):
            return False
        return not (_ORG_SUFFIX.search(t.norm) and not self.an(t) and not self.vn(t))


@cache
def _klassen() -> _Klassen:
    return _Klassen(lijsten())


@cache
def _meerwoord_index() -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """First normalised word -> [(all words, kind)] for places and organisations."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for soort, namen in (("plaats", lijsten().plaatsen), ("org", lijsten().organisaties)):
        for naam in namen:
            toks = [t for t in tokens(naam) if t.soort in ("woord", "apos", "init")]
            woorden = tuple(t.norm for t in toks)
            if woorden:
                n = _tv_lengte(toks, 0)
                if soort == "org" and n and len(woorden) == n + 1:
                    # "Van Oord", "Van den Broek": a company with a surname's shape. A title, a
                    # verb of speaking after it ("Van Oord meldt") or a common surname ("Broek")
                    # makes it a person.
                    index.setdefault(woorden[0], []).append((woorden, "org_naam"))
                    continue
                index.setdefault(woorden[0], []).append((woorden, soort))
    for lijst in index.values():
        lijst.sort(key=lambda x: -len(x[0]))
    return index


def _markeer_meerwoord(toks: list[Token]) -> list[tuple[int, int, str]]:
    """Token ranges (i, j exclusive) covered by a known place or organisation."""
    index = _meerwoord_index()
    woorden = [i for i, t in enumerate(toks) if t.soort in ("woord", "apos", "init")]
    uit = []
    for pos, i in enumerate(woorden):
        kandidaten = index.get(toks[i].norm)
        if not kandidaten:
            continue
        for reeks, soort in kandidaten:
            idx = woorden[pos : pos + len(reeks)]
            if len(idx) == len(reeks) and all(toks[k].norm == w for k, w in zip(idx, reeks, strict=True)):
                # Consecutive on one line.
                if all(toks[idx[n + 1]].start - toks[idx[n]].end <= 2 for n in range(len(idx) - 1)):
                    uit.append((i, idx[-1] + 1, soort))
                    break
    return uit


def _tv_lengte(toks: list[Token], i: int) -> int:
    """Length in tokens of the tussenvoegsel starting at ``i`` (0 if none)."""
    if toks[i].soort not in ("woord", "apos") or toks[i].norm not in _TV_EERSTE:
        return 0
    for n in range(_TV_MAX, 0, -1):
        reeks = toks[i : i + n]
        if len(reeks) < n or any(t.soort not in ("woord", "apos") for t in reeks):
            continue
        if tuple(t.norm for t in reeks) in _TV:
            # Within a tussenvoegsel only the first word may be capitalised ("Van der"), or all
            # of it in a name in capitals ("W.P. VAN DER VELDE").
            if all(t.tekst[0].islower() or t.soort == "apos" for t in reeks[1:]) or all(
                t.tekst.isupper() for t in reeks
            ):
                return n
    return 0


@dataclass
class _Run:
    begin: int  # token index
    eind: int  # exclusive
    woorden: list[int]  # indices of given names / surnames
    inits: list[int]
    tvs: list[int]


def _lees_run(toks: list[Token], i: int, kl: _Klassen, na_titel: bool = False) -> _Run | None:
    """The longest name-like run of tokens starting at ``i`` (``na_titel``: a title or form of
    address stands right before it)."""
    run = _Run(i, i, [], [], [])
    k = i
    achternaam_gezien = False
    while k < len(toks) and k - i < 10:
        t = toks[k]
        if k > i and t.gat:
            break  # a table-cell gap (tab, several spaces) ends a name
        if t.soort == "init" and not run.woorden and not run.tvs:
            run.inits.append(k)
            k += 1
            continue
        n = _tv_lengte(toks, k)
        if n and t.tekst[0].isupper() and kl.vn(t) and not run.woorden:
            n = 0  # "Ben Manne": a capitalised given name, not the particle "ben"
        if n == 1 and t.norm == "van" and t.tekst[0].islower() and not (run.woorden or run.inits or na_titel):
            break  # "het dossier van Mehmet Yılmaz": the preposition, not a particle
        if (
            n
            and run.woorden
            and t.tekst[0].islower()
            and (run.inits or any(kl.an(toks[w]) and not kl.vn(toks[w]) for w in run.woorden))
        ):
            break  # "L. Kramer van de ...": the name is complete before the particle
        if n:
            volgend = toks[k + n] if k + n < len(toks) else None
            if (
                volgend is not None
                and (kl.naamwoord(volgend) or _topo_achternaam(toks, k, n, volgend))
                and volgend.start - toks[k + n - 1].end <= 2
            ):
                run.tvs.extend(range(k, k + n))
                run.woorden.append(k + n)
                achternaam_gezien = True
                k += n + 1
                k = _verleng(toks, k, run, kl)
                break
            if t.tekst[0].islower() or t.soort == "apos":
                break
        kapitaal_vervolg = (
            run.woorden
            and _is_kapitaal(toks[run.woorden[-1]].tekst)
            and t.soort == "woord"
            and _is_kapitaal(t.tekst)
            and not kl.stop(t)
            and t.start - toks[k - 1].end <= 2
        )
        if kl.naamwoord(t) or kapitaal_vervolg:
            if achternaam_gezien:
                break
            run.woorden.append(k)
            k += 1
            # A hyphen at the end opens a double surname: "Jansen-de Wit".
            if t.tekst.endswith(("-", "–")):
                continue
            if "-" in t.tekst and t.tekst.rsplit("-", 1)[1].lower() in _TV_EERSTE:
                k = _verleng_na_koppel(toks, k, run, kl)
                break
            continue
        break
    if not run.woorden:
        return None
    run.eind = max(run.woorden + run.inits + run.tvs) + 1
    return run


# Structures that are also surnames after "van der", "ter": "Van der Sluis", "Ter Brug".
_TOPO = frozenset("sluis brug park tunnel gemaal zaal kamp".split())


def _topo_achternaam(toks: list[Token], k: int, n: int, volgend: Token) -> bool:
    tv = [t.norm for t in toks[k : k + n]]
    return (
        volgend.soort == "woord"
        and _is_hoofd(volgend.tekst)
        and volgend.norm in _TOPO
        and any(w in ("der", "den", "de", "ter", "ten") for w in tv)
    )


def _verleng_na_koppel(toks: list[Token], k: int, run: _Run, kl: _Klassen) -> int:
    """After "Jansen-de": take the rest of the tussenvoegsel and the second surname."""
    n = _tv_lengte(toks, k) if k < len(toks) else 0
    j = k + n
    if j < len(toks) and kl.naamwoord(toks[j]):
        run.tvs.extend(range(k, j))
        run.woorden.append(j)
        return j + 1
    if k < len(toks) and kl.naamwoord(toks[k]):
        run.woorden.append(k)
        return k + 1
    return k


def _verleng(toks: list[Token], k: int, run: _Run, kl: _Klassen) -> int:
    """After a surname: a second surname ("Bruins Slot") or " - de Groot"."""
    if k < len(toks) and toks[k].tekst in ("-", "–") and k + 1 < len(toks):
        n = _tv_lengte(toks, k + 1)
        j = k + 1 + n
        if j < len(toks) and kl.naamwoord(toks[j]) and toks[j].start - toks[k].end <= 2:
            run.tvs.extend(range(k + 1, j))
            run.woorden.append(j)
            return j + 1
    if run.woorden and run.woorden[-1] == k - 1 and "-" in toks[k - 1].tekst:
        delen = toks[k - 1].tekst.rsplit("-", 1)
        if delen[1].lower() in _TV_EERSTE:
            return _verleng_na_koppel(toks, k, run, kl)
    if k < len(toks) and kl.naamwoord(toks[k]) and kl.an(toks[k]) and not kl.vn(toks[k]):
        if toks[k].start - toks[k - 1].end <= 1:
            run.woorden.append(k)
            return k + 1
    return k


def _zinsbegin(toks: list[Token], i: int) -> bool:
    if i == 0:
        return True
    vorige = toks[i - 1]
    if vorige.soort == "nl":
        return True
    if vorige.soort == "teken" and vorige.tekst in _ZINSEINDE:
        if vorige.tekst == "." and i >= 2 and toks[i - 2].norm in _TITEL_PUNT:
            return False
        return True
    return vorige.soort == "getal" and i >= 2 and toks[i - 2].soort == "nl"


def _titel_voor(toks: list[Token], i: int) -> tuple[int, str]:
    """(index where titles start, kind) for titles/roles right before token ``i``."""
    j = i
    soort = ""
    while j > 0:
        vorige = toks[j - 1]
        if vorige.soort == "teken" and vorige.tekst == "." and j >= 2 and toks[j - 2].norm in (_TITEL_PUNT):
            j -= 2
            soort = "titel"
            continue
        if vorige.soort == "woord" and vorige.norm in _TITELS:
            j -= 1
            soort = "titel"
            continue
        if vorige.soort == "woord" and vorige.norm in _ROLLEN and not soort:
            j -= 1
            soort = "rol"
            continue
        break
    return j, soort


def _org_ernaast(toks: list[Token], run: _Run, kl: _Klassen) -> bool:
    return _org_ervoor(toks, run, kl) or _org_erna(toks, run)


def _org_ervoor(toks: list[Token], run: _Run, kl: _Klassen) -> bool:
    """ "Stichting De Jong", "Bouwbedrijf Smit", "Gebr. Visser", "& De Graaf"."""
    k = run.begin - 1
    if k >= 1 and toks[k].tekst == "." and toks[k - 1].norm in _ORG_VOOR:
        return True  # "Gebr. Visser", "Fa. Jansen"
    if k >= 0 and toks[k].soort == "woord":
        if toks[k].norm in _ORG_VOOR or toks[k].norm in _WET:
            return True
        # "Cluster E. Klantnummer ...": the letter of the unit, not an initial.
        letter = (
            bool(run.inits)
            and run.inits == [run.begin]
            and len(toks[run.begin].tekst) == 2
            and toks[k].tekst[0].isupper()
            and not run.tvs
            and not any(kl.vn(toks[w]) or kl.an(toks[w]) for w in run.woorden)
        )
        if (kl.eenheid(toks[k]) or (toks[k].negatief and toks[k].tekst[0].isupper())) and (
            letter or not (run.inits or (len(run.woorden) >= 2 and kl.vn(toks[run.woorden[0]])))
        ):
            return True  # "Secretariaat DGO", "Directie Woningmarkt", "FEZ Begroting"
        if kl.eenheid_of_functie(toks[k]) and not (
            run.inits or any(kl.vn(toks[w]) or kl.an(toks[w]) for w in run.woorden)
        ):
            return True  # "Adjunct-directeur Ruimtelijke Ordening": the field, not a person
        if toks[k].tekst[0].isupper() and _ORG_SUFFIX.search(toks[k].norm) and not kl.an(toks[k]):
            return True
    return k >= 0 and toks[k].tekst in ("&", "+")


def _org_erna(toks: list[Token], run: _Run) -> bool:
    """ "Bakker B.V.", "De Jong Fonds", "Jansen & Zonen", "Smit Transport"."""
    k = run.eind
    if k < len(toks):
        t = toks[k]
        if t.tekst in ("&", "+"):
            return True
        samen = "".join(x.tekst for x in toks[k : k + 4] if x.soort != "nl").lower()
        if t.soort == "init" and t.norm.lower().replace(" ", "") in ("b.v.", "n.v.", "c.v."):
            return True
        if samen.startswith(("b.v", "n.v", "v.o.f", "c.v.")):
            return True
        if t.soort == "woord" and t.tekst[0].isupper():
            if t.norm in _ORG_NA or _ORG_SUFFIX.search(t.norm):
                return True
        if t.soort == "woord" and t.norm in _ORG_NA and t.tekst.isupper():
            return True
        if t.norm == "en" and k + 1 < len(toks) and toks[k + 1].norm in ("zonen", "zn", "co"):
            return True
    return False


def _gewone_achternaam(toks: list[Token], run: _Run, kl: _Klassen, geblokt: dict[int, str]) -> bool:
    """Is the surname of a person-shaped company ("Van den Broek") a common surname, with
    nothing after it ("Van Lanschot Kempen" is the bank)?"""
    binnen = [k for k in run.woorden if geblokt.get(k) == "org_naam"]
    return bool(binnen) and binnen[-1] == run.woorden[-1] and kl.an_sterk(toks[binnen[-1]])


_LIDWOORD_ALLEEN = frozenset({("de",), ("den",), ("der",), ("het",), ("'t",)})
_LIDWOORD_TV = frozenset("de der den het 't ter ten".split())


def _plaats_na_lidwoord(toks: list[Token], run: _Run, geblokt: dict[int, str]) -> bool:
    """ "Van der Sluis", "van den Bosch": a place name after a tussenvoegsel with an article
    that is not part of the place's own name is a surname (a place is "in Sluis", not "van der
    Sluis"; "Den Bosch" as a whole is the place)."""
    if not run.tvs or any(k in geblokt for k in run.tvs):
        return False
    if not all(geblokt.get(k) == "plaats" for k in run.woorden):
        return False
    if toks[run.tvs[0]].tekst[0].isupper() and run.tvs[0] == run.begin and _spreekt(toks, run):
        return True  # "Van Dongen vraagt of ...": a place does not ask
    return any(toks[k].norm in _LIDWOORD_TV for k in run.tvs)


def _straat_erna(toks: list[Token], run: _Run) -> bool:
    k = run.eind
    n = _tv_lengte(toks, k) if k < len(toks) else 0
    k += n
    return k < len(toks) and toks[k].soort == "woord" and _STRAAT.match(toks[k].tekst) is not None


def _beoordeel(
    toks: list[Token], run: _Run, kl: _Klassen, ontspannen: bool, rol: bool, begin_zin: bool
) -> bool:
    woorden = [toks[k] for k in run.woorden]
    if rol and run.tvs and run.tvs[0] == run.begin and toks[run.begin].tekst[0].islower():
        if not kl.an(toks[run.woorden[-1]]):
            return False  # "minister van Financiën", but "Kamerlid de Koster"
    if ontspannen:
        return True
    eerste = woorden[0]
    if run.inits:
        return True
    if len(woorden) >= 2 or run.tvs:
        if kl.vn(eerste) and run.woorden[0] < (run.tvs[0] if run.tvs else len(toks)):
            if len(woorden) >= 2:
                return True
        if run.tvs:
            achter = toks[run.woorden[-1]]
            tv_begin = run.tvs[0]
            voor_tv = [w for w in run.woorden if w < tv_begin]
            if voor_tv:
                # "Marijn van Arkel": unknown given name + tv + surname: accept when one of them
                # is known.
                if any(kl.vn(toks[w]) or kl.an_sterk(toks[w]) for w in voor_tv) or kl.an(achter):
                    return True
                # "met Sylvie Van de Coterlet": a capitalised particle after a capitalised word
                # mid-sentence is written only in names.
                return (
                    not begin_zin
                    and toks[tv_begin].tekst[0].isupper()
                    and tuple(toks[k].norm for k in run.tvs) not in _LIDWOORD_ALLEEN
                    and kl.achternaam_na_tv(achter)
                    and all(not kl.stop(toks[w]) for w in voor_tv)
                )
            # "Volgens Van der Sluis ...": a capitalised tussenvoegsel mid-sentence only opens a
            # surname (with a given name or title before it, it is written in lower case).
            # A bare article ("De Bolder", "Het Spijker") also names houses, cafés and bridges.
            hoofd_tv = (
                toks[run.tvs[0]].tekst[0].isupper()
                and run.tvs[0] == run.begin
                and tuple(toks[k].norm for k in run.tvs) not in _LIDWOORD_ALLEEN
            )
            if not kl.an(achter) and not _spreekt(toks, run, hulp=hoofd_tv):
                if not (hoofd_tv and not begin_zin and kl.achternaam_na_tv(achter)):
                    return False  # but "Van 't Veer stelt voor ..."
            tv = tuple(toks[k].norm for k in run.tvs)
            if tv in {("de",), ("den",), ("der",)} and achter.norm in _TV_NIET:
                return False
            return not (len(run.tvs) == 1 and tv == ("te",) and not kl.an_sterk(achter))
        # Two or more words without tussenvoegsel: "Sanne Jansen", "Nguyen Thi Hoa".
        if all(kl.an(w) for w in woorden[1:]) and kl.an(woorden[-1]):
            return kl.an_sterk(woorden[-1]) or kl.vn(eerste) or kl.an(eerste)
        bekend = sum(1 for w in woorden if kl.vn(w) or kl.an_sterk(w))
        return bekend >= 2
    # A single word.
    if kl.vn_sterk(eerste):
        return True
    if kl.vn(eerste) and not begin_zin and kl.woordnaam_midden(eerste):
        return True  # "met Roos", "reactie, Floor!": a word-like given name mid-sentence
    if (kl.vn(eerste) or kl.an(eerste)) and kl.woordnaam_midden(eerste) and _spreekt(toks, run, hulp=True):
        return True  # "Vos vraagt of ...", "Roos licht toe ..." (minutes)
    if kl.an_sterk(eerste) and not kl.vn(eerste):
        return True
    vorige = toks[run.begin - 1] if run.begin > 0 else None
    if vorige is not None and vorige.norm in _TV_EERSTE:
        return False  # "de Molen" rejected as a whole: "Molen" alone is no better
    return not begin_zin and kl.an(eerste) and kl.woordnaam_midden(eerste)


def _markeer_negatief(tekst: str, toks: list[Token], negatief: Negatief) -> None:
    """Flag the tokens of unit names, abbreviations and function titles from the negative list."""
    if negatief.afkortingen:
        for afk in negatief.afkortingen:
            if afk not in tekst:
                continue
            for m in re.finditer(rf"(?<![\w&/-]){re.escape(afk)}(?![\w&/-])", tekst):
                for t in toks:
                    if t.start < m.end() and m.start() < t.end:
                        t.negatief = True
    if not negatief.frasen:
        return
    woorden = [i for i, t in enumerate(toks) if t.soort in ("woord", "apos")]
    for pos, i in enumerate(woorden):
        for reeks in negatief.frasen.get(toks[i].norm, ()):
            idx = woorden[pos : pos + len(reeks)]
            if len(idx) != len(reeks) or any(toks[k].norm != w for k, w in zip(idx, reeks, strict=True)):
                continue
            if any(toks[idx[n + 1]].start - toks[idx[n]].end > 3 for n in range(len(idx) - 1)):
                continue
            if any("\n" in tekst[toks[idx[n]].end : toks[idx[n + 1]].start] for n in range(len(idx) - 1)):
                continue
            for k in range(i, idx[-1] + 1):
                toks[k].negatief = True
            break


def vind_namen(
    tekst: str, verboden: list[tuple[int, int]] | None = None, negatief: Negatief | None = None
) -> list[Kandidaat]:
    """PERSOON candidates in ``tekst``; ``verboden``: character ranges already taken by
    structured data (e-mail addresses and the like), which a name never enters; ``negatief``:
    unit names, abbreviations and function titles that are never a person."""
    kl = _klassen()
    toks = tokens(tekst)
    if negatief:
        _markeer_negatief(tekst, toks, negatief)
    if verboden:
        # Tokens inside e-mail addresses and the like become barriers that end a run.
        verboden = sorted(verboden)
        starts = [s for s, _ in verboden]
        for t in toks:
            i = bisect_right(starts, t.start)
            # The range that starts at or before the token, or the next one, may overlap it.
            if (i > 0 and verboden[i - 1][1] > t.start) or (i < len(verboden) and verboden[i][0] < t.end):
                t.soort = "grens"
    vakken = vind_vakken(tekst)
    _ken_vakken_toe(toks, vakken)
    bezet = _markeer_meerwoord(toks)
    geblokt: dict[int, str] = {}
    for i, j, soort in bezet:
        for k in range(i, j):
            geblokt[k] = soort
    uit: list[Kandidaat] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.soort not in ("woord", "init", "apos"):
            i += 1
            continue
        run = _lees_run(toks, i, kl, na_titel=_titel_voor(toks, i)[1] != "")
        if run is None:
            enkel = _Run(i, i + 1, [i], [], [])
            eind = _komma_initialen(toks, enkel) if t.soort == "woord" else 0
            if eind and (_is_hoofd(t.tekst) or _is_kapitaal(t.tekst)) and not kl.stop(t):
                uit.append(Kandidaat(t.start, toks[eind - 1].end, "PERSOON"))  # "TAMSMA, L."
                i = eind
                continue
            i += 1
            continue
        titel_begin, soort = _titel_voor(toks, run.begin)
        vak = toks[run.begin].vak
        in_vak = vak is not None
        if vak is not None and vak.soort in ("kop", "label") and len(run.woorden) == 1 and (not run.inits):
            # A single unknown word in a header is a department ("Communicatie"), not a name;
            # before the colon of an action item only a known name counts ("- Vos: ...").
            w = toks[run.woorden[0]]
            in_vak = kl.vn(w) or kl.an(w)
        elif vak is not None and vak.soort == "label":
            in_vak = any(kl.vn(toks[w]) or kl.an(toks[w]) for w in run.woorden)
        if in_vak and len(run.woorden) >= 2 and not run.inits:
            # "Informatiehuishouding DGO": a word and an abbreviation no list knows.
            onbekend = [toks[w] for w in run.woorden if not (kl.vn(toks[w]) or kl.an(toks[w]))]
            if len(onbekend) == len(run.woorden) and any(_is_kapitaal(w.tekst) for w in onbekend):
                if any(_is_hoofd(w.tekst) for w in onbekend):
                    in_vak = False
        if not run.tvs and not run.inits and any(_ZELFSTANDIG.search(toks[w].norm) for w in run.woorden):
            if not any(kl.vn(toks[w]) or kl.an(toks[w]) for w in run.woorden):
                i = run.eind  # "Ruimtelijke Ordening", "Digitale Overheid": a field or a unit
                continue
        ontspannen = in_vak or soort in ("titel", "rol")
        if soort == "rol":
            # A role only introduces a capitalised name, not "minister van Financiën".
            ontspannen = ontspannen and toks[run.begin].tekst[0].isupper()
        # A known place or organisation ("Den Bosch", "Albert Heijn") is no name, unless a
        # title, initials or the layout say so ("dhr. Van Beek", "A. Westerveld").
        if all(k in geblokt for k in run.woorden) and not (run.inits or ontspannen):
            if not _plaats_na_lidwoord(toks, run, geblokt) and not (
                geblokt.get(run.woorden[0]) == "org_naam"
                and (_spreekt(toks, run) or _gewone_achternaam(toks, run, kl, geblokt))
            ):
                i = run.eind
                continue
        if geblokt.get(run.woorden[0]) == "org_naam" and not (
            run.inits or ontspannen or _spreekt(toks, run) or _gewone_achternaam(toks, run, kl, geblokt)
        ):
            i = run.eind
            continue
        if geblokt.get(run.woorden[0]) == "org" and not run.inits:
            i = run.eind  # "Van Lanschot Kempen", "Albert Heijn Online"
            continue
        if _org_erna(toks, run) and run.tvs and run.tvs[0] > run.begin:
            # "de heer Walter van Jansen Bouw B.V.": the company starts at the particle.
            run = _Run(run.begin, run.tvs[0], [w for w in run.woorden if w < run.tvs[0]], run.inits, [])
        if _org_ernaast(toks, run, kl) or _straat_erna(toks, run):
            i = run.eind
            continue
        komma_init = _komma_initialen(toks, run)
        if komma_init:
            ontspannen = True
        if ontspannen and not in_vak:
            # Relaxed after a title, but the words themselves must not be ordinary words.
            if all(kl.stop(toks[k]) for k in run.woorden):
                i = run.eind
                continue
        begin_zin = _zinsbegin(toks, run.begin) if titel_begin == run.begin else False
        if begin_zin and not ontspannen and len(run.woorden) >= 2 and run.woorden[0] == run.begin:
            w0, w1 = toks[run.woorden[0]], toks[run.woorden[1]]
            if not (kl.vn(w0) or kl.an(w0)) and kl.vn(w1):
                # "Bel Harm ten Brink": an imperative or other word opens the sentence.
                run = _Run(run.woorden[1], run.eind, run.woorden[1:], [], run.tvs)
                begin_zin = False
        if _beoordeel(toks, run, kl, ontspannen, soort == "rol", begin_zin):
            eind = max(run.eind, komma_init)
            uit.append(Kandidaat(toks[run.begin].start, toks[eind - 1].end, "PERSOON"))
            i = eind
            continue
        i += 1
    uit.extend(_elders(tekst, toks, uit, kl, geblokt))
    # "Kees Jansen, Aanjager Weerbaarheid" is a name and a function, not "Surname, Given".
    functie = [
        (t.start, t.end) for t in toks if t.negatief or (t.soort == "woord" and kl.eenheid_of_functie(t))
    ]
    uit.extend(
        _hele_kopitems(tekst, [v for v in vakken if not any(v.start <= a < v.end for a, _ in functie)], uit)
    )
    uit.extend(_initialen(tekst, vakken))
    return uit


_KLEIN_WOORD = re.compile(r"(?<![\w'’-])[a-zà-ÿ][\w'’-]*")


def _elders(
    tekst: str, toks: list[Token], gevonden: list[Kandidaat], kl: _Klassen, geblokt: dict[int, str]
) -> list[Kandidaat]:
    """A name found once where the layout or a title says so ("Hoi Robby,", "Groet, Zwanetta
    Kwakman") is a name elsewhere in the same text too ("Ik heb Robby gesproken"). Only words
    that the text never uses in lower case (then they are ordinary words) and that are no
    tussenvoegsel, title, place, unit or function."""
    if not gevonden:
        return []
    bedekt = bytearray(len(tekst))
    for k in gevonden:
        bedekt[k.start : k.end] = b"\x01" * (k.end - k.start)
    klein = {normaliseer(w) for w in _KLEIN_WOORD.findall(tekst)}
    namen: set[str] = set()
    for t in toks:
        if t.soort != "woord" or not bedekt[t.start] or not _is_hoofd(t.tekst) or len(t.norm) < 3:
            continue
        if (
            t.norm in klein
            or t.norm in _TV_EERSTE
            or t.norm in _TITELS
            or t.norm in _ROLLEN
            or t.norm in _INSTITUUT
            or t.norm in kl.lijst.plaatsen_genormaliseerd
            or t.negatief
            or kl.stop(t)
            or kl.eenheid_of_functie(t)
        ):
            continue
        namen.add(t.tekst)
    uit: list[Kandidaat] = []
    # In a chat export people type names in lower case: "heb je erik al gebeld?". A known given
    # name that is no ordinary word counts there, as does a name found elsewhere in the text.
    chat = any(t.vak is not None and t.vak.soort == "spreker" for t in toks)
    kleine_namen = {n.lower() for n in namen}
    for i, t in enumerate(toks):
        if not chat or t.soort != "woord" or not t.tekst.islower() or bedekt[t.start] or i in geblokt:
            continue
        if t.vak is not None:
            continue
        if t.tekst in kleine_namen or (kl.vn_sterk(t) and not kl.an(t) and len(t.norm) >= 3):
            uit.append(Kandidaat(t.start, t.end, "PERSOON"))
            bedekt[t.start : t.end] = b"\x01" * (t.end - t.start)
    # "met Salma en Liz": a capitalised word joined by "en" or "of" to a name found.
    for i, t in enumerate(toks):
        if t.soort != "woord" or bedekt[t.start] or not _is_hoofd(t.tekst) or i < 2 or i in geblokt:
            continue
        voeg = toks[i - 1]
        if voeg.norm not in ("en", "of") or not bedekt[toks[i - 2].start] or len(t.norm) > 12:
            continue
        # Only after a given name standing alone: "Salma en Liz", not "Jan Jansen en Rijkswaterstaat".
        if not kl.vn(toks[i - 2]) or (i >= 3 and toks[i - 3].soort == "woord" and bedekt[toks[i - 3].start]):
            continue
        if toks[i - 2].soort != "woord" or t.negatief or kl.stop(t) or kl.eenheid_of_functie(t):
            continue
        if t.norm in _INSTITUUT or t.norm in kl.lijst.plaatsen_genormaliseerd or t.norm in klein:
            continue
        enkel = _Run(i, i + 1, [i], [], [])
        if _org_ernaast(toks, enkel, kl) or _straat_erna(toks, enkel):
            continue
        uit.append(Kandidaat(t.start, t.end, "PERSOON"))
        bedekt[t.start : t.end] = b"\x01" * (t.end - t.start)
    if not namen:
        return uit
    for i, t in enumerate(toks):
        if t.soort != "woord" or t.tekst not in namen or bedekt[t.start] or i in geblokt or t.negatief:
            continue
        # The whole run around it, for the organisation checks: "Schoonmaakbedrijf De Vries",
        # "Stoffels Groen B.V.".
        begin = i
        while begin > 0 and toks[begin - 1].soort in ("woord", "apos") and toks[begin - 1].norm in _TV_EERSTE:
            begin -= 1
        eind = i + 1
        while (
            eind < len(toks)
            and toks[eind].soort == "woord"
            and _is_hoofd(toks[eind].tekst)
            and not toks[eind].gat
        ):
            eind += 1
        rond = _Run(begin, eind, list(range(i, eind)), [], list(range(begin, i)))
        if (
            _org_ernaast(toks, rond, kl)
            or _straat_erna(toks, rond)
            or geblokt.get(begin) in ("org", "org_naam")
        ):
            continue
        uit.append(Kandidaat(t.start, t.end, "PERSOON"))
    return uit


_ALLEEN_INITIALEN = re.compile(r"^\s*((?:[A-Z]{2,4})|(?:[A-Z]\.){2,4})\s*$")


def _initialen(tekst: str, vakken: list[Vak]) -> list[Kandidaat]:
    """A signature or paraph of initials only: "Groet,\nPJ", "Paraaf: JdV"."""
    uit = []
    for vak in vakken:
        if vak.soort in ("handtekening", "initialen"):
            stuk = tekst[vak.start : vak.end]
            if vak.soort == "initialen":
                stuk = stuk.split(" ", 1)[0]
            m = _ALLEEN_INITIALEN.match(stuk) or re.match(r"^\s*([A-Z][a-z]{0,3}[A-Z])\s*$", stuk)
            if m:
                uit.append(Kandidaat(vak.start + m.start(1), vak.start + m.end(1), "PERSOON"))
    return uit


_SPREEKWERKWOORDEN = frozenset(
    """vraagt merkt licht meldt geeft stelt zegt antwoordt deelt belt mailt reageert benadrukt
    opent sluit concludeert vindt neemt stuurt zoekt vat informeert legt schetst pleit wijst
    bevestigt verzoekt adviseert schrijft vroeg meldde zei gaf stelde belde mailde stuurde
    antwoordde merkte benadrukte bevestigde reageerde schreef licht""".split()
)
_HULPWERKWOORDEN = frozenset("wordt heeft had was is gaat zal kan moet komt".split())


def _spreekt(toks: list[Token], run: _Run, hulp: bool = False) -> bool:
    """Is the run followed by a verb of speaking ("Vos vraagt", "Roos licht toe"), or with
    ``hulp`` also by an auxiliary ("Nova wordt teruggebeld")?"""
    k = run.eind
    if k >= len(toks) or toks[k].soort != "woord":
        return False
    return toks[k].norm in _SPREEKWERKWOORDEN or (hulp and toks[k].norm in _HULPWERKWOORDEN)


def _komma_initialen(toks: list[Token], run: _Run) -> int:
    """ "Jansen, P." / "HEIJDEN, S." / "Vries, J. de": token index after the initials, or 0."""
    k = run.eind
    if run.inits or k + 1 >= len(toks) or toks[k].tekst != "," or toks[k + 1].soort != "init":
        return 0
    if toks[k + 1].start - toks[k].end > 1:
        return 0
    # Only a surname goes first: "Jansen, P.", "Van der Berg, J."; "Pieter de Graaf, E. Smit"
    # are two people.
    if len(run.woorden) > 1 and not (run.tvs and run.tvs[0] == run.begin):
        return 0
    eind = k + 2
    n = _tv_lengte(toks, eind) if eind < len(toks) else 0
    volgend = toks[eind + n] if eind + n < len(toks) else None
    if (
        n
        and toks[eind].tekst[0].islower()
        and not (
            volgend is not None
            and volgend.soort == "woord"
            and volgend.tekst[0].isupper()
            and not volgend.gat
            and volgend.start - toks[eind + n - 1].end <= 1
        )
    ):
        eind += n  # "Vries, J. de"
    return eind


def _ken_vakken_toe(toks: list[Token], vakken: list[Vak]) -> None:
    if not vakken:
        return
    vakken = sorted(vakken, key=lambda v: v.start)
    v = 0
    for t in toks:
        while v < len(vakken) and vakken[v].end <= t.start:
            v += 1
        if v < len(vakken) and vakken[v].start <= t.start and t.end <= vakken[v].end:
            t.vak = vakken[v]


def _hele_kopitems(tekst: str, vakken: list[Vak], gevonden: list[Kandidaat]) -> list[Kandidaat]:
    """ "Jansen, Pieter <p.jansen@...>" is one person: the whole item, comma included."""
    uit = []
    for vak in vakken:
        if not vak.geheel:
            continue
        stuk = tekst[vak.start : vak.end]
        na = stuk.split(",", 1)[-1]
        gewoon = any(
            normaliseer(w) in lijsten().stopwoorden for w in re.findall(r"[^\W\d_]+", stuk) if w[:1].isupper()
        )
        if any(vak.start <= k.start < vak.end for k in gevonden) or _INITIALEN_NA.match(na) or (not gewoon):
            uit.append(Kandidaat(vak.start, vak.end, "PERSOON"))
    return uit


_INITIALEN_NA = re.compile(r"^\s*(?:[A-ZÀ-Þ][a-z]?\.\s?)+\s*(?:[a-z']+\s*){0,3}$")
