#!/usr/bin/env bash
# Quick start: install, build and serve the production site on http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
npm install --no-audit --no-fund
npx next build
exec npx next start -p "${PORT:-3000}"
