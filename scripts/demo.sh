#!/usr/bin/env bash
# npm run demo: the whole arch-actions job on this machine, through the bundled CLI
# (test/lab/demo runs dist/cli/index.js once per step): lab up, build linux/amd64 natively and
# linux/arm64 under QEMU (each pushed by digest), merge, verify deep, parity run, summary, clean-up.
# Needs root (or sudo): the lab installs Debian packages and starts dockerd and a registry.
#
#   bash scripts/demo.sh [--keep-lab] [demo flags: --keep --json --arm64-builder buildah ...]
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)

keep_lab=0
args=()
for a in "$@"; do
  if [ "$a" = --keep-lab ]; then keep_lab=1; else args+=("$a"); fi
done

if [ "$(id -u)" != 0 ]; then
  echo "demo: run as root (sudo npm run demo): the lab installs packages and starts dockerd" >&2
  exit 2
fi

# Leave the lab as we found it: take it down afterwards only if this demo brought it up.
lab_was_up=0
if bash test/lab/lab.sh status >/dev/null 2>&1; then lab_was_up=1; fi
echo "== lab: bash test/lab/lab.sh up"
bash test/lab/lab.sh up
cleanup() {
  if [ "$lab_was_up" = 0 ] && [ "$keep_lab" = 0 ]; then
    echo "== lab: down (the demo brought it up; --keep-lab keeps it)"
    bash test/lab/lab.sh down >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

# The steps run the committed bundle (CI checks that it is fresh); the demo driver is
# TypeScript run by scripts/run-ts.js, which needs typescript from node_modules.
[ -d node_modules ] || npm ci --no-audit --no-fund --loglevel=error
cli=dist/cli/index.js
if [ ! -f "$cli" ]; then
  echo "== bundle (dist/ is missing)"
  npm run -s bundle
fi

set +e
node scripts/run-ts.js test/lab/demo/index.ts --cli "$cli" "${args[@]}"
rc=$?
set -e
echo "demo: finished in $(( $(date +%s) - start ))s (exit $rc)"
exit $rc
