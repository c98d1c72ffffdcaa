"""The parliament pages, one module per entity; every view is importable from here
(``views.KamervragenView``)."""

# ruff: noqa: F401  (the modules' public names, re-exported)

from .debatten import (
    DebatInvoerView,
    DebatLiveView,
    DebatLiveVragenView,
    DebatNieuwView,
    DebatStatusView,
    DebattenView,
    DebatToezeggingenView,
    DebatView,
    DebatvraagMarkeerView,
    DebatvraagNagestuurdView,
    ThemaVoorbereidenView,
)
from .kamerbrieven import KamerbriefRegistrerenView, KamerbriefVerzendenView, KamerbriefView, KamerbrievenView
from .kamervragen import (
    KamervragenAntwoordnotaView,
    KamervragenLijstView,
    KamervragenNieuwView,
    KamervragenToewijzenView,
    KamervragenUitstelView,
    KamervragenVerzondenView,
    KamervragenView,
)
from .mondelinge_vragen import (
    AntwoordbladView,
    MondelingeVraagView,
    MondelingLijstView,
    MondelingNieuwView,
    MondelingSluitenView,
    volgende_dinsdag,
)
from .moties import MotieNieuwView, MotiesView, MotieUitslagView, MotieUitvoeringView, MotieView
from .overzicht import BewindspersoonView, ImportView, StartView
from .toezeggingen import ToezeggingenView, ToezeggingNieuwView, ToezeggingStatusView, ToezeggingView
