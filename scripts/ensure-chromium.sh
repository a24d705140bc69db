#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium, never a browser downloaded by a test tool.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "The end-to-end tests need Debian's Chromium at /usr/bin/chromium. Install it with:" >&2
  echo "  sudo apt-get install -y chromium" >&2
  exit 1
fi
