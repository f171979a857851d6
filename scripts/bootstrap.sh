#!/usr/bin/env bash
# Set up vanban on a fresh Debian/Ubuntu machine and run one job.
#
#   bash scripts/bootstrap.sh run     # install everything, ingest data/raw, show a lineage, export
#   bash scripts/bootstrap.sh test    # install everything, run the test suite
#   bash scripts/bootstrap.sh bench   # install everything (+ OCRmyPDF), run the benchmarks
#   bash scripts/bootstrap.sh setup   # install only
#
# System packages come from Debian (Tesseract with its Vietnamese model, poppler, antiword,
# DejaVu fonts, gcc and Python's headers for the compiled modules, Chromium for the HTML-view
# test); Python packages go into ./.venv.
set -euo pipefail
cd "$(dirname "$0")/.."
job="${1:-run}"

SYSTEM_PACKAGES=(tesseract-ocr tesseract-ocr-vie tesseract-ocr-osd poppler-utils antiword
                 fonts-dejavu-core python3-venv gcc python3-dev)
[ "$job" = test ] && SYSTEM_PACKAGES+=(chromium)
[ "$job" = bench ] && SYSTEM_PACKAGES+=(ocrmypdf)

sudo_cmd() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing system packages: ${missing[*]}"
  sudo_cmd apt-get update -qq
  sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

PY="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test,native]"
# The parser's and graph builder's hot modules compiled with mypyc (vanban/_native.py); without
# a compiler the same modules run as plain Python.
.venv/bin/python scripts/compile_native.py || echo "warning: running vanban as plain Python"

case "$job" in
  setup) echo "ready: . .venv/bin/activate" ;;
  run)
    .venv/bin/vanban ingest data/raw
    .venv/bin/vanban lineage 25-NQ/TW --down
    .venv/bin/vanban conflicts
    .venv/bin/vanban export --format graphml -o data/processed/vanban.graphml
    ;;
  test)
    .venv/bin/python -m pytest -q -p no:cacheprovider
    ;;
  bench)
    for b in bench/*_bench.py; do echo "== $b"; .venv/bin/python "$b"; done
    ;;
  *) echo "usage: $0 run|test|bench|setup" >&2; exit 2 ;;
esac
