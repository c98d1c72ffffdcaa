"""Detection of personal data in Dutch text and redaction that really removes.

A plain Python library (no Django imports), used by the Woo process, active disclosure and the
command line. Subpackages: ``detectie`` (spans of personal data with their Woo ground),
``pdf`` (redaction and its checker), ``conversie`` (e-mail, DOCX, text to PDF), ``bulk``
(ingesting thousands of files: duplicates, threads, inventory).
"""
