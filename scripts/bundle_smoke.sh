#!/usr/bin/env bash
# Builds the one-folder bundle (build.spec → dist/tryghed-desktop/) and checks it the way a ward PC
# starts it: the window's self-test offscreen, then the command line on a demo database (a card as
# PDF and as Word, a meeting pack with charts and a spreadsheet). The checks run outside the checkout
# with an empty home folder, so the bundle cannot lean on the source tree or the .venv.
#
#   bash scripts/bundle_smoke.sh              set up what is missing, build, then check
#   bash scripts/bundle_smoke.sh --no-build   only check an existing dist/tryghed-desktop/
#
# Any failing step stops the script with a non-zero status.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=$(pwd)/dist/tryghed-desktop

build=1
case "${1:-}" in
  "") ;;
  --no-build) build=0 ;;
  *) echo "brug: bash scripts/bundle_smoke.sh [--no-build]" >&2; exit 2 ;;
esac

# shellcheck source=scripts/apt_packages.sh
source scripts/apt_packages.sh

seconds() { echo $(($(date +%s) - $1)); }

if [ $build = 1 ]; then
  # The Qt system libraries must be on the build machine: PyInstaller copies them into the bundle
  # and silently leaves out the ones it cannot find.
  bash scripts/quickstart.sh setup
  # PyInstaller needs binutils, and the shared libpython, which Debian and Ubuntu package apart from
  # their python3 (a pyenv or python.org Python has it built in).
  packages=binutils
  if command -v dpkg >/dev/null && dpkg -S "$(readlink -f .venv/bin/python)" >/dev/null 2>&1; then
    packages="$packages $(.venv/bin/python -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])')"
  fi
  # shellcheck disable=SC2086  # one word per package
  install_missing byggepakker $packages
  stamp=.venv/.tryghed-bundle-installed
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
    echo "Installerer PyInstaller i .venv"
    .venv/bin/python -m pip install --quiet --editable ".[bundle,encryption]"
    touch "$stamp"
  fi
  echo "== byg (PyInstaller $(.venv/bin/pyinstaller --version))"
  start=$(date +%s)
  .venv/bin/pyinstaller --noconfirm --log-level WARN build.spec
  echo "bygget på $(seconds "$start") s"
fi

[ -x "$bundle/tryghed-desktop" ] && [ -x "$bundle/tryghed" ] \
  || { echo "FEJL: $bundle/tryghed-desktop og tryghed findes ikke; byg først" >&2; exit 1; }
echo "== størrelse"
echo "$(du -sh "$bundle" | cut -f1) i $(find "$bundle" -type f | wc -l) filer: $bundle"

work=$(mktemp -d /tmp/tryghed-bundle.XXXXXX)
trap 'rm -rf "$work"' EXIT
mkdir "$work/home"
cd "$work"
# A fresh user: no settings, no database, nothing from this shell's Python.
run() { env -u PYTHONPATH -u PYTHONHOME -u TRYGHED_DB HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" \
  XDG_DATA_HOME="$work/home/.local/share" XDG_CACHE_HOME="$work/home/.cache" "$@"; }
expect() {  # expect FILE MAGIC: the file exists and starts with MAGIC (%PDF, PK for DOCX and XLSX)
  [ "$(head -c ${#2} "$1")" = "$2" ] || { echo "FEJL: $1 er ikke, hvad den skulle være" >&2; exit 1; }
}

echo "== selvtest (vinduet, offscreen)"
start=$(date +%s)
run QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$bundle/tryghed-desktop" --self-test --db "$work/selftest.db" \
  | tee "$work/selftest.txt"
# The start-up's deferred modules (tryghed_desktop.startup) must be deferred and load from the archive.
grep -q "Opstart: udskudt og indlæst" "$work/selftest.txt" \
  || { echo "FEJL: opstarten udskød ingen moduler i bundtet" >&2; exit 1; }

echo "== kommandolinjen"
db=$work/demo.db
run "$bundle/tryghed" --version
run "$bundle/tryghed" --help >/dev/null
run "$bundle/tryghed" --db "$db" demo
run "$bundle/tryghed" --db "$db" residents >/dev/null
run "$bundle/tryghed" --db "$db" card --resident 2 --out "$work/card.pdf"
expect "$work/card.pdf" '%PDF'
run "$bundle/tryghed" --db "$db" card --resident 2 --format docx --out "$work/card.docx"
expect "$work/card.docx" 'PK'
run "$bundle/tryghed" --db "$db" meeting-pack --unit 1 --from "$(date -d '-90 days' +%F)" --to "$(date +%F)" \
  --out "$work/pack.pdf" --xlsx "$work/pack.xlsx"
expect "$work/pack.pdf" '%PDF'
expect "$work/pack.xlsx" 'PK'
echo "Bundtet virker ($(seconds "$start") s for kontrollerne)."
