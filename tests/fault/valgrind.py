"""Reading a valgrind memcheck log of one fault case: the same rules as
scripts/memcheck.sh (whose classify() explains each exclusion), so that a
fault case and a phpt test are judged alike."""

import re

_LINE = re.compile(r"^==(\d+)== ?(.*)$")
_IN_EXTENSION = re.compile(r"libaura_session\.so|aura_session::|ext_php_rs::|ext_php_rs[0-9]")
_RUST_ALLOC = re.compile(r"__rust_alloc|alloc::alloc|alloc::raw_vec")
_ENGINE_HEAP = re.compile(r"^==\d+==\s+by 0x[0-9A-F]+: __zend_(malloc|realloc)", re.M)


def records(log):
    out, cur = [], None
    for line in log.splitlines():
        m = _LINE.match(line)
        if not m:
            continue
        text = m.group(2)
        if not text.strip():
            if cur:
                out.append(cur)
            cur = None
            continue
        if cur is None:
            cur = {"head": text, "text": line}
        else:
            cur["text"] += "\n" + line
    if cur:
        out.append(cur)
    return out


def classify(record, fatal):
    """'error', 'leak', or 'excluded:<why>' / 'ignored:<why>'."""
    head, text = record["head"], record["text"]
    if re.match(r"^(Warning|WARNING|Note):", head):
        return "ignored:valgrind-warning"
    if head.startswith("Invalid read") and "is_dst (dl-load.c" in text and not _IN_EXTENSION.search(text):
        return "excluded:loader-runpath-overread"
    if "definitely lost" not in head:
        # invalid read/write/free, uninitialised values, a fatal signal...
        return "error"
    if not _IN_EXTENSION.search(text):
        return "ignored:leak-outside-extension"
    if "zend_objects_new" in text:
        return "excluded:zend_objects_new"
    if fatal and _ENGINE_HEAP.search(text) and not _RUST_ALLOC.search(text):
        return "excluded:engine-heap-after-fatal-error"
    return "leak"


def problems(log, fatal):
    """The records that fail the case, and the counts of the excluded ones."""
    bad, excluded = [], {}
    for r in records(log):
        verdict = classify(r, fatal)
        if verdict in ("error", "leak"):
            bad.append(r["text"])
        else:
            excluded[verdict] = excluded.get(verdict, 0) + 1
    return bad, excluded
