#!/usr/bin/env python3
"""The web tests' HTTP test set (tests/web/http_test.py) against the example
app under Apache's event MPM with the ZTS mod_php (tests/zts/apache.py).

Usage: ZTS_PHP_PREFIX=<prefix> python3 tests/zts/http_test.py --ext PATH
Closes with `web: N passed, M failed`; exits non-zero on any failure.
"""

import sys
from pathlib import Path

sys.dont_write_bytecode = True
sys.path[:0] = [str(Path(__file__).resolve().parent)]
from apache import ApacheZtsServer  # noqa: E402  (puts tests/web on sys.path)
import http_test  # noqa: E402
import servers  # noqa: E402

if __name__ == "__main__":
    servers.SERVERS[ApacheZtsServer.label] = ApacheZtsServer
    sys.argv[1:1] = ["--server", ApacheZtsServer.label]
    sys.exit(http_test.main())
