#!/usr/bin/env bash
# Runs the web tests (pytest, tests/web) against the already built extension
# (target/release/libaura_session.so; this script builds nothing):
#   - tests/web/test_http.py: HTTP tests of examples/app under PHP's built-in
#     server and under nginx + php-fpm;
#   - tests/web/test_browser.py: the same app in headless Debian Chromium,
#     driven by Python's playwright (screenshots in tests/web/artifacts/);
#   - tests/web/test_demo_pages.py: the walkthrough's pages (examples/demo)
#     beside the app, as `make demo` serves them, in the same Chromium.
# Needs scripts/setup-web.sh first (pytest runs in its .venv-tests). Every
# server listens on 127.0.0.1 on a free port chosen at start and is stopped
# afterwards. Bounded by WEB_TIMEOUT seconds (540). Extra arguments go to
# pytest (-k EXPRESSION, -x, ...). Closes with `web: N passed, M failed`;
# exits non-zero when any test fails or none ran.
set -uo pipefail
. "$(dirname "$0")/lib.sh" web-test web

WEB_TIMEOUT=${WEB_TIMEOUT:-540}
venv_python=.venv-tests/bin/python

require_ext
"$venv_python" -c 'import playwright, pytest' 2>/dev/null \
    || die "the test venv (.venv-tests) is missing or incomplete; run scripts/setup-web.sh first"

run_pytest "$WEB_TIMEOUT" "$venv_python" tests/web --ext "$ext" -v --durations=5 "$@"
