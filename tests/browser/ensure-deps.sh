#!/usr/bin/env bash
# Installs what `make test` needs on a fresh Debian machine: Debian's
# chromium (never a browser download of its own), nginx with the brotli
# modules (the README's static-host configuration is tested as written),
# fribidi (the right-to-left visual-order test), poppler-utils (the printed
# PDF becomes PNG), systemd-analyze (the README's unit is verified) and the
# npm packages from the committed lock file.
set -euo pipefail
cd "$(dirname "$0")"
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
command -v nginx >/dev/null 2>&1 || need+=(nginx)
[ -e /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ] || need+=(libnginx-mod-http-brotli-static libnginx-mod-http-brotli-filter)
command -v fribidi >/dev/null 2>&1 || need+=(libfribidi-bin)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v systemd-analyze >/dev/null 2>&1 || need+=(systemd)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "installing ${need[*]} (apt-get)…"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
  else
    echo "make test needs these Debian packages: ${need[*]}. Install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install ${need[*]}" >&2
    exit 1
  fi
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
