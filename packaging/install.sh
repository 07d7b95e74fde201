#!/usr/bin/env bash
# Installs the built extension into the PHP that php-config (or $PHP_CONFIG)
# describes and enables it: on Debian with phpenmod (the ini file in
# /etc/php/X.Y/mods-available), elsewhere with an ini file in PHP's scan dir.
# The ini file is packaging/aura_session.ini, the one the Debian package
# installs: every setting, commented out at its default.
set -euo pipefail
cd "$(dirname "$0")/.."
php_config=${PHP_CONFIG:-php-config}
php=$("$php_config" --version | cut -d. -f1,2)
install -D -m 0644 target/release/libaura_session.so "$("$php_config" --extension-dir)/aura_session.so"
if command -v phpenmod >/dev/null && [ -d "/etc/php/$php/mods-available" ]; then
    install -m 0644 packaging/aura_session.ini "/etc/php/$php/mods-available/aura_session.ini"
    phpenmod -v "$php" aura_session
else
    install -m 0644 packaging/aura_session.ini "$("$php_config" --ini-dir)/20-aura_session.ini"
fi
echo "install: aura_session enabled for PHP $php"
