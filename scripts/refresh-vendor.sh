#!/usr/bin/env bash
# Re-fetch the vendored front-end assets (NL Design System / Rijkshuisstijl
# Community CSS and htmx) from the npm registry and copy the few files we use
# into src/ministerie/core/static/vendor/.
#
# Usage:
#   scripts/refresh-vendor.sh           # (re)write the vendored files
#   scripts/refresh-vendor.sh --check   # only verify the vendored files match
#                                       # the pinned versions (exit 1 if not)
#
# To update: change a version below, run the script, review the diff (class
# names and tokens do change between major versions!), update
# src/ministerie/core/static/vendor/README.md and commit.
#
# Needs: bash, npm (only `npm pack` is used, which verifies the tarball
# integrity against the registry), tar, sha256sum. No CDN or GitHub access.
set -euo pipefail

# --- pinned versions ----------------------------------------------------------
RHC_COMPONENTS_CSS_VERSION="12.0.0"   # @rijkshuisstijl-community/components-css (EUPL-1.2)
RHC_DESIGN_TOKENS_VERSION="11.1.0"    # @rijkshuisstijl-community/design-tokens (proprietary, see LICENSE)
UTRECHT_STATUS_BADGE_CSS_VERSION="2.0.1"  # @utrecht/status-badge-css (EUPL-1.2)
HTMX_VERSION="2.0.11"                 # htmx.org (0BSD)
# -----------------------------------------------------------------------------

MODE="write"
case "${1:-}" in
  "") ;;
  --check) MODE="check" ;;
  -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
  *) echo "unknown argument: $1 (use --check or no argument)" >&2; exit 2 ;;
esac

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
VENDOR_DIR="$REPO_ROOT/src/ministerie/core/static/vendor"

for tool in npm tar sha256sum; do
  command -v "$tool" >/dev/null 2>&1 || { echo "error: '$tool' not found" >&2; exit 1; }
done

WORK="$(mktemp -d "${TMPDIR:-/tmp}/refresh-vendor.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# fetch NAME VERSION -> prints the directory with the unpacked package
fetch() {
  local name="$1" version="$2" tgz dest
  dest="$WORK/pkg/$(echo "$name" | tr '/@' '__')"
  mkdir -p "$dest"
  # Run from the temp dir so no project package.json / .npmrc interferes.
  tgz="$(cd "$WORK" && npm pack "${name}@${version}" --pack-destination "$WORK" --silent | tail -n 1)"
  tar -xzf "$WORK/$tgz" -C "$dest"
  echo "$dest/package"
}

require_file() {
  [[ -f "$1" ]] || { echo "error: expected file missing from package: $1" >&2; exit 1; }
}

echo "Fetching packages from the npm registry..." >&2
COMPONENTS="$(fetch @rijkshuisstijl-community/components-css "$RHC_COMPONENTS_CSS_VERSION")"
TOKENS="$(fetch @rijkshuisstijl-community/design-tokens "$RHC_DESIGN_TOKENS_VERSION")"
STATUS_BADGE="$(fetch @utrecht/status-badge-css "$UTRECHT_STATUS_BADGE_CSS_VERSION")"
HTMX="$(fetch htmx.org "$HTMX_VERSION")"

OUT="$WORK/out"
mkdir -p "$OUT/rijkshuisstijl" "$OUT/htmx"

# --- Rijkshuisstijl Community -------------------------------------------------
# components-css ships one bundled, minified index.css that already contains the
# utrecht-*, nl-* (candidate), ams-* and rhc-* component CSS it depends on.
require_file "$COMPONENTS/dist/index.css"
require_file "$COMPONENTS/LICENSE.md"
cp "$COMPONENTS/dist/index.css" "$OUT/rijkshuisstijl/components.css"
cp "$COMPONENTS/LICENSE.md" "$OUT/rijkshuisstijl/LICENSE-components-css.md"

# design-tokens: default theme, all custom properties scoped to `.rhc-theme`.
require_file "$TOKENS/dist/index.css"
require_file "$TOKENS/LICENSE.md"
cp "$TOKENS/dist/index.css" "$OUT/rijkshuisstijl/design-tokens.css"
cp "$TOKENS/LICENSE.md" "$OUT/rijkshuisstijl/LICENSE-design-tokens.md"
if ! grep -q '^\.rhc-theme {' "$OUT/rijkshuisstijl/design-tokens.css"; then
  echo "warning: design-tokens.css no longer uses the '.rhc-theme' class; update templates/README" >&2
fi

# Status badge: the tokens define --utrecht-status-badge-*, but the component
# CSS is not part of the components-css bundle, so it is vendored separately.
require_file "$STATUS_BADGE/dist/index.min.css"
require_file "$STATUS_BADGE/LICENSE.md"
cp "$STATUS_BADGE/dist/index.min.css" "$OUT/rijkshuisstijl/utrecht-status-badge.css"
cp "$STATUS_BADGE/LICENSE.md" "$OUT/rijkshuisstijl/LICENSE-utrecht-status-badge-css.md"

cat > "$OUT/rijkshuisstijl/VERSION" <<EOF
@rijkshuisstijl-community/components-css@${RHC_COMPONENTS_CSS_VERSION}
@rijkshuisstijl-community/design-tokens@${RHC_DESIGN_TOKENS_VERSION}
@utrecht/status-badge-css@${UTRECHT_STATUS_BADGE_CSS_VERSION}
EOF

# --- htmx ---------------------------------------------------------------------
require_file "$HTMX/dist/htmx.min.js"
require_file "$HTMX/LICENSE"
cp "$HTMX/dist/htmx.min.js" "$OUT/htmx/htmx.min.js"
cp "$HTMX/LICENSE" "$OUT/htmx/LICENSE"
echo "htmx.org@${HTMX_VERSION}" > "$OUT/htmx/VERSION"

# Source-map references would break Django's ManifestStaticFilesStorage
# (collectstatic) because we do not vendor the .map files.
if grep -l 'sourceMappingURL' "$OUT"/rijkshuisstijl/*.css "$OUT"/htmx/*.js >/dev/null 2>&1; then
  echo "error: a vendored file references a source map; strip it or vendor the map" >&2
  grep -l 'sourceMappingURL' "$OUT"/rijkshuisstijl/*.css "$OUT"/htmx/*.js >&2
  exit 1
fi

# Checksums of everything vendored (for review / --check).
(cd "$OUT" && find rijkshuisstijl htmx -type f | LC_ALL=C sort | xargs sha256sum) > "$OUT/SHA256SUMS"

if [[ "$MODE" == "check" ]]; then
  status=0
  for entry in rijkshuisstijl htmx SHA256SUMS; do
    diff -r -q "$OUT/$entry" "$VENDOR_DIR/$entry" || status=1
  done
  if [[ $status -eq 0 ]]; then
    echo "OK: vendored files match the pinned versions." >&2
  else
    echo "MISMATCH: run scripts/refresh-vendor.sh to refresh." >&2
  fi
  exit $status
fi

# --- install into the static dir (README.md is left alone) -------------------
mkdir -p "$VENDOR_DIR"
rm -rf "$VENDOR_DIR/rijkshuisstijl" "$VENDOR_DIR/htmx"
cp -R "$OUT/rijkshuisstijl" "$OUT/htmx" "$OUT/SHA256SUMS" "$VENDOR_DIR/"

echo "Vendored into ${VENDOR_DIR#"$REPO_ROOT"/}:" >&2
(cd "$VENDOR_DIR" && find rijkshuisstijl htmx SHA256SUMS -type f | LC_ALL=C sort | xargs ls -l | awk '{printf "  %8d  %s\n", $5, $9}') >&2
echo "Total: $(cd "$VENDOR_DIR" && find rijkshuisstijl htmx SHA256SUMS -type f -exec cat {} + | wc -c) bytes" >&2
