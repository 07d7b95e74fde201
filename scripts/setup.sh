#!/usr/bin/env bash
# Installs what building and testing need on Debian 12, skipping what is
# already there. Extra Debian packages can be named as arguments.
set -euo pipefail

packages=(make gcc php8.2-cli php8.2-dev libclang-dev pkg-config "$@")
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "setup: installing ${missing[*]}"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi

if ! command -v cargo >/dev/null; then
    echo "setup: cargo is missing; install a Rust toolchain (1.85 or newer) with rustup" >&2
    exit 1
fi
