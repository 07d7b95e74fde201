"""What the browser tests share: where Chromium is and how it runs, where
screenshots go, and a second origin to serve attack pages from."""

import contextlib
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

ATTACK_FORM = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Win a prize</title></head>
<body>
<h1>Congratulations!</h1>
<form id="attack" method="post" action="%s/note">
  <input type="hidden" name="__csrf_value" value="%s">
  <input type="hidden" name="note" value="pwned by another site">
</form>
<script>document.getElementById('attack').submit();</script>
</body></html>
"""


def attack_form(app, token):
    """A page that posts a note with the given token to the app at once."""
    return ATTACK_FORM % (app, token)


@contextlib.contextmanager
def serve_pages(body_for):
    """An HTTP server on a free loopback port answering every GET with the
    HTML body_for(path) returns; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = body_for(self.path).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield "http://127.0.0.1:%d" % server.server_address[1]
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
