#!/usr/bin/env bash
# Installs Debian's Chromium for the browser tests when it is not there yet.
# playwright-core cannot download its own browser on this kind of machine, so the
# tests drive /usr/bin/chromium through `executablePath` (tools/browser).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
SUDO=""
if [ "$(id -u)" != "0" ] && command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get install -y chromium || { $SUDO apt-get update && $SUDO apt-get install -y chromium; }
