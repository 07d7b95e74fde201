"""Fixtures of the lazy-lock tests: `stack`, nginx + php-fpm (8 workers per
pool) serving tests/lazylock/app with aura_session.lazy_lock=1 on the files
handler and on Redis (phpredis, its locking on), plus lazy_lock=0 on files
as the control and lazy_lock=1 sites with a session lifetime on; `site`, the
name of each plain lazy_lock=1 site in turn; `handler`, each handler in turn."""

import pytest

from stack import Stack

SITES = ["files-lazy1", "redis-lazy1", "files-lazy0",
         "files-lazy1-idle", "redis-lazy1-idle", "files-lazy1-rotate", "redis-lazy1-rotate"]


@pytest.fixture(scope="session")
def stack(ext):
    with Stack(ext, SITES) as running:
        yield running
        errors = running.php_errors()
        assert "Fatal" not in errors and "Warning" not in errors, errors


@pytest.fixture(params=["files-lazy1", "redis-lazy1"])
def site(request, stack):
    return request.param


@pytest.fixture(params=["files", "redis"])
def handler(request, stack):
    return request.param
