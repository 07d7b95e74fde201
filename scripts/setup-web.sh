#!/usr/bin/env bash
# Installs what the web tests (scripts/web-test.sh) need on Debian 12, skipping
# what is already there: php8.2-fpm, nginx, chromium and python3 from Debian,
# and playwright-core (pinned in tests/web/package-lock.json) with `npm ci`.
# Playwright never downloads a browser here: the tests drive Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."

extra=(php8.2-fpm nginx chromium python3)
command -v node >/dev/null || extra+=(nodejs)
command -v npm >/dev/null || extra+=(npm)
scripts/setup.sh "${extra[@]}"

node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
    echo "setup-web: node $(node -v) is too old for playwright-core; node 20 or newer is needed" >&2
    exit 1
fi

# npm ci only when the lockfile changed since the last install.
web=tests/web
stamp="$web/node_modules/.setup-web.lock.sha256"
want=$(sha256sum "$web/package-lock.json" | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ] && [ -d "$web/node_modules/playwright-core" ]; then
    echo "setup-web: tests/web/node_modules is up to date"
else
    echo "setup-web: npm ci in tests/web"
    (cd "$web" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
    echo "$want" > "$stamp"
fi
