"""Maatschappelijke correspondentie (dossier §2.4): incoming letters, e-mails, calls and questions
from citizens, companies and other governments, their handling, signing and answer."""
