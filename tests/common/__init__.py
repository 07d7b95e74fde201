"""Shared by the web tests (tests/web) and the farm tests (tests/farm), which
pytest runs with tests/ on sys.path (tests/pytest.ini), and by the load check
(tests/farm/load.py, which puts tests/ there itself): common.procs,
common.app_server and common.app_http."""
