#!/usr/bin/env bash
# Serves the example app and the walkthrough with the built extension on
# loopback until Ctrl-C. APP_ADDR and WALKTHROUGH_ADDR (host:port) move them.
#   scripts/demo.sh --check-ports   only checks that both addresses are free
# A busy address is refused before anything starts: otherwise one server
# would fail to listen while the other kept running, and the browser would
# show whatever already answers there.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-}

ext="$PWD/target/release/libaura_session.so"
app="${APP_ADDR:-127.0.0.1:8080}"
walkthrough="${WALKTHROUGH_ADDR:-127.0.0.1:8081}"

# php -S binds the same way, so a bind that fails here fails there too.
free() {
    php -n -r '$s = @stream_socket_server("tcp://" . $argv[1], $errno, $error);
        if ($s === false) { fwrite(STDERR, $error); exit(1); }' "$1" 2>/dev/null
}
busy=0
for pair in "APP_ADDR=$app" "WALKTHROUGH_ADDR=$walkthrough"; do
    if ! free "${pair#*=}"; then
        echo "demo: ${pair#*=} is in use (or cannot be bound): stop what listens there, or choose another address, e.g. make demo ${pair%%=*}=127.0.0.1:9080" >&2
        busy=1
    fi
done
[ "$app" != "$walkthrough" ] || { echo "demo: APP_ADDR and WALKTHROUGH_ADDR are both $app" >&2; busy=1; }
[ "$busy" = 0 ] || exit 1
[ "$mode" != --check-ports ] || exit 0

php -d "extension=$ext" -S "$app" -t examples/app examples/app/index.php &
app_pid=$!
# php -S answers one request at a time unless PHP_CLI_SERVER_WORKERS forks
# workers (Linux): the walkthrough's parallel-request pages send 8 at once,
# plus the page itself. Its own process group (setsid), because a stopped
# server leaves its workers running: the group is stopped whole.
# AURA_DEMO_APP_URL is where its cross-origin form posts.
PHP_CLI_SERVER_WORKERS=10 AURA_DEMO_APP_URL="http://$app" \
    setsid php -d "extension=$ext" -S "$walkthrough" -t examples/demo &
demo_pid=$!
trap 'kill $app_pid 2>/dev/null; kill -- -$demo_pid 2>/dev/null || true' EXIT INT TERM

# Another program can still take an address between the check and the start.
sleep 1
for pid in $app_pid $demo_pid; do
    kill -0 "$pid" 2>/dev/null || { echo "demo: a server did not start (its message is above)" >&2; exit 1; }
done

echo "demo: example app  http://$app/  (sign in as demo / demo)"
echo "demo: walkthrough  http://$walkthrough/"
echo "demo: Ctrl-C stops both"
wait
