"""HTML (an e-mail without a plain-text part) to readable plain text, with the standard library."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .limieten import MAX_HTML_TEKENS

#: Elements whose content is no text for a reader.
_OVERSLAAN = frozenset({"script", "style", "head", "template", "noscript", "svg", "object"})

#: Elements that start and end on their own line.
_BLOKKEN = frozenset(
    {
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "caption",
    }
)

#: Within <pre>, spaces and line ends are kept aside as these until the whitespace is collapsed.
_PRE_SPATIE = "\ue000"
_PRE_REGEL = "\ue001"
_SPATIES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_LEGE_REGELS = re.compile(r"\n{3,}")


class _Tekstmaker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.delen: list[str] = []
        self.titel: list[str] = []
        self._overslaan = 0
        self._pre = 0
        self._in_titel = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _OVERSLAAN:
            self._overslaan += 1
        elif tag == "body":
            # A <head> that is never closed must not hide the body.
            self._overslaan = 0
        elif tag == "title":
            self._in_titel = True
        elif tag == "br":
            self.delen.append("\n")
        elif tag == "li":
            self.delen.append("\n- ")
        elif tag in ("td", "th"):
            self.delen.append(" ")
        elif tag in _BLOKKEN:
            self.delen.append("\n\n" if tag in ("p", "h1", "h2", "h3", "h4", "h5", "h6") else "\n")
            if tag == "pre":
                self._pre += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _OVERSLAAN:
            self._overslaan = max(0, self._overslaan - 1)
        elif tag == "title":
            self._in_titel = False
        elif tag in _BLOKKEN:
            self.delen.append("\n")
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.delen.append("\n")
        elif tag == "hr":
            self.delen.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_titel:
            self.titel.append(data)
        elif self._overslaan:
            return
        elif self._pre:
            self.delen.append(data.replace(" ", _PRE_SPATIE).replace("\n", _PRE_REGEL))
        else:
            self.delen.append(_SPATIES.sub(" ", data))


def html_naar_tekst(html: str) -> tuple[str, str, bool]:
    """The readable text of ``html``, its ``<title>``, and whether the HTML was cut short.

    Paragraphs, headings, list items and table rows go on their own lines; scripts, styles
    and the head are left out. Only the first ``MAX_HTML_TEKENS`` characters are read.
    """
    ingekort = len(html) > MAX_HTML_TEKENS
    maker = _Tekstmaker()
    maker.feed(html[:MAX_HTML_TEKENS])
    maker.close()
    ruw = "".join(maker.delen)
    regels: list[str] = []
    for regel in ruw.split("\n"):
        regels.extend(
            _SPATIES.sub(" ", deel).strip().replace(_PRE_SPATIE, " ").rstrip()
            for deel in regel.split(_PRE_REGEL)
        )
    tekst = _LEGE_REGELS.sub("\n\n", "\n".join(regels)).strip()
    titel = " ".join(" ".join(maker.titel).split())
    return tekst, titel, ingekort
