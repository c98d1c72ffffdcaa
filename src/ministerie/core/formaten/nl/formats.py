"""Dutch date formats: one format everywhere, "7 december 2026" and "7 december 2026 04:18".

Django's ``nl`` formats with the short forms made equal to the long ones, so that a template
that asks for ``SHORT_DATE_FORMAT`` (or a form widget showing a date) does not bring back
"7-12-2026". Templates write ``{{ d|date }}`` and ``{{ t|date:"DATETIME_FORMAT" }}`` rather
than a format of their own. Input formats (what a user may type) stay Django's.
"""

from django.conf.locale.nl.formats import (  # noqa: F401  (re-exported: Django reads this module)
    DATE_INPUT_FORMATS,
    DATETIME_INPUT_FORMATS,
    DECIMAL_SEPARATOR,
    FIRST_DAY_OF_WEEK,
    NUMBER_GROUPING,
    THOUSAND_SEPARATOR,
    TIME_INPUT_FORMATS,
)

DATE_FORMAT = "j F Y"  # 7 december 2026
DATETIME_FORMAT = "j F Y H:i"  # 7 december 2026 04:18
TIME_FORMAT = "H:i"  # 04:18
YEAR_MONTH_FORMAT = "F Y"  # december 2026
MONTH_DAY_FORMAT = "j F"  # 7 december
SHORT_DATE_FORMAT = DATE_FORMAT
SHORT_DATETIME_FORMAT = DATETIME_FORMAT
