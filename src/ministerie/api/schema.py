"""The OpenAPI document as the API really answers: drf-spectacular's schema plus what it cannot
see by itself.

- Every operation documents its errors as ``application/problem+json`` (API Design Rules): 401,
  403, 404, 406, 429 always; 400 when it takes parameters or a body; 415 when it takes a body;
  405 for the methods of a path it does not answer.
- A path parameter says what the URL pattern accepts: an ``int`` converter takes digits only
  (``minimum: 0``; at most 2^63 - 1, the largest id a database stores), a ``str`` converter
  anything but a slash.
"""

from __future__ import annotations

import copy
from typing import Any

from drf_spectacular.generators import SchemaGenerator

PROBLEEM = "Probleem"
PROBLEM_JSON = "application/problem+json"
GROOTSTE_ID = 2**63 - 1

_PROBLEEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Een fout volgens RFC 9457 (application/problem+json).",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "invalidParams": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "code": {"type": "string"},
                    "reason": {"type": "string"},
                },
                "required": ["name", "code", "reason"],
            },
        },
    },
    "required": ["type", "title", "status"],
}

_OMSCHRIJVINGEN = {
    "400": "Ongeldige invoer (invalidParams noemt elke parameter)",
    "401": "Niet ingelogd",
    "403": "Geen toegang",
    "404": "Niet gevonden (of niet zichtbaar voor u)",
    "405": "Methode niet toegestaan",
    "406": "Formaat niet beschikbaar",
    "415": "Formaat van de invoer niet ondersteund",
    "429": "Te veel verzoeken",
}

METHODEN = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def _probleem(code: str) -> dict[str, Any]:
    return {
        "description": _OMSCHRIJVINGEN[code],
        "content": {PROBLEM_JSON: {"schema": {"$ref": f"#/components/schemas/{PROBLEEM}"}}},
    }


def _padparameters(operatie: dict[str, Any]) -> None:
    for parameter in operatie.get("parameters", []):
        if parameter.get("in") != "path":
            continue
        schema = parameter.setdefault("schema", {})
        if schema.get("type") == "integer":
            schema.setdefault("minimum", 0)
            schema.setdefault("maximum", GROOTSTE_ID)
        elif schema.get("type") == "string" and "pattern" not in schema and "enum" not in schema:
            schema["pattern"] = "^[^/]+$"


def met_foutantwoorden(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` with the error answers and the path parameters as described above."""
    schema = copy.deepcopy(schema)
    schema.setdefault("components", {}).setdefault("schemas", {})[PROBLEEM] = _PROBLEEM_SCHEMA
    for pad in schema.get("paths", {}).values():
        for methode, operatie in pad.items():
            if methode not in METHODEN or not isinstance(operatie, dict):
                continue
            _padparameters(operatie)
            antwoorden = operatie.setdefault("responses", {})
            codes = ["401", "403", "404", "406", "429"]
            if operatie.get("parameters") or "requestBody" in operatie:
                codes.append("400")
            if "requestBody" in operatie:
                codes.append("415")
            if len([m for m in pad if m in METHODEN]) < len(METHODEN):
                codes.append("405")
            for code in codes:
                antwoorden.setdefault(code, _probleem(code))
    return schema


class Schemagenerator(SchemaGenerator):
    """drf-spectacular's generator with ``met_foutantwoorden`` applied."""

    def get_schema(self, request: Any = None, public: bool = False) -> dict[str, Any]:
        return met_foutantwoorden(super().get_schema(request=request, public=public))
