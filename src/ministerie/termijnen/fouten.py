"""Errors of the deadline engine; every message is Dutch and fit to show to a user."""

from __future__ import annotations


class TermijnFout(ValueError):
    """Base class: a term cannot be computed from the given input."""


class OnbekendeRegeling(TermijnFout):
    """The requested regeling does not exist."""


class VerdagingFout(TermijnFout):
    """A verdaging that the regeling does not allow, or that comes too late or twice."""


class OpschortingFout(TermijnFout):
    """An opschorting that is negative, overlapping or without legal basis."""


class GebeurtenisFout(TermijnFout):
    """A list of term events that does not describe one valid course of a term."""


class KalenderFout(TermijnFout):
    """A date outside the years the calendar supports."""


class AangewezenDagenFout(TermijnFout):
    """The data file with days designated under Atw art. 3 lid 3 is invalid."""
