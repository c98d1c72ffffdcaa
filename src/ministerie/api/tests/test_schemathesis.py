"""The whole API against its own OpenAPI document, with Schemathesis (issue 13 §5).

For every operation Schemathesis generates requests from the schema (a bounded number per
operation) and sends them to the application in this process (WSGI, no network), with the API
token of a user with every role and the highest clearance, in the BZK organisation with the
parts' sample objects. Each answer must be no server error (5xx), have a status code the operation documents,
the content type it documents, and a body that matches its schema. The schema is the one
served at /api/v1/openapi.json (``ministerie.api.schema.Schemagenerator``)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import schemathesis
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from ministerie.api.schema import Schemagenerator
from ministerie.core.permissiematrix import ANONIEM, matrix
from ministerie.core.rubricering import Rubricering

pytestmark = pytest.mark.django_db

#: Examples per operation: with about 110 operations this keeps the run near half a minute on
#: two cores, and still finds a field that is null where the schema says it never is.
#: MINISTERIE_SCHEMATHESIS_GRONDIG=1 runs a deeper search by hand: 50 examples per operation and
#: the coverage phase (boundary values of every parameter); some ten minutes.
GRONDIG = os.environ.get("MINISTERIE_SCHEMATHESIS_GRONDIG") == "1"
VOORBEELDEN = 50 if GRONDIG else 6
CONTROLES = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]

_spec = json.loads(json.dumps(Schemagenerator(patterns=None).get_schema(request=None, public=True)))
schema = schemathesis.openapi.from_dict(_spec)
schema.app = WSGIHandler()
# the token is the log-in (kopregels); no made-up Authorization headers or cookies
schema.config.generation.update(with_security_parameters=False)
# valid and invalid data from the schema, a bounded number per operation; not the coverage
# phase (its boundary values per parameter cost thousands of requests, minutes on two cores)
schema.config.phases.coverage.enabled = GRONDIG


@pytest.fixture
def zonder_verbindingen_sluiten() -> Iterator[None]:
    """The application runs in this test's transaction: it must not close the database
    connection at the end of each request (Django's own test client does the same)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def kopregels(
    zonder_verbindingen_sluiten: None, bzk: Any, maak_gebruiker: Callable[..., Any]
) -> dict[str, str]:
    """The API token of a user with every role and the highest clearance."""
    from ministerie.api.tokens import maak_token
    from ministerie.organisatie.tests.voorbeelden import voorbeeld_eenheid

    rollen = [r for r in matrix().rollen if r != ANONIEM]
    gebruiker = maak_gebruiker(*rollen, eenheden=["bzk"], clearance=Rubricering.STG_ZEER_GEHEIM)
    gebruiker.eenheden.add(voorbeeld_eenheid())
    _, token = maak_token(gebruiker, door=gebruiker)
    return {"Authorization": f"Token {token}"}


@schema.parametrize()
@settings(
    max_examples=VOORBEELDEN,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_de_api_houdt_zich_aan_haar_schema(case: Any, kopregels: dict[str, str]) -> None:
    case.call_and_validate(headers=kopregels, checks=CONTROLES)
