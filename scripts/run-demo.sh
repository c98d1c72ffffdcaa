#!/usr/bin/env bash
# `make run`: migrate, load the demo data, start the job worker and the web server.
set -euo pipefail
cd "$(dirname "$0")/.."
export DJANGO_SETTINGS_MODULE=ministerie.conf.dev
export MINISTERIE_DEMO=1
export MINISTERIE_BIND="${MINISTERIE_BIND:-127.0.0.1:8000}"
BIN=.venv/bin

$BIN/ministerie migrate --noinput
$BIN/ministerie organisatie laad data/bzk-2021
$BIN/ministerie begroting laad data/bzk-2021/begroting
$BIN/ministerie overleg laad data/bzk-2021/overleggen.yaml
$BIN/ministerie demo laad

$BIN/ministerie worker &
WORKER=$!
trap 'kill $WORKER 2>/dev/null || true' EXIT INT TERM

cat <<TEKST

  ministerie draait op http://${MINISTERIE_BIND}/
  Log in met een van de demo-accounts hierboven (ook getoond op de inlogpagina).
  Dit is een demo-omgeving: demo-accounts met namen uit het dossier of fictief. Stoppen: Ctrl+C.

TEKST
$BIN/ministerie serve
