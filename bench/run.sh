#!/usr/bin/env bash
# Runs awsop's benchmarks against their baselines and writes the tables into
# BENCHMARKS.md (between its "bench:begin" and "bench:end" markers).
#
#   bench/run.sh                 # everything (about an hour on 2 cores)
#   bench/run.sh percall callgrind loopback report   # some sections, then the report
#
# Sections: build tls macro service percall callgrind loopback report.
# Every ratio is computed from numbers measured in the same run of its section.
# Builds run one at a time; each comparison build has its own target directory
# under $BENCH_TARGET (default /work/bench-target), cleaned first.
# Results accumulate in $RESULTS (default $BENCH_TARGET/results); a section
# run again replaces its own numbers.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BT=${BENCH_TARGET:-/work/bench-target}
RESULTS=${RESULTS:-$BT/results}
# Calls per mode in the loopback benchmark, and rounds of it.
LOOPBACK_N=${LOOPBACK_N:-10000}
LOOPBACK_ROUNDS=${LOOPBACK_ROUNDS:-3}
# SDK_CLEAN=0 keeps the official SDK's clean build times of an earlier run
# (they take several minutes each) and redoes the rest of the build section.
# Builds of each macro-cost crate (the median is reported).
MACRO_REPEAT=${MACRO_REPEAT:-3}
export RESULTS CARGO_TERM_COLOR=never
mkdir -p "$RESULTS/log"
touch "$RESULTS/times.txt" "$RESULTS/values.txt"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"

# Drops a section's earlier numbers (lines whose key starts with PREFIX).
forget() {
    local prefix=$1 f
    for f in "$RESULTS/times.txt" "$RESULTS/values.txt"; do
        grep -v "^$prefix" "$f" >"$f.tmp" || true
        mv "$f.tmp" "$f"
    done
}

crates() { # the normal-dependency crate count, as the issue counts it
    cargo tree --locked -e normal --prefix none "$@" | sed 's/ (\*)//' | sort -u | wc -l
}

stripped_size() {
    cp "$1" "$RESULTS/stripped.tmp"
    strip "$RESULTS/stripped.tmp"
    stat -c %s "$RESULTS/stripped.tmp"
    rm -f "$RESULTS/stripped.tmp"
}

section_build() {
    echo "== build: one AssociateSoftwareToken call, awsop vs the official SDK" >&2
    if [ "${SDK_CLEAN:-1}" = 1 ]; then forget build_; else forget build_awsop_; forget build_sdk_incremental; forget build_sdk_size; forget build_sdk_crates; fi
    cd "$ROOT"
    cargo fetch --locked >/dev/null
    (cd bench/official && cargo fetch --locked >/dev/null)
    record build_awsop_crates "$(crates -p awsop-bench-oneshot)"
    record build_sdk_crates "$(cd bench/official && crates)"
    for profile in release debug; do
        local flag=()
        [ $profile = release ] && flag=(--release)
        clean_build "build_awsop_$profile" "$BT/oneshot-$profile" "${flag[@]}" -p awsop-bench-oneshot
        if [ "${SDK_CLEAN:-1}" = 1 ]; then
            (cd bench/official && clean_build "build_sdk_$profile" "$BT/official-$profile" "${flag[@]}" --bin one_call)
        fi
    done
    record build_awsop_size "$(stripped_size "$BT/oneshot-release/release/one_call")"
    record build_sdk_size "$(stripped_size "$BT/official-release/release/one_call")"

    # The edit-rebuild loop: change one doc line of the annotated struct (of
    # main.rs for the SDK program, which has none), rebuild in debug.
    local awsop_src=bench/oneshot/src/main.rs sdk_src=bench/official/src/bin/one_call.rs
    cp "$awsop_src" "$RESULTS/awsop_main.rs.orig"
    cp "$sdk_src" "$RESULTS/sdk_main.rs.orig"
    trap 'cp "$RESULTS/awsop_main.rs.orig" "$ROOT/$awsop_src"; cp "$RESULTS/sdk_main.rs.orig" "$ROOT/$sdk_src"' EXIT
    sed -i "s|/// The user's access token.|/// The user's access token (edited).|" "$awsop_src"
    timed build_awsop_incremental cargo build --locked --target-dir "$BT/oneshot-debug" -p awsop-bench-oneshot
    cp "$RESULTS/awsop_main.rs.orig" "$awsop_src"
    sed -i "s|^//! One AssociateSoftwareToken call with the official SDK|//! One AssociateSoftwareToken call (edited) with the official SDK|" "$sdk_src"
    (cd bench/official && timed build_sdk_incremental cargo build --locked --target-dir "$BT/official-debug" --bin one_call)
    cp "$RESULTS/sdk_main.rs.orig" "$sdk_src"
    trap - EXIT
    # Leave the debug builds of the committed sources in place.
    cargo build --locked --target-dir "$BT/oneshot-debug" -p awsop-bench-oneshot >/dev/null 2>&1
}

section_tls() {
    echo "== tls: reqwest 0.12 + rustls, ring vs aws-lc-rs" >&2
    forget tls_
    cd "$ROOT/bench/tls"
    cargo fetch --locked >/dev/null
    for p in ring aws-lc-rs; do
        clean_build "tls_$p" "$BT/tls-$p" --release --no-default-features --features "$p"
        record "tls_${p}_size" "$(stripped_size "$BT/tls-$p/release/awsop-bench-tls")"
        record "tls_${p}_crates" "$(crates --no-default-features --features "$p")"
    done
}

section_macro() {
    echo "== macro: 150 operations, awsop vs serde derives; 10/50/150 scaling" >&2
    forget macro_
    cd "$ROOT/bench/macrocost"
    python3 gen.py
    cargo fetch --locked >/dev/null
    local dir=$BT/macrocost pkg i
    cargo clean --target-dir "$dir" >/dev/null 2>&1 || true
    for pkg in awsop10 awsop50 awsop150 serde150; do
        # Dependencies first, untimed; then only the crate itself, from clean.
        cargo build --locked --target-dir "$dir" -p "$pkg" >"$RESULTS/log/macro_deps_$pkg.log" 2>&1
        for i in $(seq "$MACRO_REPEAT"); do
            cargo clean --target-dir "$dir" -p "$pkg" >/dev/null 2>&1
            timed "macro_${pkg}_$i" cargo build --locked --target-dir "$dir" -p "$pkg"
        done
        record "macro_${pkg}_lines" "$(wc -l <"$pkg/src/lib.rs")"
    done
}

section_service() {
    echo "== service: the generated awsop-cognito-idp vs aws-sdk-cognitoidentityprovider" >&2
    forget service_
    cd "$ROOT"
    if [ ! -f services/cognito-idp/Cargo.toml ]; then
        echo "  services/cognito-idp does not exist yet: skipped" >&2
        record service_skipped 1
        return 0
    fi
    local pkg=awsop-cognito-idp lib=awsop_cognito_idp
    # Whole clean builds (the crate and all it depends on), then the crate alone.
    clean_build service_awsop_clean "$BT/service-awsop" -p "$pkg"
    cargo clean --target-dir "$BT/service-awsop" -p "$pkg" >/dev/null 2>&1
    timed service_awsop_alone cargo build --locked --target-dir "$BT/service-awsop" -p "$pkg"
    record service_awsop_rlib "$(stat -c %s "$BT"/service-awsop/debug/deps/lib"$lib"-*.rlib | sort -n | tail -1)"
    record service_awsop_crates "$(crates -p "$pkg")"
    cd bench/official
    clean_build service_sdk_clean "$BT/service-sdk" -p aws-sdk-cognitoidentityprovider
    cargo clean --target-dir "$BT/service-sdk" -p aws-sdk-cognitoidentityprovider >/dev/null 2>&1
    timed service_sdk_alone cargo build --locked --target-dir "$BT/service-sdk" -p aws-sdk-cognitoidentityprovider
    record service_sdk_rlib "$(stat -c %s "$BT"/service-sdk/debug/deps/libaws_sdk_cognitoidentityprovider-*.rlib | sort -n | tail -1)"
    record service_sdk_crates "$(crates -p aws-sdk-cognitoidentityprovider)"
}

section_percall() {
    echo "== percall: divan timings, awsop vs the hand-written baseline" >&2
    cd "$ROOT"
    cargo bench --locked -p awsop-bench --bench percall >"$RESULTS/percall.txt" 2>"$RESULTS/log/percall.log"
    cat "$RESULTS/percall.txt" >&2
}

section_callgrind() {
    echo "== callgrind: instructions per call, awsop vs the hand-written baseline" >&2
    forget callgrind_
    cd "$ROOT"
    cargo build --locked --release -p awsop-bench --bin callgrind >"$RESULTS/log/callgrind_build.log" 2>&1
    local bin=$ROOT/target/release/callgrind case side n count
    local small=100 large=1100
    for case in $("$bin" list); do
        for side in awsop baseline; do
            for n in $small $large; do
                count=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$case" "$side" "$n" 2>&1 |
                    sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
                eval "count_$n=$count"
            done
            # shellcheck disable=SC2154
            record "callgrind_${case}_$side" "$(((count_$large - count_$small) / (large - small)))"
        done
    done
}

section_loopback() {
    echo "== loopback: AssociateSoftwareToken against a local server" >&2
    cd "$ROOT"
    cargo build --locked --release -p awsop-bench --bin serve --bin loopback >"$RESULTS/log/loopback_build.log" 2>&1
    (cd bench/official && cargo build --locked --release --target-dir "$BT/official-release" --bin loopback) >>"$RESULTS/log/loopback_build.log" 2>&1
    rm -f "$RESULTS/url"
    "$ROOT/target/release/serve" "$RESULTS/url" 1800 &
    SERVER_PID=$!
    trap 'kill $SERVER_PID 2>/dev/null || true' EXIT
    local round
    for _ in $(seq 50); do [ -s "$RESULTS/url" ] && break; sleep 0.1; done
    local url
    url=$(cat "$RESULTS/url")
    : >"$RESULTS/loopback.jsonl"
    for round in $(seq "$LOOPBACK_ROUNDS"); do
        for client in reqwest awsop sdk; do
            if [ $client = sdk ]; then
                "$BT/official-release/release/loopback" "$url" "$LOOPBACK_N"
            else
                "$ROOT/target/release/loopback" "$url" "$LOOPBACK_N" $client
            fi | sed "s/^{/{\"round\":$round,/" | tee -a "$RESULTS/loopback.jsonl" >&2
        done
    done
    kill $SERVER_PID 2>/dev/null || true
    trap - EXIT
}

section_report() {
    echo "== report: BENCHMARKS.md" >&2
    python3 "$ROOT/bench/report.py" "$RESULTS" "$ROOT/BENCHMARKS.md"
}

sections=("$@")
[ ${#sections[@]} -eq 0 ] && sections=(build tls macro service percall callgrind loopback report)
{
    echo "nproc $(nproc)"
    echo "mem_gib $(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)"
    echo "rustc $(rustc --version)"
    echo "date $(date -u +%Y-%m-%dT%H:%MZ)"
    echo "load $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$RESULTS/machine.txt"
for s in "${sections[@]}"; do
    "section_$s"
done
