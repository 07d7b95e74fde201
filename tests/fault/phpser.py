"""PHP's serialize() format (session.serialize_handler=php_serialize), as
far as the fault tests need it: null, bool, int, float, string and array.
Strings are bytes in PHP; here they are decoded as UTF-8 with surrogate
escapes, so any byte string round-trips. Objects and references are read
as a placeholder string: the seeded sessions hold none, and a store record
holding one is still decodable for the checks."""


def dumps(value):
    if value is None:
        return b"N;"
    if value is True or value is False:
        return b"b:%d;" % (1 if value else 0)
    if isinstance(value, int):
        return b"i:%d;" % value
    if isinstance(value, float):
        return b"d:%r;" % value
    if isinstance(value, str):
        raw = value.encode("utf-8", "surrogateescape")
        return b's:%d:"%s";' % (len(raw), raw)
    if isinstance(value, dict):
        body = b"".join(dumps(k) + dumps(v) for k, v in value.items())
        return b"a:%d:{%s}" % (len(value), body)
    raise TypeError("cannot serialize %r" % (value,))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def until(self, stop):
        end = self.data.index(stop, self.pos)
        out = self.data[self.pos:end]
        self.pos = end + len(stop)
        return out

    def value(self):
        tag = self.data[self.pos:self.pos + 2]
        self.pos += 2
        if tag == b"N;":
            return None
        if tag == b"b:":
            return self.until(b";") == b"1"
        if tag == b"i:":
            return int(self.until(b";"))
        if tag == b"d:":
            return float(self.until(b";"))
        if tag == b"s:":
            size = int(self.until(b":"))
            raw = self.data[self.pos + 1:self.pos + 1 + size]
            self.pos += size + 3  # the quotes and the ;
            return raw.decode("utf-8", "surrogateescape")
        if tag == b"a:":
            size = int(self.until(b":{"))
            out = {}
            for _ in range(size):
                key = self.value()
                out[key] = self.value()
            self.pos += 1  # }
            return out
        if tag in (b"r:", b"R:"):
            self.until(b";")
            return "<reference>"
        if tag in (b"O:", b"C:", b"E:"):
            raise ValueError("objects are not expected in the fault tests' sessions")
        raise ValueError("unknown serialize() tag %r at %d" % (tag, self.pos - 2))


def loads(data):
    """The decoded value; raises ValueError on data that is not serialize()'s."""
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogateescape")
    if data == b"":
        return {}
    reader = _Reader(data)
    try:
        value = reader.value()
    except (IndexError, ValueError) as error:
        raise ValueError("undecodable session data %r: %s" % (data[:200], error)) from None
    if reader.pos != len(data):
        raise ValueError("trailing bytes in session data %r" % (data[:200],))
    return value
