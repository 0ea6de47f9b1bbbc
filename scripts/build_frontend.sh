#!/usr/bin/env bash
# Builds the web application (frontend/ -> frontend/dist) once per lockfile and source hash:
# `npm ci` when package-lock.json changed, `vite build` when anything it builds from changed.
# Django serves the result at / (core/spa.py). Needs Node.js 20.19+.
set -euo pipefail
cd "$(dirname "$0")/../frontend"

if ! command -v node >/dev/null 2>&1; then
  echo "frontend: Node.js 20.19+ is needed to build the web application (https://nodejs.org/)" >&2
  exit 1
fi
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' || {
  echo "frontend: Node.js $(node --version) is too old; 20.19+ is needed" >&2
  exit 1
}

hash_of() { sha256sum "$@" | sha256sum | cut -c1-16; }

lock_hash="$(hash_of package-lock.json)"
if [ "$(cat node_modules/.ci-stamp 2>/dev/null)" != "$lock_hash" ]; then
  echo "frontend: npm ci"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$lock_hash" > node_modules/.ci-stamp
fi

mapfile -t sources < <(find src index.html package-lock.json vite.config.ts tsconfig.json -type f | LC_ALL=C sort)
source_hash="$(hash_of "${sources[@]}")"
if [ "${1:-}" = "--force" ] || [ "$(cat dist/.build-stamp 2>/dev/null)" != "$source_hash" ]; then
  echo "frontend: vite build"
  npx --no-install vite build --logLevel warn
  echo "$source_hash" > dist/.build-stamp
else
  echo "frontend: dist/ is up to date"
fi
