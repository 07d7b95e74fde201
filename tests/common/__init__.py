"""Shared by the web tests (tests/web) and the farm tests (tests/farm); their
scripts put tests/ on sys.path and import common.procs, common.app_server
and common.app_http."""
