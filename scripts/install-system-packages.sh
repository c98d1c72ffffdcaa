#!/usr/bin/env bash
# Debian packages the system needs (never a downloaded browser or model).
#   run:  Pango and fonts for PDF output (WeasyPrint), Tesseract with Dutch for OCR of scans
#   test: the same, plus chromium for the browser tests and Dovecot (an IMAP server the
#         correspondence tests start on loopback, never as a system service)
set -euo pipefail
modus="${1:-test}"
ontbreekt=()
ldconfig -p 2>/dev/null | grep -q libpango-1.0 || ontbreekt+=(libpango-1.0-0 libpangoft2-1.0-0)
fc-list 2>/dev/null | grep -qi dejavu || ontbreekt+=(fonts-dejavu-core)
command -v tesseract >/dev/null || ontbreekt+=(tesseract-ocr)
[ -n "$(ls /usr/share/tesseract-ocr/*/tessdata/nld.traineddata 2>/dev/null)" ] || ontbreekt+=(tesseract-ocr-nld)
if [ "$modus" = "test" ]; then
  [ -x /usr/bin/chromium ] || ontbreekt+=(chromium)
  [ -x /usr/sbin/dovecot ] || ontbreekt+=(dovecot-imapd)
fi
if [ ${#ontbreekt[@]} -eq 0 ]; then
  exit 0
fi
echo "Installeren van Debian-pakketten: ${ontbreekt[*]}"
sudo_=""
[ "$(id -u)" -eq 0 ] || sudo_="sudo"
$sudo_ apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends "${ontbreekt[@]}"
