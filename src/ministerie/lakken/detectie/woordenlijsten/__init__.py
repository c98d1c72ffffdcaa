"""Word lists shipped with the detector (data files only; see ``lijsten.py``)."""
