#!/usr/bin/env bash
# Sets up what is missing on Debian 12 / Ubuntu 22.04+ (system libraries, .venv, the package,
# translations), then starts the app (`run`), runs every check and the test suite headless (`test`),
# or stops there (`setup`, used by scripts/bundle_smoke.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

usage() { echo "brug: bash scripts/quickstart.sh run [app-argumenter…] | test [pytest-argumenter…] | setup" >&2; exit 2; }
[ $# -ge 1 ] || usage
action=$1; shift
case "$action" in run|test|setup) ;; *) usage ;; esac

# Qt's wheels bring Qt but not the system libraries it links, nor any font (glyphs become boxes).
QT_PACKAGES="libgl1 libegl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  fonts-dejavu-core libx11-xcb1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-xfixes0
  libxcb-xkb1 libxkbcommon-x11-0"
# The tests read PDFs back as images (poppler), open the DOCX cards in LibreOffice, and run the store
# and service tests on PostgreSQL too.
TEST_PACKAGES="poppler-utils postgresql libreoffice-writer-nogui fonts-crosextra-carlito"

# shellcheck source=scripts/apt_packages.sh
source scripts/apt_packages.sh

# The distribution's own interpreter first: it is the one a Linux ward PC has, and Debian links it
# statically with PGO and LTO. A pyenv or source build found earlier on PATH (shared libpython, no
# PGO) starts the app about a quarter slower (README, Performance).
pick_python() {
  for candidate in /usr/bin/python3.13 /usr/bin/python3.12 /usr/bin/python3.11 python3.13 python3.12 python3.11 python3; do
    if command -v "$candidate" >/dev/null \
      && "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$candidate"; return
    fi
  done
}

packages="$QT_PACKAGES"
[ "$action" = test ] && packages="$packages $TEST_PACKAGES"
python=$(pick_python || true)
if [ -z "$python" ]; then
  packages="$packages python3.11 python3.11-venv"  # Ubuntu 22.04 ships 3.10 as python3
  python=python3.11
fi
# ensurepip lives in the distribution's venv package, versioned on Debian and Ubuntu.
if ! "$python" -c 'import ensurepip, venv' 2>/dev/null; then
  packages="$packages $("$python" -c 'import sys; print(f"python{sys.version_info[0]}.{sys.version_info[1]}-venv")')"
fi
# shellcheck disable=SC2086  # one word per package
install_missing systempakker $packages

if [ ! -x .venv/bin/python ]; then
  echo "Opretter .venv med $python"
  "$python" -m venv .venv
fi
stamp=.venv/.tryghed-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "Installerer Tryghed Desktop og dets afhængigheder i .venv"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet --editable ".[test,encryption]"
  touch "$stamp"
fi
for ts in resources/translations/*.ts; do
  [ -e "$ts" ] || continue
  qm=${ts%.ts}.qm
  [ -f "$qm" ] && [ "$qm" -nt "$ts" ] || .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
done

if [ "$action" = run ]; then
  exec .venv/bin/tryghed-desktop "$@"
fi
[ "$action" = setup ] && exit 0
echo "== ruff"; .venv/bin/ruff check src tests benchmarks; .venv/bin/ruff format --check src tests benchmarks
echo "== mypy"; .venv/bin/mypy
echo "== lag (import-linter)"; .venv/bin/lint-imports

# A throwaway PostgreSQL cluster on 127.0.0.1 for this run only; the server refuses to run as root.
start_postgres() {
  local bin port
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$bin" ] && [ -x "$bin/initdb" ] || { echo "PostgreSQL findes ikke: kun SQLite testes."; return; }
  pg_dir=$(mktemp -d /tmp/tryghed-pg.XXXXXX)
  run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
  [ "$(id -u)" = 0 ] && chown postgres "$pg_dir"
  port=$((20000 + RANDOM % 20000))
  run_pg "$bin/initdb" -D "$pg_dir/data" -A trust -U postgres -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
  run_pg "$bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/log" -w \
    -o "-p $port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
  # Expanded now: the trap runs after this function's locals are gone.
  trap "cd / && run_pg '$bin/pg_ctl' -D '$pg_dir/data' -m fast -w stop >/dev/null; rm -rf '$pg_dir'" EXIT
  export TRYGHED_TEST_PG_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') kører på port $port til testene."
}
start_postgres

echo "== pytest"
export QT_QPA_PLATFORM=offscreen
.venv/bin/pytest "$@"
