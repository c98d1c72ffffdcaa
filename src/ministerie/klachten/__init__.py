"""Complaints under Awb chapter 9 (LEGAL.md §3): intake, acknowledgement, hearing, outcome with the
Nationale ombudsman, registration and the yearly publication."""
