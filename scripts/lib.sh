# Sourced by scripts/web-test.sh, scripts/farm-test.sh and scripts/load.sh as
#   . "$(dirname "$0")/lib.sh" NAME [SUMMARY]
# Changes to the repository root and sets ext (the built extension).
#   die MESSAGE   prints "NAME: MESSAGE" on stderr and, when SUMMARY is given,
#                 "SUMMARY: 0 passed, 1 failed" (the script's count line) on
#                 stdout; exits 1.
#   require_ext   dies unless the extension is built (this builds nothing).
lib_name=$1
lib_summary=${2:-}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ext="$PWD/target/release/libaura_session.so"

die() {
    echo "$lib_name: $1" >&2
    [ -z "$lib_summary" ] || echo "$lib_summary: 0 passed, 1 failed"
    exit 1
}

require_ext() {
    [ -f "$ext" ] || die "$ext is missing; build it first (cargo build --release)"
}
