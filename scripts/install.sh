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
  # npm ci insists on lock entries for every platform's optional binaries; registries that do not
  # serve some of them (e.g. @node-rs/jieba for other systems) make it refuse a correct lock file.
  # npm install then installs the same locked versions.
  if ! npm ci --no-audit --no-fund --loglevel=error 2>/tmp/policy-graph-npm-ci.log; then
    echo "npm ci refused the lock file ($(grep -m1 -o 'Missing: [^ ]*' /tmp/policy-graph-npm-ci.log || echo 'see /tmp/policy-graph-npm-ci.log')); installing the locked versions with npm install"
    npm install --no-audit --no-fund --loglevel=error
  fi
  echo "$want" > "$stamp"
fi
