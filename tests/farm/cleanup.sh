# Sourced by scripts/farm-test.sh, scripts/encryption-test.sh and
# scripts/load.sh. farm.py (and tests/encryption/sealed_farm.py) appends the pid of every process it starts (each the leader of its
# own process group) to $FARM_PIDS_FILE. It stops them itself, also on an
# exception, Ctrl-C or SIGTERM; this is the fallback for a Python process that
# was killed outright: on exit, every listed group that is still alive and is
# one of ours (redis-server, memcached, php-fpm, nginx) gets SIGCONT and
# SIGKILL, and a temp dir it left ("dir PATH" lines) is removed.
FARM_PIDS_FILE=$(mktemp "${TMPDIR:-/tmp}/aura-farm-pids.XXXXXX")
export FARM_PIDS_FILE

farm_cleanup() {
    local pid cmd dir
    if [ -f "$FARM_PIDS_FILE" ]; then
        while read -r pid dir; do
            if [ "$pid" = dir ]; then
                case "$dir" in
                    "${TMPDIR:-/tmp}"/aura-farm-*) [ -d "$dir" ] && [ -z "${FARM_KEEP_TMP:-}" ] && rm -rf "$dir" ;;
                esac
                continue
            fi
            [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || continue
            cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)
            case "$cmd" in
                *redis-server*|*php-fpm*|*nginx*|*memcached*)
                    kill -CONT -- "-$pid" 2>/dev/null || true
                    kill -KILL -- "-$pid" 2>/dev/null || true
                    echo "cleanup: killed leftover process group $pid ($cmd)" >&2 ;;
            esac
        done <"$FARM_PIDS_FILE"
        rm -f "$FARM_PIDS_FILE"
    fi
}
trap farm_cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
