"""A real IMAP server on loopback for the tests: Debian's Dovecot (package ``dovecot-imapd``),
started as the current user with a configuration generated in a temporary folder — IMAPS with a
self-signed certificate made here, one user in a passwd file, Maildir storage. Messages are
delivered with IMAP APPEND, as any mail server or client would put them in the mailbox.

``DovecotServer`` is a context manager; ``imap_server`` in ``conftest.py`` is the fixture.
"""

from __future__ import annotations

import datetime as dt
import grp
import imaplib
import os
import pwd
import shutil
import socket
import ssl
import subprocess
import time
from pathlib import Path
from typing import IO

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"
GEBRUIKER = "mc@ministerie.test"
WACHTWOORD = "postvak-geheim-2027"


def dovecot_beschikbaar() -> bool:
    return os.path.exists(DOVECOT)


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _maak_certificaat(map: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 and localhost (valid for a day)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    sleutel = ec.generate_private_key(ec.SECP256R1())
    naam = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")])
    nu = dt.datetime.now(dt.UTC)
    import ipaddress

    certificaat = (
        x509.CertificateBuilder()
        .subject_name(naam)
        .issuer_name(naam)
        .public_key(sleutel.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(nu - dt.timedelta(minutes=5))
        .not_valid_after(nu + dt.timedelta(days=1))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(sleutel, hashes.SHA256())
    )
    cert = map / "cert.pem"
    key = map / "key.pem"
    cert.write_bytes(certificaat.public_bytes(serialization.Encoding.PEM))
    key.write_bytes(
        sleutel.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    key.chmod(0o600)
    return cert, key


class DovecotServer:
    """Dovecot on 127.0.0.1:<free port> with IMAPS only; ``ca`` is the certificate to trust."""

    def __init__(self, map: Path) -> None:
        map.mkdir(parents=True, exist_ok=True)
        self.map = map
        self.poort = _vrije_poort()
        self.gebruiker = GEBRUIKER
        self.wachtwoord = WACHTWOORD
        self.ca: Path | None = None
        self._config = map / "dovecot.conf"
        self._proces: subprocess.Popen[bytes] | None = None
        self._uitvoer: IO[bytes] | None = None

    def _schrijf_config(self) -> None:
        cert, key = _maak_certificaat(self.map)
        self.ca = cert
        uid, gid = os.getuid(), os.getgid()
        user = pwd.getpwuid(uid).pw_name
        group = grp.getgrgid(gid).gr_name
        login_user = internal_user = user
        if uid == 0:
            # Dovecot runs no login or mail process as root: as root (a container) it drops to
            # the users Debian's package made, and the mail belongs to "dovecot"
            login_user, internal_user = "dovenull", "dovecot"
            uid, gid = pwd.getpwnam("dovecot").pw_uid, pwd.getpwnam("dovecot").pw_gid
            group = grp.getgrgid(gid).gr_name
        post = self.map / "post"
        (self.map / "run").mkdir()
        (self.map / "state").mkdir()
        post.mkdir()
        if os.getuid() == 0:
            os.chown(post, uid, gid)
            self.map.chmod(0o755)
        (self.map / "passwd").write_text(f"{self.gebruiker}:{{PLAIN}}{self.wachtwoord}:{uid}:{gid}::{post}\n")
        self._config.write_text(
            f"""
base_dir = {self.map}/run
state_dir = {self.map}/state
instance_name = test-{self.poort}
log_path = {self.map}/dovecot.log
protocols = imap
listen = 127.0.0.1
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {group}
first_valid_uid = 0
ssl = required
ssl_cert = <{cert}
ssl_key = <{key}
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {self.map}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={post}/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {self.poort}
    ssl = yes
  }}
}}
service anvil {{
  chroot =
}}
service stats {{
  unix_listener stats-reader {{
    mode = 0600
  }}
  unix_listener stats-writer {{
    mode = 0600
  }}
}}
"""
        )

    def start(self) -> DovecotServer:
        self._schrijf_config()
        # in the foreground (-F): the test owns the process and stops it by its id
        self._uitvoer = open(self.map / "dovecot.uit", "wb")  # noqa: SIM115 (closed in stop)
        self._proces = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self._config)], stdout=self._uitvoer, stderr=subprocess.STDOUT
        )
        einde = time.monotonic() + 10
        while time.monotonic() < einde:
            if self._proces.poll() is not None:
                raise RuntimeError(f"Dovecot start niet: {self.log()}")
            try:
                with socket.create_connection(("127.0.0.1", self.poort), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"Dovecot luistert niet op poort {self.poort}.{self.log()}")

    def stop(self) -> None:
        if self._proces is not None and self._proces.poll() is None:
            self._proces.terminate()
            try:
                self._proces.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proces.kill()
                self._proces.wait()
        if self._uitvoer is not None:
            self._uitvoer.close()

    def log(self) -> str:
        teksten = []
        for naam in ("dovecot.uit", "dovecot.log"):
            pad = self.map / naam
            if pad.exists():
                teksten.append(pad.read_text(errors="replace")[-3000:])
        return "\n" + "\n".join(teksten)

    def __enter__(self) -> DovecotServer:
        return self.start()

    def __exit__(self, *_: object) -> None:
        self.stop()

    # --- as a mail client would -------------------------------------------------------------

    def verbind(self) -> imaplib.IMAP4_SSL:
        context = ssl.create_default_context(cafile=str(self.ca))
        imap = imaplib.IMAP4_SSL("127.0.0.1", self.poort, ssl_context=context, timeout=10)
        imap.login(self.gebruiker, self.wachtwoord)
        return imap

    def bezorg(self, *berichten: bytes, map: str = "INBOX") -> None:
        """Put each message in the mailbox (IMAP APPEND)."""
        imap = self.verbind()
        try:
            for bericht in berichten:
                status, antwoord = imap.append(map, "", None, bericht)
                if status != "OK":
                    raise RuntimeError(f"APPEND mislukt: {antwoord!r}")
        finally:
            imap.logout()

    def aantal(self, map: str = "INBOX") -> int:
        """How many messages the folder holds (0 when it does not exist)."""
        imap = self.verbind()
        try:
            status, data = imap.select(f'"{map}"', readonly=True)
            if status != "OK":
                return 0
            return int(data[0] or 0)
        finally:
            imap.logout()
