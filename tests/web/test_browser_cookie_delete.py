"""Session::destroy()'s default deleter in headless Chromium: a session cookie
set Secure with a __Host- name, or Partitioned (CHIPS, PHP 8.5), is really
gone from the browser after destroy(), which the browser tells by no longer
sending it. The same steps with the PHP library's own deleter call
(setcookie($name, '', $expires, $path, $domain)) leave the cookie in place,
which shows what the test tells apart. The page (pages/cookie_deleter.php)
runs alone under PHP's built-in server on 127.0.0.1, an origin Chromium
trusts with Secure cookies."""

import subprocess
from pathlib import Path

import pytest

from common.procs import find_binary
from servers import BuiltinServer

PAGES = Path(__file__).resolve().parent / "pages"


class CookiePageServer(BuiltinServer):
    label = "cookie-page"
    docroot = PAGES
    router = PAGES / "cookie_deleter.php"


def php_version_id():
    out = subprocess.run([find_binary("php"), "-r", "echo PHP_VERSION_ID;"],
                         capture_output=True, text=True, check=True)
    return int(out.stdout)


CASES = [
    pytest.param("__Host-sid", "", id="host-prefixed"),
    pytest.param("sid", "&partitioned=1", id="partitioned",
                 marks=pytest.mark.skipif(php_version_id() < 80500,
                                          reason="Partitioned cookies need PHP 8.5")),
]


@pytest.fixture(scope="module")
def server(ext):
    with CookiePageServer(ext) as srv:
        yield srv


@pytest.fixture
def page(context):
    context.clear_cookies()
    page = context.new_page()
    yield page
    page.close()


def visit(page, server, query):
    response = page.goto(server.base_url + "/?" + query)
    assert response.status == 200, server.php_errors()
    return page.inner_text("body").strip()


@pytest.mark.parametrize("name,extra", CASES)
def test_default_deleter_removes_the_cookie(page, server, name, extra):
    query = "name=%s%s" % (name, extra)
    assert visit(page, server, query + "&do=start") == "started"
    assert visit(page, server, query) == "cookie sent"
    assert visit(page, server, query + "&do=destroy") == "destroyed"
    assert visit(page, server, query) == "no cookie"
    assert server.php_errors() == ""


@pytest.mark.parametrize("name,extra", CASES)
def test_library_deleter_call_leaves_the_cookie(page, server, name, extra):
    query = "name=%s%s&deleter=library" % (name, extra)
    assert visit(page, server, query + "&do=start") == "started"
    assert visit(page, server, query + "&do=destroy") == "destroyed"
    assert visit(page, server, query) == "cookie sent"
