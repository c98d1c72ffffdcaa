#!/usr/bin/env bash
# Debian packages the tests need: chromium for the browser tests (never a downloaded browser).
set -euo pipefail
ontbreekt=()
[ -x /usr/bin/chromium ] || ontbreekt+=(chromium)
fc-list 2>/dev/null | grep -qi dejavu || ontbreekt+=(fonts-dejavu-core)
if [ ${#ontbreekt[@]} -eq 0 ]; then
  exit 0
fi
echo "Installeren van Debian-pakketten: ${ontbreekt[*]}"
sudo_=""
[ "$(id -u)" -eq 0 ] || sudo_="sudo"
$sudo_ apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_ apt-get install -y -qq --no-install-recommends "${ontbreekt[@]}"
