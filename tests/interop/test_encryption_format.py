"""docs/security.md describes the sealed format of
session.serialize_handler=aura_encrypted well enough for an independent
program: these tests open a value the extension stored, and seal one the
extension then opens, with Python's `cryptography` package (AES-256-GCM-SIV,
version 42 or newer) and nothing of the extension's code; one of them takes
the value from Redis, as the extension's aura_redis handler stored it, and
the key from the key file."""

import base64
import hashlib
import os
import shutil
import subprocess

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCMSIV

from farm.farm import RedisNode

NAME = b"PHPSESSID"


def php(ext, save_path, keys, code, handler=()):
    cmd = ["php", "-n", "-d", f"extension={ext}", *handler,
           "-d", f"session.save_path={save_path}", "-d", "session.use_cookies=0",
           "-d", "session.cache_limiter=", "-d", "session.serialize_handler=aura_encrypted",
           "-d", f"aura_session.encryption_keys={keys}", "-r", code]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture
def key(tmp_path):
    raw = os.urandom(32)
    path = tmp_path / "aura-session.keys"
    path.write_text("# generated for this test\n" + base64.b64encode(raw).decode() + "\n")
    return raw, path


def associated_data(session_id):
    return b"aura_session/1\0" + NAME + b"\0" + session_id


def key_id(raw):
    return hashlib.sha256(b"aura_session key fingerprint\0" + raw).digest()[:4]


def sealing_key(key_file):
    """The key that seals, read from a key file as docs/security.md describes
    it: the first line that is neither blank nor a comment."""
    lines = [line.strip() for line in key_file.read_text().splitlines()]
    return base64.b64decode(next(line for line in lines if line and not line.startswith("#")))


def open_sealed(stored, session_id, raw):
    """The plain text of a stored `aura1:` value, checked field by field."""
    assert stored.startswith(b"aura1:")
    body = stored[len(b"aura1:"):]
    blob = base64.urlsafe_b64decode(body + b"=" * (-len(body) % 4))
    version, sealed_by, nonce, sealed = blob[0], blob[1:5], blob[5:17], blob[17:]
    assert version == 1
    assert sealed_by == key_id(raw)
    return AESGCMSIV(raw).decrypt(nonce, sealed, associated_data(session_id))


def test_a_value_the_extension_stored_opens_with_the_documented_format(ext, tmp_path, key):
    raw, keys = key
    session_id = b"interop0read0000000000001"
    expected = php(ext, tmp_path, keys, f"""
        session_id('{session_id.decode()}');
        $session = (new Aura\\Session\\SessionFactory)->newInstance([]);
        $session->getSegment('app')->set('user', 'ada');
        echo serialize($_SESSION);
    """)
    stored = (tmp_path / ("sess_" + session_id.decode())).read_bytes()
    assert open_sealed(stored, session_id, raw).decode() == expected
    # The value as it reads in clear, quotes and all: the quote is not in
    # base64url's alphabet, so ciphertext text cannot hold it by chance
    # (the three bare letters can).
    assert b'"ada"' not in stored


def test_a_value_sealed_outside_the_extension_opens_in_it(ext, tmp_path, key):
    raw, keys = key
    session_id = b"interop0write000000000001"
    plain = b'a:1:{s:3:"app";a:1:{s:4:"user";s:5:"grace";}}'
    nonce = os.urandom(12)
    blob = bytes([1]) + key_id(raw) + nonce + AESGCMSIV(raw).encrypt(nonce, plain, associated_data(session_id))
    (tmp_path / ("sess_" + session_id.decode())).write_bytes(
        b"aura1:" + base64.urlsafe_b64encode(blob).rstrip(b"="))
    out = php(ext, tmp_path, keys, f"""
        session_id('{session_id.decode()}');
        $session = (new Aura\\Session\\SessionFactory)->newInstance([session_name() => '{session_id.decode()}']);
        echo $session->getSegment('app')->get('user'), ' ', var_export($session->getExpiredReason(), true);
    """)
    assert out == "grace NULL"


@pytest.mark.skipif(shutil.which("redis-server") is None, reason="redis-server is not installed (scripts/setup.sh)")
def test_a_blob_taken_from_redis_opens_with_the_key_file(ext, tmp_path, key):
    _, keys = key
    session_id = b"interop0redis000000000001"
    redis = RedisNode(str(tmp_path), "redis").start()
    try:
        expected = php(ext, "redis://127.0.0.1:%d" % redis.port, keys, f"""
            session_id('{session_id.decode()}');
            $session = (new Aura\\Session\\SessionFactory)->newInstance([]);
            $session->getSegment('app')->set('user', 'ada');
            echo serialize($_SESSION);
        """, handler=["-d", "session.save_handler=aura_redis", "-d", "aura_session.redis_prefix=interop:"])
        # the handler's hash, field d (docs/redis-store.md)
        stored = redis.call("HGET", "interop:{%s}" % session_id.decode(), "d")
    finally:
        redis.stop()
    plain = open_sealed(stored, session_id, sealing_key(keys))
    print("from Redis: %s... (%d bytes); opened: %s" % (stored[:24].decode(), len(stored), plain.decode()))
    assert plain.decode() == expected
    assert b'"ada"' not in stored
