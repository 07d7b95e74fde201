"""Fixtures of the encryption tests: `farm`, tests/encryption/sealed_farm.py
up for the whole run (every store this machine has, one php-fpm with the
key file); `site`, each store's site in turn, skipped with the reason when
its server or PHP module is missing; `store`, that site's raw store.

PHP warns here by design only when stored data does not open; the run
fails on any other warning or a fatal error in the PHP log, but for the
spans a test checked itself (farm.excused)."""

import re

import pytest

from sealed_farm import STORES, SealedFarm, Store

EXPECTED_WARNING = re.compile(r"PHP Warning:  aura_session: the stored data of session #[0-9a-f]{12} ")


@pytest.fixture(scope="session")
def farm(ext):
    with SealedFarm(ext) as running:
        yield running
        errors = running.unexcused_errors()
        unexpected = [line for line in errors.splitlines()
                      if ("Warning" in line or "Fatal" in line or "Notice" in line)
                      and not EXPECTED_WARNING.search(line)]
        assert not unexpected, "\n".join(unexpected)


@pytest.fixture(params=STORES)
def site(request, farm):
    if request.param in farm.skipped:
        pytest.skip("%s: %s" % (request.param, farm.skipped[request.param]))
    return request.param


@pytest.fixture
def store(farm, site):
    return Store(farm, site)
