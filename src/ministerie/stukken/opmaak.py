"""Rich but safe text in a memo's sections (aanleiding, kernpunten, toelichting).

The author writes Markdown (CommonMark plus tables); one function turns it into HTML for the
memo page, the tablet view and the memo's PDF. Raw HTML is never passed through: markdown-it
escapes it (``html`` off), and the result is cleaned once more by nh3 against an allow-list of
tags, attributes and link schemes, so a ``<script>``, an ``onerror`` or a ``javascript:`` link
comes out as inert text. Plain text renders as before: paragraphs, and a single line break
stays a line break.

Headings start at the level that fits the page's outline (``#`` is an ``h3`` under the section's
``h2``) and never skip a level, so the page's heading order stays valid whatever the author
types. Tables get ``th scope="col"`` in the header row and a scroll container that takes focus,
so a wide table scrolls inside the text instead of widening the page on a tablet.

Search indexing and the version diff use the text as written (the Markdown), not this HTML.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

import nh3
from markdown_it import MarkdownIt
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

#: Shown under each rich-text field of the memo forms.
OPMAAK_UITLEG = (
    "Opmaak: **vet**, *cursief*; een opsomming met regels die beginnen met - of 1.; een kop met # "
    "aan het begin van de regel (## voor een kleinere kop); een tabel met | tussen de kolommen en "
    "een regel |---|---| onder de kopregel. Een witregel begint een nieuwe alinea."
)

#: The level of a ``#`` heading: the memo's sections are ``h2`` on every page and in the PDF.
KOPNIVEAU = 3

_TAGS = {
    "p",
    "br",
    "strong",
    "em",
    "code",
    "ul",
    "ol",
    "li",
    "blockquote",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
}
_ATTRIBUTEN = {"a": {"href"}, "ol": {"start"}, "th": {"scope", "class"}, "td": {"class"}}
_UITLIJNING = {"left": "opmaak-links", "center": "opmaak-midden", "right": "opmaak-rechts"}
_KLASSEN = set(_UITLIJNING.values())


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "breaks": True, "linkify": False})
    md.enable("table")
    # no code blocks from indentation (plain memos indent freely), no fenced code, no images, no
    # horizontal rules, no headings underlined with === or --- (a plain memo may underline a line):
    # not part of a memo's text
    md.disable(["code", "fence", "image", "hr", "lheading"])
    md.add_render_rule("heading_open", _kop_open)
    md.add_render_rule("heading_close", _kop_sluit)
    md.add_render_rule("th_open", _cel_open)
    md.add_render_rule("td_open", _cel_open)
    return md


def _kop_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    basis = env.get("kopniveau", KOPNIVEAU)
    gewenst = basis + int(token.tag[1]) - 1
    # never deeper than one below the heading before it (the section's heading at first)
    niveau = min(gewenst, env.get("vorige_kop", basis - 1) + 1, 6)
    env["vorige_kop"] = niveau
    token.tag = f"h{niveau}"
    # the closing token follows its inline content
    tokens[idx + 2].tag = token.tag
    return self.renderToken(tokens, idx, options, env)


def _kop_sluit(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    return self.renderToken(tokens, idx, options, env)


def _cel_open(
    self: RendererHTML, tokens: Sequence[Token], idx: int, options: OptionsDict, env: EnvType
) -> str:
    token = tokens[idx]
    stijl = str(token.attrGet("style") or "")
    if stijl:
        token.attrs.pop("style", None)
        klasse = _UITLIJNING.get(stijl.removeprefix("text-align:"))
        if klasse:
            token.attrSet("class", klasse)
    if token.tag == "th":
        token.attrSet("scope", "col")
    return self.renderToken(tokens, idx, options, env)


_MD = _parser()


def _klasse_toegestaan(tag: str, attribuut: str, waarde: str) -> str | None:
    if attribuut == "class":
        return waarde if waarde in _KLASSEN else None
    if attribuut == "scope":
        return waarde if waarde == "col" else None
    return waarde


def als_html(tekst: str, *, naam: str = "", kopniveau: int = KOPNIVEAU) -> str:
    """The memo text as safe HTML. ``naam`` (e.g. "Aanleiding") names the scroll container of
    each table for screen readers ("Tabel 1 bij Aanleiding"), unique on the page. ``kopniveau``
    is the level of a ``#`` heading: one below the heading the text stands under (an answer
    stands under its question's h3, so its headings start at h4)."""
    if not tekst or not tekst.strip():
        return ""
    env: dict[str, Any] = {"kopniveau": kopniveau}
    ruw = _MD.render(tekst, env)
    schoon = nh3.clean(
        ruw,
        tags=_TAGS,
        attributes=_ATTRIBUTEN,
        attribute_filter=_klasse_toegestaan,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return _tabellen_in_kader(schoon, naam)


def _tabellen_in_kader(html: str, naam: str) -> str:
    """Wrap each table in a focusable scroll container. Safe on cleaned output: a ``<table>``
    typed by the author was escaped, so every literal ``<table>`` here is one nh3 let through."""
    delen = html.split("<table>")
    uit = [delen[0]]
    for nummer, deel in enumerate(delen[1:], start=1):
        label = escape(f"Tabel {nummer}" + (f" bij {naam}" if naam else ""))
        uit.append(f'<div class="opmaak-tabel" role="region" tabindex="0" aria-label="{label}"><table>')
        uit.append(deel.replace("</table>", "</table></div>", 1))
    return "".join(uit)
