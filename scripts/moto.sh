#!/usr/bin/env bash
# moto, the Cognito emulator of awsop's end-to-end tests and demo.
#
#   scripts/moto.sh setup          install moto[server] (pinned) into .venv
#   scripts/moto.sh start PIDFILE  start it on 127.0.0.1 on a free port; prints the URL
#   scripts/moto.sh stop PIDFILE   stop it by pid
#
# AWSOP_VENV overrides the virtualenv's location.
set -euo pipefail

MOTO_VERSION=5.2.5
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${AWSOP_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

die() { echo "moto.sh: $*" >&2; exit 1; }

setup() {
    if [ -x "$VENV/bin/moto_server" ] &&
        [ "$("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("moto"))' 2>/dev/null)" = "$MOTO_VERSION" ]; then
        return 0
    fi
    command -v "$PYTHON" >/dev/null || die "python3 is needed to install moto; install Python 3.9 or later"
    "$PYTHON" -m venv "$VENV" || die "could not create a virtualenv at $VENV (on Debian: apt-get install python3-venv)"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check "moto[server]==$MOTO_VERSION" ||
        die "could not install moto[server]==$MOTO_VERSION from PyPI"
}

start() {
    local pidfile="$1"
    setup
    local port
    port="$("$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    local log="${pidfile%.pid}.log"
    MOTO_COGNITO_IDP_USER_POOL_ENABLE_TOTP=true \
        "$VENV/bin/moto_server" -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
    echo $! >"$pidfile"
    for _ in $(seq 1 100); do
        if "$VENV/bin/python" -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$port/moto-api/')" 2>/dev/null; then
            echo "http://127.0.0.1:$port"
            return 0
        fi
        kill -0 "$(cat "$pidfile")" 2>/dev/null || die "moto exited at start; its log: $(cat "$log")"
        sleep 0.1
    done
    stop "$pidfile"
    die "moto did not answer on port $port within 10 s; its log: $(cat "$log")"
}

stop() {
    local pidfile="$1"
    [ -f "$pidfile" ] || return 0
    local pid
    pid="$(cat "$pidfile")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -f "$pidfile"
}

case "${1:-}" in
setup) setup ;;
start) start "${2:?usage: moto.sh start PIDFILE}" ;;
stop) stop "${2:?usage: moto.sh stop PIDFILE}" ;;
*) die "usage: moto.sh setup | start PIDFILE | stop PIDFILE" ;;
esac
