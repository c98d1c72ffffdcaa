// After a security key is registered or verified by django-otp-webauthn's script, go on to the
// page the server names (recovery codes, or the page asked for): no inline script needed.
document.addEventListener("otp_webauthn.register_complete", () => {
  const knop = document.getElementById("passkey-register-button");
  window.location.assign(knop?.dataset.verder || window.location.href);
});
