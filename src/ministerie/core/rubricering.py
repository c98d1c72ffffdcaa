"""Classification levels for information (rubricering), per the Rijksoverheid rules.

The order matters: a user may see an item when their clearance is at least the item's level.
"Departementaal Vertrouwelijk" is the first level whose reads are recorded in the audit trail.
"""

from django.db import models


class Rubricering(models.IntegerChoices):
    OPENBAAR = 0, "Openbaar"
    INTERN = 10, "Intern"
    DEPARTEMENTAAL_VERTROUWELIJK = 20, "Departementaal Vertrouwelijk"
    STG_CONFIDENTIEEL = 30, "Stg. Confidentieel"
    STG_GEHEIM = 40, "Stg. Geheim"
    STG_ZEER_GEHEIM = 50, "Stg. Zeer Geheim"


INZAGE_GELOGD_VANAF = Rubricering.DEPARTEMENTAAL_VERTROUWELIJK


def mag_inzien(clearance: int | None, rubricering: int | None) -> bool:
    """Fail closed: an unknown level on either side means no access."""
    if clearance is None or rubricering is None:
        return False
    if rubricering not in Rubricering.values or clearance not in Rubricering.values:
        return False
    return clearance >= rubricering
