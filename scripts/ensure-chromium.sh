#!/bin/sh
# The e2e tests drive Debian's Chromium, never a downloaded browser. Finds it at $CHROMIUM_PATH or
# /usr/bin/chromium; as root on Debian, installs the package when it is missing; otherwise says
# the one command to run.
set -e
browser="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$browser" ]; then
	exit 0
fi
if [ -z "$CHROMIUM_PATH" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "Installing Debian's chromium for the browser tests…"
	DEBIAN_FRONTEND=noninteractive apt-get update -qq
	DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
	[ -x /usr/bin/chromium ] && exit 0
fi
echo "No Chromium at $browser. Install it with:  sudo apt-get install -y chromium" >&2
echo "or point CHROMIUM_PATH at a Chromium binary." >&2
exit 1
