"""Making the HTML of an e-mail safe to render: only plain markup survives.

Every element is rebuilt from a short list, without attributes (so no ``src``, ``href``,
``style`` or event handlers), and every text is escaped. Scripts, styles, frames and embedded
objects are left out with their content; an image becomes the text ``[afbeelding: ...]`` and a
link keeps its text followed by its web address.
"""

from __future__ import annotations

from html import escape
from html.parser import HTMLParser

#: The most characters of HTML that are rendered.
MAX_HTML_TEKENS = 5_000_000

_TOEGESTAAN = frozenset(
    "p br hr b strong i em u s strike sub sup small big ul ol li dl dt dd blockquote pre code "
    "tt h1 h2 h3 h4 h5 h6 table thead tbody tfoot tr td th caption div span".split()
)
_VERVANGEN = {
    "font": "span",
    "center": "div",
    "a": "span",
    "article": "div",
    "section": "div",
    "header": "div",
    "footer": "div",
    "main": "div",
    "address": "div",
    "nav": "div",
}
_LEEG = frozenset({"br", "hr"})
_OVERSLAAN = frozenset(
    "script style head title template noscript svg math object iframe embed frameset frame "
    "applet audio video canvas map xml select button".split()
)
_CELATTRIBUTEN = ("colspan", "rowspan")


class _Schoonmaker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.uit: list[str] = []
        self._open: list[str] = []
        self._overslaan: list[str] = []
        self._links: list[tuple[str | None, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._overslaan:
            if tag == self._overslaan[-1] or tag in _OVERSLAAN:
                self._overslaan.append(tag)
            return
        if tag in _OVERSLAAN:
            self._overslaan.append(tag)
            return
        if tag == "body":
            return
        if tag == "img":
            alt = dict(attrs).get("alt") or ""
            self.uit.append(escape(f"[afbeelding{': ' + alt if alt.strip() else ''}]"))
            return
        if tag == "a":
            self._links.append((_webadres(dict(attrs).get("href")), len(self.uit)))
        naam = _VERVANGEN.get(tag, tag)
        if naam not in _TOEGESTAAN:
            return
        extra = ""
        if naam in ("td", "th"):
            for attribuut, waarde in attrs:
                if attribuut in _CELATTRIBUTEN and waarde and waarde.strip().isdigit():
                    extra += f' {attribuut}="{min(int(waarde), 100)}"'
        if naam in _LEEG:
            self.uit.append(f"<{naam}>")
            return
        self.uit.append(f"<{naam}{extra}>")
        self._open.append(naam)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _LEEG or tag == "img":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if self._overslaan:
            if tag == self._overslaan[-1]:
                self._overslaan.pop()
            return
        if tag == "a" and self._links:
            adres, begin = self._links.pop()
            if adres and escape(adres) not in "".join(self.uit[begin:]):
                self.uit.append(f' <span class="webadres">({escape(adres)})</span>')
        naam = _VERVANGEN.get(tag, tag)
        if naam in _LEEG or naam not in self._open:
            return
        while self._open:
            open_tag = self._open.pop()
            self.uit.append(f"</{open_tag}>")
            if open_tag == naam:
                break

    def handle_data(self, data: str) -> None:
        if not self._overslaan:
            self.uit.append(escape(data))

    def sluit(self) -> str:
        self.close()
        self.uit.extend(f"</{tag}>" for tag in reversed(self._open))
        self._open.clear()
        return "".join(self.uit)


def _webadres(href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if href.lower().startswith(("http://", "https://")):
        return href[:500]
    return None


def veilige_html(html: str) -> tuple[str, bool]:
    """A safe HTML fragment for ``html`` and whether the input was cut short."""
    ingekort = len(html) > MAX_HTML_TEKENS
    maker = _Schoonmaker()
    maker.feed(html[:MAX_HTML_TEKENS])
    return maker.sluit(), ingekort
