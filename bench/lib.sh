# Helpers for bench/run.sh (sourced).
# timed NAME CMD...: runs CMD under /usr/bin/time and appends one line
# "NAME wall_s user_s sys_s maxrss_kb" to $RESULTS/times.txt (later lines win).
timed() {
    local name=$1
    shift
    local out
    out=$(mktemp)
    /usr/bin/time -f '%e %U %S %M' -o "$out" "$@" >"$RESULTS/log/$name.log" 2>&1 || {
        echo "FAILED: $name (see $RESULTS/log/$name.log)" >&2
        tail -20 "$RESULTS/log/$name.log" >&2
        rm -f "$out"
        return 1
    }
    echo "$name $(tail -1 "$out")" >>"$RESULTS/times.txt"
    echo "  $name: wall/user/sys/maxrss $(tail -1 "$out")" >&2
    rm -f "$out"
}

# clean_build NAME TARGET_DIR CARGO_ARGS...: a clean cargo build, timed.
clean_build() {
    local name=$1 dir=$2
    shift 2
    cargo clean --target-dir "$dir" >/dev/null 2>&1 || true
    timed "$name" cargo build --locked --target-dir "$dir" "$@"
}

# record KEY VALUE: a measured value for the report.
record() {
    echo "$1 $2" >>"$RESULTS/values.txt"
}
