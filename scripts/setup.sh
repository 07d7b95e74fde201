#!/usr/bin/env bash
# Installs what building and testing need on Debian (12, 13 or sid), skipping
# what is already there. The PHP is the one PHP_VERSION names (X.Y, e.g. 8.5
# or 8.6 from experimental on top of sid, whose default PHP is older), else the one
# php-config names when a PHP build environment is installed, otherwise the
# distribution's default PHP (the one Debian's php-cli package points at).
# The build and the tests use the php and php-config on PATH: with several
# PHP versions installed, point those at the chosen one. Extra Debian
# packages can be named as arguments; php-NAME stands for that PHP's package
# (php8.4-NAME on Debian 13).
#   scripts/setup.sh --php-version   prints that PHP version (X.Y) after setup
set -euo pipefail

print_version=0
if [ "${1:-}" = --php-version ]; then
    print_version=1
    shift
fi

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
updated=0
apt_update() {
    [ "$updated" = 1 ] || $sudo apt-get update -q >&2
    updated=1
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "ok installed"; }

default_php() { # prints nothing while the package lists lack php-cli
    { apt-cache show --no-all-versions php-cli 2>/dev/null || true; } |
        sed -nE 's/^Depends:.*\bphp([0-9]+\.[0-9]+)-cli\b.*/\1/p' | head -1
}

if [ -n "${PHP_VERSION:-}" ]; then
    [[ $PHP_VERSION =~ ^[0-9]+\.[0-9]+$ ]] || { echo "setup: PHP_VERSION=$PHP_VERSION is not X.Y" >&2; exit 1; }
    version=$PHP_VERSION
elif command -v php-config >/dev/null; then
    version=$(php-config --version | cut -d. -f1,2)
else
    version=$(default_php)
    if [ -z "$version" ]; then
        apt_update
        version=$(default_php)
    fi
    [ -n "$version" ] || { echo "setup: no php-cli package in the apt sources" >&2; exit 1; }
fi

packages=(make gcc "php$version-cli" "php$version-dev" libclang-dev pkg-config)
for p in "$@"; do
    case $p in
        php-*) packages+=("php$version-${p#php-}") ;;
        *) packages+=("$p") ;;
    esac
done
missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done
if ((${#missing[@]})); then
    echo "setup: installing ${missing[*]}" >&2
    apt_update
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}" >&2
fi

if ! command -v cargo >/dev/null; then
    echo "setup: cargo is missing; install a Rust toolchain (1.88 or newer, the rust-version in Cargo.toml) with rustup" >&2
    exit 1
fi
[ "$print_version" = 0 ] || echo "$version"
