#!/usr/bin/env bash
# Serves the example app and the walkthrough with the built extension on
# loopback until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."

ext="$PWD/target/release/libaura_session.so"
app="${APP_ADDR:-127.0.0.1:8080}"
walkthrough="${WALKTHROUGH_ADDR:-127.0.0.1:8081}"

php -d "extension=$ext" -S "$app" -t examples/app examples/app/index.php &
app_pid=$!
php -d "extension=$ext" -S "$walkthrough" -t examples/demo &
demo_pid=$!
trap 'kill $app_pid $demo_pid 2>/dev/null || true' EXIT INT TERM

echo "demo: example app  http://$app/  (sign in as demo / demo)"
echo "demo: walkthrough  http://$walkthrough/"
echo "demo: Ctrl-C stops both"
wait
