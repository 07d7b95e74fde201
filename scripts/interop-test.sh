#!/usr/bin/env bash
# Opens what session.serialize_handler=aura_encrypted stores, and seals what
# it opens, with Python's `cryptography` package alone (tests/interop/): the
# format docs/security.md describes is all an independent program needs.
# AES-256-GCM-SIV came to `cryptography` in 42, after Debian 12's, so the
# tests run in a virtual environment (.venv-interop, kept between runs)
# with `cryptography` from PyPI on top of Debian's pytest.
set -uo pipefail
. "$(dirname "$0")/lib.sh" interop-test interop
require_ext
venv=.venv-interop
if ! "$venv/bin/python" -c 'from cryptography.hazmat.primitives.ciphers.aead import AESGCMSIV' 2>/dev/null; then
    rm -rf "$venv"
    "$test_python" -m venv --system-site-packages "$venv" \
        || die "cannot make a virtual environment; run scripts/setup.sh python3-venv"
    "$venv/bin/pip" install -q 'cryptography>=42' || die "cannot install cryptography from PyPI"
fi
# -rP: the blob taken from Redis and what it opened to, in the log
run_pytest 300 "$venv/bin/python" tests/interop --ext "$ext" -q -rP "$@"
