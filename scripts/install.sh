#!/usr/bin/env bash
# Installs the npm dependencies when package-lock.json changed since the last install (or never
# ran), so the Quick-start commands are fast on a second run. The Neo4j runner is built with Maven
# by `npm run db:start` when needed.
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in node npm java mvn; do
  command -v "$tool" >/dev/null || { echo "policy-graph needs '$tool' on PATH (Node 20, Java 17, Maven)" >&2; exit 1; }
done
stamp=node_modules/.install-stamp
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "Installing npm dependencies (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
  echo "$want" > "$stamp"
fi
