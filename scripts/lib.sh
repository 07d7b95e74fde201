# Sourced by the web, farm and load scripts (scripts/setup-web.sh,
# scripts/setup-farm.sh, scripts/web-test.sh, scripts/farm-test.sh,
# scripts/load.sh) as
#   . "$(dirname "$0")/lib.sh" NAME [SUMMARY]
# Changes to the repository root and sets ext (the built extension) and
# test_python (Debian's python3, whose python3-pytest the tests run on).
#   die MESSAGE   prints "NAME: MESSAGE" on stderr and, when SUMMARY is given,
#                 "SUMMARY: 0 passed, 1 failed" (the script's count line) on
#                 stdout; exits 1.
#   require_ext   dies unless the extension is built (this builds nothing).
#   php_version   prints the php CLI's major.minor (8.2, 8.4), which names
#                 Debian's packages and binaries of that PHP (php8.4-fpm,
#                 php-fpm8.4); dies when php is not installed.
#   run_pytest SECONDS PYTHON ARGS...
#                 runs PYTHON -m pytest ARGS bounded by SECONDS (SIGTERM, then
#                 SIGKILL 15 s later); exits with pytest's status, 1 when it
#                 timed out, and prints "SUMMARY: 0 passed, 1 failed" when
#                 pytest was killed before printing its count line.
lib_name=$1
lib_summary=${2:-}
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ext="$PWD/target/release/libaura_session.so"
test_python=/usr/bin/python3

die() {
    echo "$lib_name: $1" >&2
    [ -z "$lib_summary" ] || echo "$lib_summary: 0 passed, 1 failed"
    exit 1
}

require_ext() {
    [ -f "$ext" ] || die "$ext is missing; build it first (cargo build --release)"
}

php_version() {
    command -v php >/dev/null || die "php is missing; run scripts/setup.sh"
    php -r 'echo PHP_MAJOR_VERSION.".".PHP_MINOR_VERSION;'
}

run_pytest() {
    local limit=$1 python=$2 log rc
    shift 2
    log=$(mktemp)
    timeout --foreground --kill-after=15 "$limit" "$python" -m pytest --count-label "$lib_summary" "$@" | tee "$log"
    rc=${PIPESTATUS[0]}
    [ "$rc" -eq 124 ] && { echo "$lib_name: timed out after ${limit}s"; rc=1; }
    grep -qE "^$lib_summary: [0-9]+ passed, [0-9]+ failed" "$log" || echo "$lib_summary: 0 passed, 1 failed"
    rm -f "$log"
    exit "$rc"
}
