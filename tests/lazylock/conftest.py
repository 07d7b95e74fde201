"""Fixtures of the lazy-lock tests: `stack`, nginx + php-fpm (8 workers per
pool) serving tests/lazylock/app with aura_session.lazy_lock=1 on the files
handler and on Redis (phpredis, its locking on), plus lazy_lock=0 on files
as the control; `site`, the base URL of each lazy_lock=1 site in turn."""

import pytest

from stack import Stack

SITES = ["files-lazy1", "redis-lazy1", "files-lazy0"]


@pytest.fixture(scope="session")
def stack(ext):
    with Stack(ext, SITES) as running:
        yield running
        errors = running.php_errors()
        assert "Fatal" not in errors and "Warning" not in errors, errors


@pytest.fixture(params=["files-lazy1", "redis-lazy1"])
def site(request, stack):
    return request.param
