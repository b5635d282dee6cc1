#!/usr/bin/env bash
# Runs before `npm test` (npm's pretest): the web app's end-to-end tests drive Debian's Chromium
# through playwright-core, never a downloaded browser. Installs it when the machine lacks it.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
  echo "install-browser: /usr/bin/chromium is missing; install Debian's chromium package (apt-get install chromium) as root" >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-browser: installing Debian's chromium for the browser tests" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends chromium
