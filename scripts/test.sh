#!/usr/bin/env bash
# awsop's whole test suite: what the README's test command and CI run.
#
# Installs moto (pinned, into .venv) for the end-to-end tests, which start and
# stop their own moto; then runs every workspace test, and the sans-IO core on
# its own (no default features).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
scripts/moto.sh setup
cargo test --workspace
cargo test -p awsop --no-default-features
