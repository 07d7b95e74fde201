"""Fixtures of the farm tests: `farm`, the whole farm of tests/farm/farm.py
(standalone Redis, the 3-master cluster unless no selected test needs it, two
app nodes), up for the whole run; `measured`, where the tests leave the
numbers they measure: printed in a "measured" section at the end of the run
and, with --farm-json FILE, written to FILE."""

import json
import time

import pytest

from farm import Farm

_measured = pytest.StashKey["Measured"]()
START_ATTEMPTS = 3   # a free port taken by someone else before the farm bound it


class Measured:
    def __init__(self):
        self.values = {}     # name -> number (or list, dict), for --farm-json
        self.lines = []      # what was measured, in words

    def note(self, key, value, text):
        self.values[key] = value
        self.say(text)

    def say(self, text):
        self.lines.append(text)


def pytest_addoption(parser):
    parser.addoption("--farm-json", metavar="FILE", help="write the measured numbers to FILE")


def pytest_configure(config):
    config.stash[_measured] = Measured()


@pytest.fixture(scope="session")
def measured(request):
    return request.config.stash[_measured]


@pytest.fixture(scope="session")
def farm(request, ext, measured):
    cluster = any("cluster" in item.nodeid for item in request.session.items)
    started = time.monotonic()
    for attempt in range(START_ATTEMPTS):
        try:
            # Farm.__enter__ stops what it started when the start fails
            up = Farm(ext, cluster=cluster, children=6).__enter__()
            break
        except RuntimeError:
            if attempt == START_ATTEMPTS - 1:
                raise
    measured.say("farm up in %.1fs: redis :%d%s; node A %s, node B %s (profile ports)" % (
        time.monotonic() - started, up.redis.port,
        ", cluster :%s" % ",".join(map(str, up.cluster.ports)) if up.cluster else "",
        up.a.ports, up.b.ports))
    try:
        yield up
    finally:
        up.__exit__(None, None, None)


def pytest_terminal_summary(terminalreporter, config):
    lines = config.stash[_measured].lines
    if lines:
        terminalreporter.section("measured")
        for line in lines:
            terminalreporter.write_line(line)


def pytest_sessionfinish(session):
    path = session.config.getoption("--farm-json")
    if path:
        with open(path, "w") as fh:
            json.dump(session.config.stash[_measured].values, fh, indent=2, sort_keys=True)
