"""Signals that other parts listen to, so that parliament does not need to know them.

kamerbrief_verzonden: sent once, after the transaction in which a signed Kamerbrief got its
Kamerstuk number and date sent has committed. Arguments (plain values, so that listeners need no
parliament models):
    kamerbrief_nota_id: int          the Nota (soort kamerbrief) that was sent
    kamerstuk: str                   the Kamerstuk number, e.g. "35 925 VII, nr. 12"
    verzonden_op: datetime.date      the date sent
    beslisnota_ids: list[int]        the decision memos behind the letter that are flagged
                                     openbaar_bij_kamerstuk (to be disclosed actively, Woo)
    gebruiker: Gebruiker             who recorded the sending
"""

from django.dispatch import Signal

kamerbrief_verzonden = Signal()
