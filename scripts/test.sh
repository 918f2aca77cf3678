#!/usr/bin/env bash
# Install what the tests need and run them. Used by the README and by CI (.ci/run).
# Debian tools (poppler-utils for pdftotext, tesseract for OCR, chromium for the review UI
# browser test) are installed when missing and we are root; otherwise those tests skip.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
command -v tesseract >/dev/null 2>&1 || need+=(tesseract-ocr tesseract-ocr-nld)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian packages: ${need[*]}" >&2
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "Not installing ${need[*]} (not root or no apt-get): their tests will skip." >&2
  fi
fi

python -m pip install -q -e '.[test]'
python -m pytest "$@"
