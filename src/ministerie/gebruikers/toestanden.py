"""The lifecycle of a clearance request: open until a second functioneel beheerder approves or
rejects it, or until it lapses (a newer request, a direct change of the clearance, deactivation)."""

from ministerie.core.levenscyclus import Levenscyclus

from .models import Clearanceaanvraag

S = Clearanceaanvraag.Status

AANVRAAG = Levenscyclus(
    "een clearance-aanvraag",
    S,
    {S.OPEN: [S.GOEDGEKEURD, S.AFGEWEZEN, S.VERVALLEN]},
)
