"""The only writers of this part: single sign-on log-ins (link, create, claim-mapped roles and
units) and the second factor (set up, verify, remove, recovery codes). One transaction each, the
permission check where a user acts, the audit record in the same transaction."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django_otp import match_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from ministerie.bestanden.gegevensbestand import Laadfout
from ministerie.core import audit
from ministerie.core.models import Gebruiker, Gebruikersrol
from ministerie.core.permissies import vereis
from ministerie.organisatie.models import Eenheid

from . import tweede_factor
from .claimkoppeling import claimwaarden, lees_claimkoppeling
from .models import SsoKoppeling

RECHT = "tweedefactor.gebruiken"
AANTAL_HERSTELCODES = 10
HERSTELCODES_NAAM = "Herstelcodes"
MAX_CLAIM = 254


class SsoGeweigerd(Exception):
    """The provider vouched for someone this system does not let in; ``reden`` says why (Dutch)."""

    def __init__(self, reden: str) -> None:
        self.reden = reden
        super().__init__(reden)


# --- single sign-on -------------------------------------------------------------------------


def _tekst(claims: dict[str, Any], naam: str, maximum: int = MAX_CLAIM) -> str:
    waarde = claims.get(naam)
    if not isinstance(waarde, str):
        return ""
    waarde = waarde.strip()
    if len(waarde) > maximum:
        raise SsoGeweigerd(f"de claim '{naam}' is langer dan {maximum} tekens")
    return waarde


def _zoek_gebruiker(claims: dict[str, Any]) -> Gebruiker | None:
    claim = settings.OIDC_KOPPELCLAIM
    waarde = _tekst(claims, claim)
    if not waarde:
        raise SsoGeweigerd(f"de provider gaf geen '{claim}'")
    if claim == "email":
        if claims.get("email_verified") is False:
            raise SsoGeweigerd("het e-mailadres is bij de provider niet bevestigd")
        kandidaten = list(Gebruiker.objects.filter(email__iexact=waarde)[:2])
    else:
        kandidaten = list(Gebruiker.objects.filter(username=waarde)[:2])
    if len(kandidaten) > 1:
        raise SsoGeweigerd(f"meer dan één gebruiker heeft {claim} '{waarde}'")
    return kandidaten[0] if kandidaten else None


def _maak_gebruiker(claims: dict[str, Any]) -> Gebruiker:
    naam = _tekst(claims, "preferred_username", 150) or _tekst(claims, "email", 150)
    if not naam:
        raise SsoGeweigerd("de provider gaf geen gebruikersnaam of e-mailadres")
    if Gebruiker.objects.filter(username=naam).exists():
        raise SsoGeweigerd(f"de gebruikersnaam '{naam}' bestaat al voor een ander account")
    gebruiker = Gebruiker(
        username=naam,
        email=_tekst(claims, "email"),
        first_name=_tekst(claims, "given_name", 150),
        last_name=_tekst(claims, "family_name", 150),
    )
    gebruiker.set_unusable_password()
    gebruiker.save()
    audit.registreer(
        "gebruiker_aangemaakt_via_sso",
        door="single sign-on",
        subject=gebruiker,
        gegevens={"gebruikersnaam": naam, "clearance": gebruiker.get_clearance_display()},
    )
    return gebruiker


def _pas_claims_toe(gebruiker: Gebruiker, claims: dict[str, Any]) -> None:
    """Roles and units from the mapping file replace the user's own; the change is audited."""
    try:
        koppeling = lees_claimkoppeling(Path(settings.OIDC_CLAIMKOPPELING))
    except Laadfout as fout:
        raise SsoGeweigerd(f"de claimkoppeling is onjuist ({fout})") from fout
    rollen, codes, groepen = koppeling.voor(claimwaarden(claims, koppeling.claim))
    eenheden = {e.code: e for e in Eenheid.objects.filter(code__in=codes)}
    if onbekend := sorted(codes - set(eenheden)):
        regel = next(g.regel for g in groepen if set(g.eenheden) & set(onbekend))
        raise SsoGeweigerd(
            f"de claimkoppeling noemt een onbekende eenheid: {koppeling.bestand}, regel {regel}: "
            f"{', '.join(onbekend)}"
        )
    oude_rollen = set(gebruiker.rolcodes())
    oude_eenheden = set(gebruiker.eenheden.values_list("code", flat=True))
    if oude_rollen == rollen and oude_eenheden == set(codes):
        return
    Gebruikersrol.objects.filter(gebruiker=gebruiker).exclude(rol__in=rollen).delete()
    for rol in sorted(rollen - oude_rollen):
        Gebruikersrol.objects.create(gebruiker=gebruiker, rol=rol)
    gebruiker.eenheden.set(eenheden.values())
    gebruiker._rolcodes = frozenset(rollen)
    gebruiker.__dict__.pop("_eenheden_in_scope", None)
    audit.registreer(
        "rollen_gewijzigd_via_sso",
        door="single sign-on",
        subject=gebruiker,
        gegevens={
            "groepen": [g.waarde for g in groepen],
            "rollen": {"voor": sorted(oude_rollen), "na": sorted(rollen)},
            "eenheden": {"voor": sorted(oude_eenheden), "na": sorted(codes)},
        },
    )


@transaction.atomic
def meld_aan_via_sso(*, issuer: str, claims: dict[str, Any], mfa: bool) -> Gebruiker:
    """The user for a person the provider vouched for: by the linked ``sub``, else by the
    configured claim (then linked), else made when the settings allow it. With roles from
    claims, the mapping is applied. Raises ``SsoGeweigerd`` (nothing written) when refused.

    No permission check: the provider's signed ID token is the authority here."""
    sub = _tekst(claims, "sub", 255)
    if not sub:
        raise SsoGeweigerd("de provider gaf geen 'sub'")
    koppeling = SsoKoppeling.objects.select_related("gebruiker").filter(issuer=issuer, subject=sub).first()
    if koppeling is not None:
        gebruiker = koppeling.gebruiker
    else:
        gevonden = _zoek_gebruiker(claims)
        if gevonden is None:
            if not settings.OIDC_AANMAKEN:
                raise SsoGeweigerd(f"er is geen gebruiker met {settings.OIDC_KOPPELCLAIM} van deze persoon")
            gevonden = _maak_gebruiker(claims)
        elif SsoKoppeling.objects.filter(issuer=issuer, gebruiker=gevonden).exists():
            raise SsoGeweigerd("dit account is al gekoppeld aan een andere persoon bij de provider")
        gebruiker = gevonden
        koppeling = SsoKoppeling.objects.create(gebruiker=gebruiker, issuer=issuer[:300], subject=sub)
        audit.registreer(
            "sso_gekoppeld",
            door="single sign-on",
            subject=gebruiker,
            gegevens={"issuer": issuer, "sub": sub, "claim": settings.OIDC_KOPPELCLAIM},
        )
    if not gebruiker.is_active:
        raise SsoGeweigerd("dit account is niet actief")
    if settings.OIDC_ROLLEN == "claims":
        _pas_claims_toe(gebruiker, claims)
    koppeling.laatst_gebruikt = timezone.now()
    koppeling.save(update_fields=["laatst_gebruikt"])
    audit.registreer(
        "inloggen_sso",
        door=gebruiker,
        subject=gebruiker,
        gegevens={"issuer": issuer, "mfa_van_provider": mfa},
    )
    return gebruiker


# --- second factor ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Ingesteld:
    apparaat: Any
    herstelcodes: list[str]


def nieuwe_totp_sleutel() -> str:
    """A fresh TOTP secret (hex, 20 bytes), held in the session until the user confirms it."""
    return secrets.token_hex(20)


def _nieuwe_herstelcodes(gebruiker: Gebruiker) -> list[str]:
    apparaat, _ = StaticDevice.objects.get_or_create(
        user=gebruiker, name=HERSTELCODES_NAAM, defaults={"confirmed": True}
    )
    apparaat.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(AANTAL_HERSTELCODES)]
    StaticToken.objects.bulk_create([StaticToken(device=apparaat, token=c) for c in codes])
    return codes


def _mag_instellen(gebruiker: Gebruiker, geverifieerd: bool) -> None:
    if tweede_factor.heeft_apparaat(gebruiker) and not geverifieerd:
        raise PermissionDenied("Bevestig eerst uw huidige tweede factor; daarna kunt u er een toevoegen.")


@dataclass(frozen=True)
class Voorstel:
    """A proposed authenticator app: the secret held in the session, and whether the session
    has verified the user's second factor (needed to add one when there is one already)."""

    sleutel: str
    geverifieerd: bool


@transaction.atomic
def stel_totp_in(voorstel: Voorstel, *, door: Gebruiker, code: str, naam: str) -> Ingesteld:
    """Confirm an authenticator app: the code must match the proposed secret. The first factor
    of a user also brings ten recovery codes (shown once)."""
    vereis(door, RECHT)
    _mag_instellen(door, voorstel.geverifieerd)
    eerste = not tweede_factor.heeft_apparaat(door)
    apparaat = TOTPDevice.objects.create(user=door, key=voorstel.sleutel, name=naam, confirmed=True)
    if not apparaat.verify_token(code):
        raise ValidationError(
            {"code": "De code klopt niet. Controleer de tijd op uw telefoon en probeer de nieuwe code."}
        )
    codes = _nieuwe_herstelcodes(door) if eerste or not _heeft_herstelcodes(door) else []
    audit.registreer(
        "tweede_factor_ingesteld",
        door=door,
        subject=door,
        gegevens={"soort": "authenticator-app", "naam": naam},
    )
    if codes:
        audit.registreer("herstelcodes_aangemaakt", door=door, subject=door, gegevens={"aantal": len(codes)})
    return Ingesteld(apparaat, codes)


def _heeft_herstelcodes(gebruiker: Gebruiker) -> bool:
    return StaticToken.objects.filter(device__user=gebruiker).exists()


@transaction.atomic
def vernieuw_herstelcodes(*, door: Gebruiker) -> list[str]:
    """Ten new recovery codes; the old ones stop working."""
    vereis(door, RECHT)
    if not any(not isinstance(a, StaticDevice) for a in tweede_factor.apparaten(door)):
        raise ValidationError("Stel eerst een authenticator-app of beveiligingssleutel in.")
    codes = _nieuwe_herstelcodes(door)
    audit.registreer("herstelcodes_aangemaakt", door=door, subject=door, gegevens={"aantal": len(codes)})
    return codes


@transaction.atomic
def verwijder_apparaat(apparaat: Any, *, door: Gebruiker) -> None:
    """Remove an app or key. The last one of a user who needs a second factor stays; with the
    last one of anyone else the recovery codes go too."""
    vereis(door, RECHT)
    overige = [a for a in tweede_factor.apparaten(door) if not isinstance(a, StaticDevice) and a != apparaat]
    if not overige and tweede_factor.vereist_door_functie(door):
        raise ValidationError(
            "U heeft een tweede factor nodig. Stel eerst een andere in voordat u deze verwijdert."
        )
    naam = apparaat.name
    apparaat.delete()
    if not overige:
        StaticDevice.objects.filter(user=door).delete()
    audit.registreer("tweede_factor_verwijderd", door=door, subject=door, gegevens={"naam": naam})


def controleer_code(*, door: Gebruiker, code: str) -> Any:
    """Verify a code from an app or a recovery code. A wrong code counts towards the device's
    throttle (django-otp) and is audited; both are kept although the answer is a refusal."""
    vereis(door, RECHT)
    with transaction.atomic():
        apparaat = match_token(door, code)
        if apparaat is None:
            audit.registreer("tweede_factor_mislukt", door=door, subject=door)
        else:
            soort = "herstelcode" if isinstance(apparaat, StaticDevice) else "authenticator-app"
            audit.registreer("tweede_factor_bevestigd", door=door, subject=door, gegevens={"soort": soort})
    if apparaat is None:
        raise ValidationError(
            {
                "code": "De code klopt niet, of er is te vaak een verkeerde code ingevoerd. "
                "Wacht even en probeer het opnieuw."
            }
        )
    return apparaat


@transaction.atomic
def sleutel_geregistreerd(apparaat: Any, *, door: Gebruiker) -> list[str]:
    """Record a security key that django-otp-webauthn has just registered (its registration
    ceremony writes the credential); the first factor of a user brings recovery codes."""
    vereis(door, RECHT)
    if apparaat.name in ("", door.get_username()):
        apparaat.name = "Beveiligingssleutel"
        apparaat.save(update_fields=["name"])
    codes = [] if _heeft_herstelcodes(door) else _nieuwe_herstelcodes(door)
    audit.registreer(
        "tweede_factor_ingesteld", door=door, subject=door, gegevens={"soort": "beveiligingssleutel"}
    )
    if codes:
        audit.registreer("herstelcodes_aangemaakt", door=door, subject=door, gegevens={"aantal": len(codes)})
    return codes


@transaction.atomic
def sleutel_bevestigd(apparaat: Any, *, door: Gebruiker) -> None:
    """Record a second factor verified with a security key (the WebAuthn ceremony checked it)."""
    vereis(door, RECHT)
    audit.registreer(
        "tweede_factor_bevestigd", door=door, subject=door, gegevens={"soort": "beveiligingssleutel"}
    )
