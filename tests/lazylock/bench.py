"""`make bench-concurrency`: one session, parallel requests, on nginx +
php-fpm (8 workers per pool), for each handler and locking mode of
stack.py. Prints a Markdown table: wall time, p50/p99 per request, lost
updates and ConcurrentModification exceptions, for
  - readers: 8 parallel read-only requests, 100 ms of work each;
  - readers + slow writer: the same beside one request that works 1 s
    after its first write (the readers' numbers);
  - increments: 50 concurrent get('n') + set('n', n + 1).
With AURA_REFERENCE_SRC set to the PHP library's src/, the library's rows
(php-fpm without the extension) come first."""

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from common.app_server import DEFAULT_EXT  # noqa: E402
from stack import Stack, call, new_session, parallel  # noqa: E402

SITES = ["files-lazy0", "files-lazy1", "redis-lazy0", "redis-lazy1", "redis-nolock"]
LIBRARY_SITES = ["files-library", "redis-library"]
LABELS = {"lazy0": "lazy_lock=0", "lazy1": "lazy_lock=1", "nolock": "lazy_lock=0, handler locking off",
          "library": "PHP library"}


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def timed(calls, stagger=0.0):
    began = time.monotonic()
    results = parallel(calls, stagger)
    return time.monotonic() - began, results


def readers(url):
    sid = new_session(url)
    wall, results = timed([(url, "read", sid, {"ms": 100})] * 8)
    return wall, [r[1] for r in results], "", ""


def readers_beside_writer(url):
    sid = new_session(url)
    results = parallel([(url, "slow-write", sid, {"ms": 1000})] + [(url, "read", sid, {"ms": 100})] * 8,
                       stagger=0.02)
    # the readers' wall time, on the server's clock: from the first request's
    # start until the last reader ended
    first_start = min(answer["end"] - taken for answer, taken, _ in results)
    readers_done = max(answer["end"] for answer, _, _ in results[1:]) - first_start
    return readers_done, [taken for _, taken, _ in results[1:]], "", ""


def increments(url):
    sid = new_session(url)
    wall, results = timed([(url, "increment", sid, {"ms": 10})] * 50)
    conflicts = sum(1 for r in results if r[0].get("conflict"))
    n = call(url, "dump", sid)[0]["segment"]["n"]
    return wall, [r[1] for r in results], 50 - n - conflicts, conflicts


SCENARIOS = [("8 readers", readers), ("8 readers + slow writer", readers_beside_writer),
             ("50 increments", increments)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--ext", default=str(DEFAULT_EXT))
    args = parser.parse_args()
    print("| scenario | handler | mode | wall s | p50 s | p99 s | lost updates | exceptions |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    library = os.environ.get("AURA_REFERENCE_SRC")
    sites = (LIBRARY_SITES if library else []) + SITES
    with Stack(args.ext, sites, library=library) as stack:
        for name, run in SCENARIOS:
            for site in sites:
                handler, mode = site.split("-")
                wall, times, lost, conflicts = run(stack.urls[site])
                print("| %s | %s | %s | %.2f | %.2f | %.2f | %s | %s |" % (
                    name, handler, LABELS[mode], wall, percentile(times, 50), percentile(times, 99),
                    lost, conflicts), flush=True)
        errors = stack.php_errors()
        if errors:
            print("\nPHP logged:\n" + errors[-2000:])


if __name__ == "__main__":
    main()
