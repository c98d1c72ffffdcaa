"""Parliament in the API: one module per entity, plus the overview and the import. Actions are
declared once in ``handelingen`` and call the same services as the pages; every endpoint is
importable from here (``api.KamervragenLijst``)."""

# ruff: noqa: F401  (the modules' public names, re-exported)

from .debatten import (
    DebatDetail,
    DebatSerializer,
    DebattenLijst,
    DebatToezeggingen,
    DebatvraagSerializer,
    DebatvraagStatus,
    DebatVragen,
)
from .gedeeld import LidSerializer
from .kamerbrieven import KamerbriefDetail, KamerbriefSerializer, KamerbriefVerzenden, KamerbrievenLijst
from .kamervragen import (
    KamervragenAntwoordnota,
    KamervragenDetail,
    KamervragenLijst,
    KamervragenSerializer,
    KamervragenUitstel,
    KamervragenVerzonden,
)
from .mondelinge_vragen import MondelingeVraagAntwoordblad, MondelingeVraagSerializer, MondelingeVragenLijst
from .moties import MotieDetail, MotieSerializer, MotiesLijst, MotieUitslag, MotieUitvoering
from .overzicht import Import, Overzicht, VerslagSerializer
from .toezeggingen import (
    ToezeggingDetail,
    ToezeggingenLijst,
    ToezeggingenSerializer,
    ToezeggingSerializer,
    ToezeggingStatus,
)
