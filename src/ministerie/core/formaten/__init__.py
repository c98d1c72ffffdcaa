"""Locale formats of this site (``FORMAT_MODULE_PATH``): Django's own, with the choices below."""
