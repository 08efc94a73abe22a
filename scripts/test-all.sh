#!/usr/bin/env bash
# Installs everything the tests need on a fresh Debian machine, then runs all tests.
# Browser tests need Debian's chromium and firefox-esr; the export render test needs LibreOffice, poppler and CJK fonts.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
[ -e /usr/lib/libreoffice/program/libsclo.so ] || missing+=(libreoffice-calc-nogui) # the 汇总 test opens its .xlsx
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
[ -d /usr/share/fonts/opentype/noto ] || missing+=(fonts-noto-cjk)
[ -d /usr/share/fonts/truetype/arphic ] || missing+=(fonts-arphic-ukai)

if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages for the tests: ${missing[*]}"
  if [ "$(id -u)" = 0 ]; then SUDO=""; elif command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "The tests need these Debian packages and this user cannot install them: ${missing[*]}" >&2
    echo "Run as root: apt-get install -y --no-install-recommends ${missing[*]}" >&2
    exit 1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
rm -f test-output/vitest.json
status=0
npm test || status=$?
node scripts/test-summary.mjs
exit $status
