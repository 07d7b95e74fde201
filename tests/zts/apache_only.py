"""pytest plugin (`-p apache_only`, with tests/zts on PYTHONPATH): the web
tests' `srv` fixture (tests/web/conftest.py) runs the HTTP test set against
Apache's event MPM with the ZTS mod_php only (tests/zts/apache.py), instead
of the built-in server and nginx + php-fpm. Loaded before the conftest
files, so their server list is this one."""

from apache import ApacheZtsServer
import servers

servers.SERVERS.clear()
servers.SERVERS[ApacheZtsServer.label] = ApacheZtsServer
