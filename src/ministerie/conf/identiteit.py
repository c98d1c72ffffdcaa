"""Settings of single sign-on (OpenID Connect) and the second factor; imported by base.py.

Every variable is documented here, where it is read; docs/identiteit.md explains the choices.
"""

from __future__ import annotations

import os

# --- single sign-on: OpenID Connect through mozilla-django-oidc --------------------------------

# MINISTERIE_OIDC_ISSUER: the identity provider's issuer URL (e.g. https://login.example.nl/realms/rijk).
# Its discovery document ({issuer}/.well-known/openid-configuration) gives the endpoints; it is
# read at the first log-in, not at start-up. Empty (default): no single sign-on.
OIDC_ISSUER = os.environ.get("MINISTERIE_OIDC_ISSUER", "").rstrip("/")
# MINISTERIE_OIDC_AUTORISATIE_URL, MINISTERIE_OIDC_TOKEN_URL, MINISTERIE_OIDC_USERINFO_URL,
# MINISTERIE_OIDC_JWKS_URL: the endpoints, for a provider without a discovery document; each one
# given here wins over discovery. With all four and no issuer, the ``iss`` claim is not checked.
OIDC_OP_AUTHORIZATION_ENDPOINT = os.environ.get("MINISTERIE_OIDC_AUTORISATIE_URL", "")
OIDC_OP_TOKEN_ENDPOINT = os.environ.get("MINISTERIE_OIDC_TOKEN_URL", "")
OIDC_OP_USER_ENDPOINT = os.environ.get("MINISTERIE_OIDC_USERINFO_URL", "")
OIDC_OP_JWKS_ENDPOINT = os.environ.get("MINISTERIE_OIDC_JWKS_URL", "")
# MINISTERIE_OIDC_CLIENT_ID, MINISTERIE_OIDC_CLIENT_SECRET: this system's registration at the provider.
OIDC_RP_CLIENT_ID = os.environ.get("MINISTERIE_OIDC_CLIENT_ID", "")
OIDC_RP_CLIENT_SECRET = os.environ.get("MINISTERIE_OIDC_CLIENT_SECRET", "")
# MINISTERIE_OIDC_SCOPES: the scopes asked for (default "openid email profile"); add the scope
# that carries the group claim when roles come from claims (e.g. "groups").
OIDC_RP_SCOPES = os.environ.get("MINISTERIE_OIDC_SCOPES", "openid email profile")
# MINISTERIE_OIDC_ALGORITME: the ID token's signing algorithm (default RS256, keys from JWKS).
OIDC_RP_SIGN_ALGO = os.environ.get("MINISTERIE_OIDC_ALGORITME", "RS256")
# MINISTERIE_OIDC_KOPPELCLAIM: the claim that finds an existing user at the first log-in:
# "email" (matched with the e-mail address, case-insensitive) or "preferred_username" (matched
# with the user name). After that the provider's ``sub`` is linked to the user. Default email.
OIDC_KOPPELCLAIM = os.environ.get("MINISTERIE_OIDC_KOPPELCLAIM", "email")
# MINISTERIE_OIDC_AANMAKEN: "1" creates a user (clearance Intern, no password) when no user
# matches; default "0": an unknown person is refused.
OIDC_AANMAKEN = os.environ.get("MINISTERIE_OIDC_AANMAKEN", "0") == "1"
# MINISTERIE_OIDC_ROLLEN: "systeem" (default): roles and units are managed in this system;
# "claims": at every single sign-on log-in the mapping file sets the user's roles and units.
OIDC_ROLLEN = os.environ.get("MINISTERIE_OIDC_ROLLEN", "systeem")
# MINISTERIE_OIDC_CLAIMKOPPELING: the YAML file mapping claim values to roles and unit codes
# (required with MINISTERIE_OIDC_ROLLEN=claims; format in docs/identiteit.md).
OIDC_CLAIMKOPPELING = os.environ.get("MINISTERIE_OIDC_CLAIMKOPPELING", "")
# MINISTERIE_OIDC_MFA_AMR: comma-separated ``amr`` values (RFC 8176) that make a single sign-on
# log-in count as the second factor (default "mfa,otp,hwk,swk"; empty: the provider's MFA never
# counts and users who need a second factor verify one here too).
OIDC_MFA_AMR = [w for w in os.environ.get("MINISTERIE_OIDC_MFA_AMR", "mfa,otp,hwk,swk").split(",") if w]
# MINISTERIE_OIDC_MFA_ACR: comma-separated ``acr`` values that count as the second factor (default none).
OIDC_MFA_ACR = [w for w in os.environ.get("MINISTERIE_OIDC_MFA_ACR", "").split(",") if w]
# MINISTERIE_OIDC_TIMEOUT: seconds to wait for the provider (default 10).
OIDC_TIMEOUT = int(os.environ.get("MINISTERIE_OIDC_TIMEOUT", "10"))
OIDC_USE_PKCE = True
OIDC_USE_NONCE = True
OIDC_AUTHENTICATION_CALLBACK_URL = "identiteit:sso-terug"
OIDC_STORE_ID_TOKEN = False

# MINISTERIE_LOKAAL_INLOGGEN: "0" switches the log-in with user name and password off; the log-in
# page then offers single sign-on only. Default "1".
LOKAAL_INLOGGEN = os.environ.get("MINISTERIE_LOKAAL_INLOGGEN", "1") != "0"

# --- second factor: django-otp (TOTP, recovery codes) and django-otp-webauthn ----------------

# Required for functioneel beheerders and for clearance Departementaal Vertrouwelijk and up
# (and for anyone who set one up): until verified, such a session reaches only the second-factor
# pages and log-out. On in every environment; the test settings switch it off for the tests of
# other parts, the identity tests switch it on. production.py forces it on.
TWEEDE_FACTOR_VERPLICHT = True
# Demo accounts may skip the second factor: only dev.py turns this on (with MINISTERIE_DEMO=1);
# production.py forces it off.
TWEEDE_FACTOR_DEMO_OVERSLAAN = False
OTP_TOTP_ISSUER = "ministerie"
# MINISTERIE_WEBAUTHN_RP_ID: the domain security keys are bound to (default: the first host in
# DJANGO_ALLOWED_HOSTS, else "localhost"; an IP address is not allowed by WebAuthn).
# MINISTERIE_WEBAUTHN_ORIGINS: comma-separated origins the browser may use (default
# https://<RP_ID>, plus http://localhost:8000 when the RP ID is localhost).
_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h and h != "*"]
OTP_WEBAUTHN_RP_ID = os.environ.get("MINISTERIE_WEBAUTHN_RP_ID", _HOSTS[0] if _HOSTS else "localhost")
OTP_WEBAUTHN_RP_NAME = "ministerie"
OTP_WEBAUTHN_ALLOWED_ORIGINS = [
    o
    for o in os.environ.get(
        "MINISTERIE_WEBAUTHN_ORIGINS",
        f"https://{OTP_WEBAUTHN_RP_ID}"
        + (",http://localhost:8000" if OTP_WEBAUTHN_RP_ID == "localhost" else ""),
    ).split(",")
    if o
]
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
