"""The API's models live beside their logic: the tokens in ``tokens.py``."""

from .tokens import ApiToken

__all__ = ["ApiToken"]
