"""Signals of the correspondence part, with plain values only (contract "signalen").

``als_klacht_aangemeld``: an incoming item turned out to be a complaint under Awb chapter 9;
the complaints part (``klachten``) listens and opens a complaint. Arguments: ``zaaknummer``
(str), ``afzender_naam`` (str), ``afzender_adres`` (str, e-mail or postal), ``onderwerp`` (str),
``tekst`` (str), ``ontvangen_op`` (datetime), ``kanaal`` (str), ``door`` (user pk, int).
"""

from django.dispatch import Signal

als_klacht_aangemeld = Signal()

#: ``als_woo_verzoek_aangemeld``: an incoming item turned out to be a Woo request; the Woo part
#: (``woo.uit_correspondentie``) registers it through its own service and returns the request's
#: zaaknummer (str). Arguments: ``zaaknummer`` (str), ``afzender_naam``, ``afzender_email``,
#: ``afzender_adres`` (str), ``onderwerp`` (str), ``tekst`` (str), ``ontvangen_op`` (datetime: the
#: Woo term runs from the receipt of the letter), ``kanaal`` (str), ``door`` (user pk, int).
#: A receiver that refuses raises (ValidationError/PermissionDenied): nothing is converted.
als_woo_verzoek_aangemeld = Signal()

#: ``als_bezwaar_aangemeld``: an incoming item turned out to be an objection (bezwaarschrift,
#: Awb chapter 6); the objections part (``bezwaar.uit_correspondentie``) registers it through its
#: own service and returns the objection's zaaknummer (str). Arguments as for
#: ``als_woo_verzoek_aangemeld``. A receiver that refuses raises: nothing is converted.
als_bezwaar_aangemeld = Signal()
