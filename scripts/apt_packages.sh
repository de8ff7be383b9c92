# Sourced by quickstart.sh and bundle_smoke.sh: install the Debian/Ubuntu packages that are missing.

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else echo "Kør som root eller installér sudo: der mangler systempakker." >&2; exit 1
  fi
}

# install_missing "what they are for" package…  (does nothing where there is no dpkg)
install_missing() {
  local purpose=$1 package missing=""
  shift
  command -v dpkg-query >/dev/null || return 0
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing="$missing $package"
  done
  if [ -n "$missing" ]; then
    echo "Installerer $purpose:$missing"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
}
