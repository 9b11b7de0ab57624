#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (never a downloaded browser build). Install it when a
# fresh machine lacks it; fail loudly when that is impossible, so no browser test is ever skipped.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
echo "Debian's chromium is missing: installing it for the browser tests (apt-get install chromium)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
if [ ! -x /usr/bin/chromium ]; then
  echo "ERROR: /usr/bin/chromium is still missing after apt-get install chromium" >&2
  exit 1
fi
