#!/usr/bin/env bash
# Aliasing fuzzer (tests/fuzz/fuzz.php explains the cases): random $_SESSION
# shapes full of PHP references, typed-property references, destructors and
# __toString methods that rewrite $_SESSION, forced garbage collections and
# sessions saved and resumed with references in them; random calls through
# Segment, Session and CsrfToken. Each case runs in two PHP processes, one
# with the extension (target/release/libaura_session.so) and one with the
# oracle: the PHP library when AURA_REFERENCE_SRC names the src/ directory
# of aura/session 4.x, otherwise tests/fuzz/oracle.php. Their traces (every
# call's outcome, warnings, destructor runs, and $_SESSION with its
# references after every step) must agree, up to the differences README.md
# documents; the extension must not crash, hang or, under valgrind, report
# a memory error.
#
# Usage: scripts/fuzz.sh [seconds (default 60)] [seed (default: random)]
# Environment:
#   SEED=n FUZZ_CASE=i  replay case i of seed n alone (prints its shrunk
#                       reproducer when it fails)
#   FUZZ_CASES=n        run n cases instead of a time budget
#   FUZZ_VALGRIND=1     run the extension's processes under valgrind memcheck
#                       (USE_ZEND_ALLOC=0, ZEND_DONT_UNLOAD_MODULES=1); any
#                       memory error fails the case. Leaks are left to
#                       scripts/memcheck.sh.
#   FUZZ_OPT_IN=mode    lazy_lock, lifetimes or both: the extension runs with
#                       that opt-in mode on, checked without an oracle
#                       (tests/fuzz/fuzz.php, optInFailure())
#   FUZZ_SAVE=dir       write each distinct failure's shrunk reproducer there
#   FUZZ_SHRINK_SECONDS time spent shrinking each of the first three distinct
#                       failures (default 20; 0: no shrinking)
#   AURA_EXT            the extension to load (default: the release build)
#   FUZZ_PHP_PRELOAD    a library to LD_PRELOAD into the extension's processes
#                       (scripts/asan.sh uses it for the AddressSanitizer runtime)
# Prints `fuzz: seed N` first and `fuzz: N passed, M failed` last; exits
# non-zero on any failure. About 25 cases a second on 2 cores, 1 a second
# under valgrind.
set -euo pipefail
cd "$(dirname "$0")/.."

. scripts/seeded.sh fuzz "${1:-60}" "${2:-${SEED:-}}"
if [ -n "${AURA_REFERENCE_SRC:-}" ] && [ ! -f "$AURA_REFERENCE_SRC/Session.php" ]; then
    echo "fuzz: AURA_REFERENCE_SRC=$AURA_REFERENCE_SRC has no Session.php" >&2
    exit 2
fi

args=(--seed="$seed" --ext="$ext" --shrink-seconds="${FUZZ_SHRINK_SECONDS:-20}")
if [ -n "${FUZZ_CASE:-}" ]; then
    args+=(--case="$FUZZ_CASE")
elif [ -n "${FUZZ_CASES:-}" ]; then
    args+=(--cases="$FUZZ_CASES")
else
    args+=(--seconds="$seconds")
fi
if [ "${FUZZ_VALGRIND:-0}" = 1 ]; then
    command -v valgrind >/dev/null || { echo "fuzz: valgrind is not installed (scripts/setup.sh valgrind)" >&2; exit 2; }
    args+=(--valgrind)
fi
[ -z "${FUZZ_SAVE:-}" ] || args+=(--save="$FUZZ_SAVE")
[ -z "${FUZZ_OPT_IN:-}" ] || args+=(--opt-in="$FUZZ_OPT_IN")
[ -z "${FUZZ_PHP_PRELOAD:-}" ] || args+=(--preload="$FUZZ_PHP_PRELOAD")

# A broken write path can make PHP ask for tens of gigabytes: keep that from
# the rest of the machine (valgrind and ASan need their own address space).
if [ "${FUZZ_VALGRIND:-0}" != 1 ] && [ -z "${FUZZ_PHP_PRELOAD:-}" ]; then
    ulimit -v 4000000
fi

# Session files and traces live under TMPDIR: a private directory, so even a
# killed run leaves nothing behind.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "fuzz: seed $seed"
TMPDIR="$work" php -n -d memory_limit=512M tests/fuzz/fuzz.php "${args[@]}"
