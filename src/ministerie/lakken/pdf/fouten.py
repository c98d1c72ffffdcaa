"""The two ways redaction can refuse: the input cannot be read, or the result cannot be trusted."""

from __future__ import annotations


class OnleesbarePdf(Exception):
    """The input is no readable PDF (empty, corrupt, encrypted, without pages).

    The message is a Dutch reason that can be shown to the person who uploaded the file.
    """


class LakMislukt(Exception):
    """Redaction ran but its own verification found withheld text left behind.

    ``lak`` raises this instead of returning a half-redacted file.
    """


class LakTeLang(LakMislukt):
    """Redaction took longer than its time limit and was stopped; nothing was written.

    A ``LakMislukt``, so a caller that refuses a failed redaction refuses this one too."""
