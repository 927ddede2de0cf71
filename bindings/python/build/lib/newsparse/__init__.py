"""libnewsparse for Python: structure and entities from raw news text.

    >>> import newsparse
    >>> doc = newsparse.parse("LONDON, March 3 (Reuters) - Talks in Mexico ended.")
    >>> doc.dateline.text
    'LONDON, March 3'
    >>> [(e.label, e.text, e.value) for e in doc.entities][-1]
    ('COUNTRY', 'Mexico', 'MX')

Offsets: ``start``/``end`` are UTF-8 byte offsets into the text (as the C
library and the CLI give them); ``char_start``/``char_end`` index the Python
str, so ``text[e.char_start:e.char_end]`` is the original span.

Threads: an Engine is immutable and may be shared by threads.  ctypes
releases the GIL while the library parses, so threads parse in parallel.
"""
import bisect
import json
import threading

from . import _lib

__all__ = ["parse", "Engine", "Document", "Span", "Related", "Entity", "Relation",
           "NewsparseError", "version"]


class NewsparseError(Exception):
    """An error reported by libnewsparse: ``code`` (negative status),
    ``message``, and for rule errors ``line`` and ``column`` (1-based)."""

    def __init__(self, code, message, line=0, column=0):
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column


def _raise(err):
    msg = err.message.decode("utf-8", "replace") or \
        _lib.strerror(err.code).decode("utf-8", "replace")
    raise NewsparseError(err.code, msg, err.line, err.column)


def version():
    """The C library's version string, e.g. "0.1.0"."""
    return _lib.version_string().decode("ascii")


class Span:
    """A span of the text: ``text`` (NFC, white space collapsed), UTF-8 byte
    offsets ``start``/``end`` and str indices ``char_start``/``char_end``."""

    __slots__ = ("text", "start", "end", "char_start", "char_end")

    def __init__(self, d, chars):
        self.text = d["text"]
        self.start = d["start"]
        self.end = d["end"]
        self.char_start = chars(self.start)
        self.char_end = chars(self.end)

    def __repr__(self):
        return "%s(%r, %d, %d)" % (type(self).__name__, self.text, self.start, self.end)


class Related(Span):
    """A related-list item: its title, and ``url`` (or None)."""

    __slots__ = ("url",)

    def __init__(self, d, chars):
        super().__init__(d, chars)
        self.url = d.get("url")


class Paragraph(Span):
    """A body paragraph with its ``sentences`` (list of Span)."""

    __slots__ = ("sentences",)

    def __init__(self, d, chars):
        super().__init__(d, chars)
        self.sentences = [Span(s, chars) for s in d.get("sentences", [])]


class Entity(Span):
    """An entity: ``label``, ``value`` (or None) and ``rule`` (the id of the
    rule that found it)."""

    __slots__ = ("label", "value", "rule")

    def __init__(self, d, chars):
        super().__init__(d, chars)
        self.label = d["label"]
        self.value = d.get("value")
        self.rule = d.get("rule")

    def __repr__(self):
        return "Entity(%s, %r, %d, %d, value=%r)" % (self.label, self.text, self.start,
                                                    self.end, self.value)


class Relation:
    """A ``holds_office`` relation: ``person`` and ``office`` Entities and
    ``of`` (an Entity or None)."""

    __slots__ = ("type", "person", "office", "of")

    def __init__(self, d, entities):
        self.type = d["type"]
        self.person = entities[d["person"]]
        self.office = entities[d["office"]]
        self.of = entities[d["of"]] if d.get("of") is not None else None

    def __repr__(self):
        return "Relation(%s, %r, %r, of=%r)" % (self.type, self.person.text,
                                               self.office.text,
                                               self.of.text if self.of else None)


def _char_index(text, data):
    """A function from UTF-8 byte offsets of `data` to indices into `text`."""
    if len(data) == len(text):  # ASCII: bytes are characters
        return lambda b: b
    starts = []
    pos = 0
    for ch in text:
        starts.append(pos)
        o = ord(ch)
        pos += 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
    starts.append(pos)
    return lambda b: bisect.bisect_right(starts, b) - 1 if b < pos else len(text)


class Document:
    """What the library found in one text.  Fields mirror the CLI's JSON:
    ``headline``, ``dateline``, ``byline`` (Span or None), ``paragraphs``,
    ``related``, ``entities``, ``relations``, ``warnings`` (lists)."""

    def __init__(self, text, data, raw_json):
        self._dict = json.loads(raw_json)
        d = self._dict
        chars = _char_index(text, data)
        self.text = text
        self.headline = Span(d["headline"], chars) if d["headline"] else None
        self.dateline = Span(d["dateline"], chars) if d["dateline"] else None
        self.byline = Span(d["byline"], chars) if d["byline"] else None
        self.paragraphs = [Paragraph(p, chars) for p in d["paragraphs"]]
        self.related = [Related(r, chars) for r in d["related"]]
        self.entities = [Entity(e, chars) for e in d["entities"]]
        self.relations = [Relation(r, self.entities) for r in d.get("relations", [])]
        self.warnings = list(d.get("warnings", []))

    def to_dict(self):
        """The document as the CLI writes it (a fresh copy)."""
        return json.loads(json.dumps(self._dict))

    def to_json(self, indent=None):
        return json.dumps(self._dict, indent=indent, ensure_ascii=False)

    def __repr__(self):
        return "Document(headline=%r, %d paragraphs, %d related, %d entities)" % (
            self.headline.text if self.headline else None, len(self.paragraphs),
            len(self.related), len(self.entities))


class Engine:
    """A compiled rule set.  ``rules`` is rule-file TEXT added to the
    built-in rules (or used alone with ``builtin_rules=False``).  Immutable
    and safe to share between threads; use as a context manager or call
    close() to free it early."""

    def __init__(self, rules=None, *, builtin_rules=True, _path=None):
        if rules is not None and not isinstance(rules, str):
            raise TypeError("rules must be a str of rule-file text, not %s"
                            % type(rules).__name__)
        self._handle = None
        err = _lib.Error()
        rs = _lib.ctypes.c_void_p()
        flags = 0 if builtin_rules else _lib.RULES_NO_BUILTIN
        if _lib.rules_new(flags, None, _lib.ctypes.byref(rs), _lib.ctypes.byref(err)):
            _raise(err)
        try:
            if rules is not None:
                data = rules.encode("utf-8")
                if _lib.rules_add_text(rs, b"<rules>", data, len(data), _lib.ctypes.byref(err)):
                    _raise(err)
            if _path is not None:
                if _lib.rules_add_file(rs, _path.encode(), _lib.ctypes.byref(err)):
                    _raise(err)
            handle = _lib.ctypes.c_void_p()
            if _lib.engine_new(rs, _lib.ctypes.byref(handle), _lib.ctypes.byref(err)):
                _raise(err)
            self._handle = handle
        finally:
            _lib.rules_free(rs)

    @classmethod
    def from_file(cls, path, *, builtin_rules=True):
        """An engine from a rule file (plus the built-in rules)."""
        import os
        return cls(None, builtin_rules=builtin_rules, _path=os.fspath(path))

    def parse(self, text, *, dct=None):
        """Parse `text` (a str); `dct` is the reference date, a
        "YYYY-MM-DD" string or a datetime.date."""
        if not isinstance(text, str):
            raise TypeError("text must be str, not %s" % type(text).__name__)
        if self._handle is None:
            raise ValueError("the engine is closed")
        data = text.encode("utf-8", "surrogatepass")
        opts = _lib.Options()
        _lib.options_init(_lib.ctypes.byref(opts))
        if dct is not None:
            if hasattr(dct, "isoformat"):
                dct = dct.isoformat()
            if not isinstance(dct, str):
                raise TypeError("dct must be a str or a date")
            opts.dct = dct.encode("ascii", "replace")
        err = _lib.Error()
        res = _lib.ctypes.c_void_p()
        if _lib.parse(self._handle, data, len(data), _lib.ctypes.byref(opts),
                      _lib.ctypes.byref(res), _lib.ctypes.byref(err)):
            _raise(err)
        try:
            n = _lib.result_to_json(res, 0, None, 0)
            if n == 0:
                raise NewsparseError(_lib.ERR_NOMEM, "out of memory writing JSON")
            buf = _lib.ctypes.create_string_buffer(n + 1)
            _lib.result_to_json(res, 0, buf, n + 1)
            raw = buf.raw[:n]
        finally:
            _lib.result_free(res)
        return Document(text, data, raw.decode("utf-8"))

    def close(self):
        if self._handle is not None:
            _lib.engine_free(self._handle)
            self._handle = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass


_default = None
_default_lock = threading.Lock()


def parse(text, *, dct=None):
    """Parse `text` with an engine of the built-in rules, made once."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Engine()
    return _default.parse(text, dct=dct)
