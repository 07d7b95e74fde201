#!/usr/bin/env bash
# Installs what the web tests (scripts/web-test.sh) need on Debian 12 or 13,
# skipping what is already there: nginx, chromium, python3-pytest and
# python3-venv from Debian, php-fpm and mbstring of the installed PHP
# (php8.X-fpm, php8.X-mbstring; the example app calls mb_strlen()), and a
# venv .venv-tests (Debian's python3, its system packages visible, pytest
# among them) with Python's playwright pip-installed from
# tests/web/requirements.txt. Nothing downloads a browser: the tests drive
# Debian's /usr/bin/chromium.
set -euo pipefail
. "$(dirname "$0")/lib.sh" setup-web

scripts/setup.sh nginx chromium python3-pytest python3-venv
php=$(php_version)
scripts/setup.sh "php$php-fpm" "php$php-mbstring"

# (Re)made when tests/web/requirements.txt or Debian's python3 changed, or
# when it cannot import what the tests need.
venv=.venv-tests
stamp="$venv/.requirements.sha256"
want=$( (cat tests/web/requirements.txt; "$test_python" --version) | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] \
    && "$venv/bin/python" -c 'import playwright, pytest' 2>/dev/null; then
    echo "setup-web: $venv is up to date"
else
    echo "setup-web: making $venv (pip install -r tests/web/requirements.txt)"
    rm -rf "$venv"
    "$test_python" -m venv --system-site-packages "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --no-input \
        -r tests/web/requirements.txt
    "$venv/bin/python" -c 'import playwright, pytest'
    echo "$want" > "$stamp"
fi
