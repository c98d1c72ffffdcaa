from __future__ import annotations

from django.conf import settings
from django.db import models


class SsoKoppeling(models.Model):
    """The link between a person at the identity provider (issuer + ``sub``) and a user here.

    Made at the first single sign-on log-in (the user found by the configured claim, or made);
    after that the ``sub`` finds the user, so a changed e-mail address at the provider does not
    lead to another account."""

    gebruiker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sso_koppelingen"
    )
    issuer = models.CharField("identiteitsprovider", max_length=300)
    subject = models.CharField("kenmerk bij de provider (sub)", max_length=255)
    aangemaakt = models.DateTimeField(auto_now_add=True)
    laatst_gebruikt = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = "single sign-on-koppeling"
        verbose_name_plural = "single sign-on-koppelingen"
        constraints = [
            models.UniqueConstraint(fields=["issuer", "subject"], name="een_gebruiker_per_sub"),
            models.UniqueConstraint(fields=["issuer", "gebruiker"], name="een_sub_per_gebruiker"),
        ]

    def __str__(self) -> str:
        return f"{self.gebruiker} via {self.issuer}"
