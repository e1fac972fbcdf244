#!/usr/bin/env bash
# The Cognito TOTP MFA demo against a local moto: starts moto on a free port,
# runs the demo, and stops moto by pid even when the demo fails.
#
# To run the demo against real AWS instead, skip this script and run
#   cargo run -p awsop-example-cognito-totp --bin totp_mfa_demo
# with AWS_REGION and credentials in the usual AWS environment.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PIDFILE="$(mktemp -t awsop-moto.XXXXXX).pid"
trap 'scripts/moto.sh stop "$PIDFILE"' EXIT
URL="$(scripts/moto.sh start "$PIDFILE")"
echo "moto $(.venv/bin/python -c 'import importlib.metadata as m; print(m.version("moto"))') is listening on $URL"
AWS_ENDPOINT_URL="$URL" AWS_REGION=us-east-1 \
    AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing \
    cargo run --quiet -p awsop-example-cognito-totp --bin totp_mfa_demo
