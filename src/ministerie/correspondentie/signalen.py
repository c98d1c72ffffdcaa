"""Signals of the correspondence part, with plain values only (contract "signalen").

``als_klacht_aangemeld``: an incoming item turned out to be a complaint under Awb chapter 9;
the complaints part (``klachten``) listens and opens a complaint. Arguments: ``zaaknummer``
(str), ``afzender_naam`` (str), ``afzender_adres`` (str, e-mail or postal), ``onderwerp`` (str),
``tekst`` (str), ``ontvangen_op`` (datetime), ``kanaal`` (str), ``door`` (user pk, int).
"""

from django.dispatch import Signal

als_klacht_aangemeld = Signal()
