#!/bin/sh
# Installs the exact dependencies from package-lock.json when they are missing or out of date,
# so `npm start` and `npm test` work on a fresh clone without a separate install step.
set -e
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
	echo "Installing dependencies (npm ci)…"
	npm ci --no-audit --no-fund
fi
