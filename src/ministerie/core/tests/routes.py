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
        return getattr(self.view, "actie", None)

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
