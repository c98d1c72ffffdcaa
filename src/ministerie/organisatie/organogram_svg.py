"""The organogram as a standalone SVG: an indented tree of boxes with connecting lines.

An indented layout (like the dossier's organograms, turned on their side) stays readable for
the 150+ units of a ministry, where a top-down tree would be metres wide.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from .boom import Knoop

RIJ = 46
KAART_HOOGTE = 38
INSPRONG = 28
MARGE = 16
TEKENBREEDTE = 7.2  # average width of a character at the font size used, in px
LINTBLAUW = "#154273"


def _kaart_breedte(knoop: Knoop) -> int:
    leiding = ", ".join(knoop.leiding)
    return int(max(len(_titel(knoop)), len(leiding) * 0.9) * TEKENBREEDTE) + 20


def _titel(knoop: Knoop) -> str:
    e = knoop.eenheid
    return f"{e.naam} ({e.afkorting})" if e.afkorting else e.naam


def organogram_svg(wortels: list[Knoop]) -> str:
    rijen = [(diepte, knoop) for wortel in wortels for diepte, knoop in wortel.doorloop()]
    positie: dict[int, tuple[int, int]] = {}
    elementen: list[str] = []
    breedte = 0
    for rij, (diepte, knoop) in enumerate(rijen):
        x, y = MARGE + diepte * INSPRONG, MARGE + rij * RIJ
        positie[knoop.eenheid.pk] = (x, y)
        kaart = _kaart_breedte(knoop)
        breedte = max(breedte, x + kaart + MARGE)
        ouder_id = knoop.eenheid.bovenliggende_id
        if ouder_id in positie:
            px, py = positie[ouder_id]
            lijn_x, midden = px + 10, y + KAART_HOOGTE // 2
            elementen.append(f'<path d="M{lijn_x},{py + KAART_HOOGTE} V{midden} H{x}" class="lijn"/>')
        donker = diepte < 2
        leiding = ", ".join(knoop.leiding)
        elementen.append(
            f'<g class="{"kaart donker" if donker else "kaart"}">'
            f'<rect x="{x}" y="{y}" width="{kaart}" height="{KAART_HOOGTE}" rx="3"/>'
            f'<text x="{x + 8}" y="{y + 16}" class="naam">{escape(_titel(knoop))}</text>'
            + (f'<text x="{x + 8}" y="{y + 31}" class="leiding">{escape(leiding)}</text>' if leiding else "")
            + "</g>"
        )
    hoogte = MARGE * 2 + len(rijen) * RIJ
    titel = _titel(wortels[0]) if wortels else "Organogram"
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{breedte}" height="{hoogte}" '
        f'viewBox="0 0 {breedte} {hoogte}" role="img" aria-labelledby="titel">'
        f'<title id="titel">Organogram {escape(titel)}</title>'
        "<style>"
        ".lijn{fill:none;stroke:#8fa3bf;stroke-width:1.5}"
        f".kaart rect{{fill:#fff;stroke:{LINTBLAUW};stroke-width:1.2}}"
        f".kaart.donker rect{{fill:{LINTBLAUW}}}"
        ".kaart text{font-family:'Fira Sans',Arial,Verdana,sans-serif;fill:#0f172a}"
        ".kaart.donker text{fill:#fff}"
        ".naam{font-size:13px;font-weight:bold}.leiding{font-size:11px}"
        "</style>"
        f'<rect width="100%" height="100%" fill="#fff" data-titel={quoteattr(titel)}/>'
        + "".join(elementen)
        + "</svg>\n"
    )
