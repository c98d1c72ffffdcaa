"""Every URL route of the system with the view class behind it, for the generated tests."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver


@dataclass(frozen=True)
class Route:
    naam: str
    patroon: str
    view: Any
    is_api: bool

    @property
    def actie(self) -> str | None:
        """The single action of a page, or the read action of an endpoint."""
        acties = getattr(self.view, "acties", None)
        if acties is not None:
            return acties.get("get")
        return getattr(self.view, "actie", None)

    @property
    def methoden(self) -> list[tuple[str, str | None]]:
        """Every HTTP method the view answers, with the action it needs."""
        toegestaan = [
            m
            for m in getattr(self.view, "http_method_names", ["get"])
            if m not in ("head", "options", "trace") and hasattr(self.view, m)
        ]
        acties = getattr(self.view, "acties", None)
        if acties is not None:
            return [(m, acties.get(m)) for m in toegestaan]
        return [(m, getattr(self.view, "actie", None)) for m in toegestaan]

    @property
    def publiek(self) -> bool:
        return bool(getattr(self.view, "publiek", False))

    @property
    def methode(self) -> str:
        toegestaan = getattr(self.view, "http_method_names", ["get"])
        return "get" if "get" in toegestaan else "post"


def _view_class(callback: Any) -> Any:
    return getattr(callback, "view_class", None) or getattr(callback, "cls", None) or callback


def _loop(patterns: list[Any], prefix: str, namespace: str) -> Iterator[Route]:
    for p in patterns:
        if isinstance(p, URLResolver):
            ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
            yield from _loop(p.url_patterns, prefix + str(p.pattern), ns)
        elif isinstance(p, URLPattern):
            patroon = prefix + str(p.pattern)
            yield Route(
                naam=f"{namespace}{p.name}" if p.name else patroon,
                patroon=patroon,
                view=_view_class(p.callback),
                is_api=patroon.startswith("api/"),
            )


def alle_routes() -> list[Route]:
    return list(_loop(get_resolver().url_patterns, "", ""))
