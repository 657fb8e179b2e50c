#!/usr/bin/env bash
# Installs what the end-to-end tests need besides npm packages: Debian's Chromium.
# Playwright cannot download its own browser here, so playwright.config.ts points at /usr/bin/chromium.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then
  echo "chromium: $(chromium --version 2>/dev/null || echo present)"
  exit 0
fi
echo "Chromium not found: installing Debian's chromium package (needs root)…"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
chromium --version
