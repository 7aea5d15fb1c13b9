#!/usr/bin/env bash
# Runs before `npm test`: the certificate tests render PDFs with poppler's pdftoppm and open the
# verify page in Debian's Chromium; scripts/test-shifted.sh needs libfaketime. Installs them on our
# machines (root, apt) when missing.
set -euo pipefail
if command -v pdftoppm >/dev/null && [ -x /usr/bin/chromium ] && command -v faketime >/dev/null; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing poppler-utils, chromium and faketime for the tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends poppler-utils chromium faketime >/dev/null
  exit 0
fi
echo "The tests need pdftoppm, /usr/bin/chromium and faketime: e.g. sudo apt-get install poppler-utils chromium faketime" >&2
exit 1
