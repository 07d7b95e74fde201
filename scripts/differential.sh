#!/usr/bin/env bash
# Differential test: runs the same randomly generated scenarios against the
# extension and against the PHP library (aura/session 4.x), and compares the
# canonical traces (tests/differential/harness.php explains them).
#
#   AURA_REFERENCE_SRC=/path/to/aura-session/src scripts/differential.sh [count] [seed]
#
# count defaults to 2000 scenarios, seed to 1. Skips (exit 0) when
# AURA_REFERENCE_SRC is not set. Exits 1 on any difference, after printing the
# differing scenarios, the first differences, and a shrunk reproducer of the
# first differing scenario (set DIFFERENTIAL_SHRINK=0 to skip shrinking).
# Rerun one scenario alone: php tests/differential/harness.php --mode=... --seed=S --only=I;
# print its calls: add --describe.
# AURA_EXT overrides the extension path (default: target/release/libaura_session.so).
set -euo pipefail
cd "$(dirname "$0")/.."

count=${1:-2000}
seed=${2:-1}

if [ -z "${AURA_REFERENCE_SRC:-}" ]; then
    echo "differential: skipped: set AURA_REFERENCE_SRC to the src/ directory of aura/session 4.x to compare against it"
    exit 0
fi
if [ ! -f "$AURA_REFERENCE_SRC/Session.php" ]; then
    echo "differential: AURA_REFERENCE_SRC=$AURA_REFERENCE_SRC has no Session.php" >&2
    exit 2
fi
ext=${AURA_EXT:-$PWD/target/release/libaura_session.so}
if [ ! -f "$ext" ]; then
    echo "differential: $ext not found; run cargo build --release first" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the harness keeps its session files under TMPDIR: inside $work, so even a
# killed run leaves nothing behind
export TMPDIR="$work"
harness=tests/differential/harness.php
limit=${DIFFERENTIAL_TIMEOUT:-900}

# The harness keeps every scenario's trace until the end (about 8 KB each).
memory=(-d memory_limit=-1)
set +e
timeout "$limit" php -n "${memory[@]}" -d "extension=$ext" "$harness" --mode=ext --count="$count" --seed="$seed" \
    --out="$work/ext.trace" 2>"$work/ext.err"
ext_rc=$?
AURA_REFERENCE_SRC="$AURA_REFERENCE_SRC" timeout "$limit" php -n "${memory[@]}" "$harness" --mode=ref --count="$count" \
    --seed="$seed" --out="$work/ref.trace" 2>"$work/ref.err"
ref_rc=$?
set -e

if [ "$ref_rc" -ne 0 ]; then
    echo "differential: the reference run failed (exit $ref_rc):" >&2
    head -20 "$work/ref.err" >&2
    exit 2
fi
if [ "$ext_rc" -ne 0 ]; then
    echo "differential: the extension run failed (exit $ext_rc; 124 means it timed out after ${limit}s)"
    head -20 "$work/ext.err"
    last=$(grep '^=== scenario' "$work/ext.trace" | tail -1 || true)
    echo "differential: it stopped in: ${last:-<before the first scenario>}"
fi

# scenario index of every differing line
diff "$work/ref.trace" "$work/ext.trace" >"$work/diff" || true
bad=$(awk -v diffs="$work/diff" '
    BEGIN {
        while ((getline line < diffs) > 0) {
            if (match(line, /^[0-9]+(,[0-9]+)?[acd]/)) {
                split(substr(line, 1, RLENGTH - 1), r, ",")
                from = r[1]; to = (r[2] == "" ? r[1] : r[2])
                for (i = from; i <= to; i++) want[i] = 1
            }
        }
    }
    /^=== scenario / { cur = $3 }
    (FNR in want) && cur != "" { print cur }
' "$work/ref.trace" | sort -nu)
nbad=$(printf '%s' "$bad" | grep -c . || true)
if [ "$ext_rc" -ne 0 ] && [ "$nbad" -eq 0 ]; then
    nbad=1
fi
npass=$((count - nbad))

if [ "$nbad" -eq 0 ] && [ "$ext_rc" -eq 0 ]; then
    echo "differential: $count scenarios (seed $seed), traces identical"
    echo "differential: $npass passed, 0 failed"
    exit 0
fi

echo "differential: $nbad of $count scenarios differ (seed $seed); the first: $(echo $bad | cut -d' ' -f1-20)"
echo "--- kinds of first difference (count, call:fields, examples)"
php -n tests/differential/summarise.php "$work/ref.trace" "$work/ext.trace" >"$work/kinds" || true
head -40 "$work/kinds"
echo "--- first differences (< library, > extension)"
head -c 6000 "$work/diff"
echo
first=${bad%%$'\n'*}
if [ -n "$first" ] && [ "${DIFFERENTIAL_SHRINK:-1}" != 0 ]; then
    echo "--- shrinking scenario $first"
    AURA_REFERENCE_SRC="$AURA_REFERENCE_SRC" php -n tests/differential/shrink.php --ext="$ext" \
        --seed="$seed" --only="$first" || true
fi
echo "differential: $npass passed, $nbad failed"
exit 1
