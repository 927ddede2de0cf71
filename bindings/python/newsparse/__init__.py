"""libnewsparse for Python: structure and entities from raw news text.

    >>> import newsparse
    >>> doc = newsparse.parse("LONDON, March 3 (Reuters) - Talks in Mexico ended.")
    >>> doc.dateline.text
    'LONDON, March 3'
    >>> [(e.label, e.text, e.value) for e in doc.entities][-1]
    ('COUNTRY', 'Mexico', 'MX')

Many documents: ``Engine.pipe(texts, threads=4)`` yields them in input
order, parsed on native threads.

Offsets: ``start``/``end`` are UTF-8 byte offsets into the text (as the C
library and the CLI give them); ``char_start``/``char_end`` index the Python
str, so ``text[e.char_start:e.char_end]`` is the original span.

Threads: an Engine is immutable and may be shared by threads.  ctypes
releases the GIL while the library parses, so threads parse in parallel.
"""
import collections
import concurrent.futures
import itertools
import os
import threading

from . import _lib
from ._doc import Document, Entity, Paragraph, Related, Relation, Span

__all__ = ["parse", "pipe", "Engine", "Document", "Span", "Paragraph", "Related", "Entity",
           "Relation", "NewsparseError", "version", "render_html"]

_C = _lib.ctypes


class NewsparseError(Exception):
    """An error reported by libnewsparse: ``code`` (negative status),
    ``message``, and for rule errors ``line`` and ``column`` (1-based)."""

    def __init__(self, code, message, line=0, column=0):
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column

    @property
    def name(self):
        """The short code the CLI's error records use ("limit", "utf8", ...)."""
        return _lib.status_name(self.code).decode("ascii")


def _error(err):
    msg = err.message.decode("utf-8", "replace") or \
        _lib.strerror(err.code).decode("utf-8", "replace")
    return NewsparseError(err.code, msg, err.line, err.column)


def version():
    """The C library's version string, e.g. "0.6.0"."""
    return _lib.version_string().decode("ascii")


_FLAGS = (("strict_utf8", _lib.OPT_STRICT_UTF8), ("no_related", _lib.OPT_NO_RELATED),
          ("no_entities", _lib.OPT_NO_ENTITIES), ("nfkc", _lib.OPT_NFKC),
          ("no_fold", _lib.OPT_NO_FOLD), ("no_boilerplate", _lib.OPT_NO_BOILERPLATE))


class _Options:
    """The parse options of the C API, checked once: dct (a "YYYY-MM-DD"
    string or a date), max_bytes, match_limit, depth_limit and the flags
    strict_utf8, no_related, no_entities, nfkc, no_fold, no_boilerplate."""

    def __init__(self, dct=None, max_bytes=0, match_limit=0, depth_limit=0, **flags):
        unknown = set(flags) - {name for name, _ in _FLAGS}
        if unknown:
            raise TypeError("unknown parse option(s): %s" % ", ".join(sorted(unknown)))
        self.kw = dict(flags, dct=dct, max_bytes=max_bytes, match_limit=match_limit,
                       depth_limit=depth_limit)
        if dct is not None:
            if hasattr(dct, "isoformat"):
                dct = dct.isoformat()
            if not isinstance(dct, str):
                raise TypeError("dct must be a str or a date")
            dct = dct.encode("ascii", "replace")
        self.dct = dct
        self.flags = sum(bit for name, bit in _FLAGS if flags.get(name))
        self.limits = (max_bytes, match_limit, depth_limit)

    def struct(self, dct=None):
        if dct is None:
            if self._struct is None:
                self._struct = self._make(None)
            return self._struct
        return self._make(dct)

    _struct = None

    def _make(self, dct):
        o = _lib.Options()
        _lib.options_init(_C.byref(o))
        o.flags = self.flags
        o.dct = dct if dct is not None else self.dct
        if self.limits[0]:
            o.max_bytes = self.limits[0]
        o.match_limit, o.depth_limit = self.limits[1], self.limits[2]
        return o


_OptPtr = _C.POINTER(_lib.Options)


def _ctx_dct(ctx):
    """The reference date a pipe() context gives its text, as bytes, or None."""
    dct = ctx.get("dct") if isinstance(ctx, dict) else None
    return dct.encode("ascii", "replace") if isinstance(dct, str) else None


# Each document is rendered twice in C: its structure, and its entities as
# columns, so that reading one never decodes the other.
_RENDERS = (_C.c_uint * 2)(_lib.JSON_NO_ENTITIES,
                           _lib.JSON_NO_STRUCTURE | _lib.JSON_ENTITY_COLUMNS)


class Engine:
    """A compiled rule set.  ``rules`` is rule-file TEXT added to the
    built-in rules (or used alone with ``builtin_rules=False``).  Immutable
    and safe to share between threads; use as a context manager or call
    close() to free it early.  ``warnings`` lists what the rule loader
    noticed but accepted ("source:line:column: message")."""

    def __init__(self, rules=None, *, builtin_rules=True, _path=None):
        if rules is not None and not isinstance(rules, str):
            raise TypeError("rules must be a str of rule-file text, not %s"
                            % type(rules).__name__)
        self._handle = None
        self.warnings = []
        err = _lib.Error()
        rs = _C.c_void_p()
        flags = 0 if builtin_rules else _lib.RULES_NO_BUILTIN
        if _lib.rules_new(flags, None, _C.byref(rs), _C.byref(err)):
            raise _error(err)
        try:
            if rules is not None:
                data = rules.encode("utf-8")
                if _lib.rules_add_text(rs, b"<rules>", data, len(data), _C.byref(err)):
                    raise _error(err)
            if _path is not None:
                if _lib.rules_add_file(rs, _path.encode(), _C.byref(err)):
                    raise _error(err)
            self.warnings = [_lib.rules_warning(rs, i).decode("utf-8", "replace")
                             for i in range(_lib.rules_warning_count(rs))]
            handle = _C.c_void_p()
            if _lib.engine_new(rs, _C.byref(handle), _C.byref(err)):
                raise _error(err)
            self._handle = handle
        finally:
            _lib.rules_free(rs)

    @classmethod
    def from_file(cls, path, *, builtin_rules=True):
        """An engine from a rule file (plus the built-in rules)."""
        return cls(None, builtin_rules=builtin_rules, _path=os.fspath(path))

    def _parse_batch(self, texts, options, dcts=None):
        """Parse a list of str in one call into the library (the GIL is
        released there while it parses and renders every document's JSON).
        Returns the texts' UTF-8 bytes, the JSON of all of them, its offsets
        (two renderings per text) and {index: NewsparseError} for the texts
        that failed."""
        for text in texts:
            if not isinstance(text, str):
                raise TypeError("text must be str, not %s" % type(text).__name__)
        if self._handle is None:
            raise ValueError("the engine is closed")
        n = len(texts)
        datas = [t.encode("utf-8", "surrogatepass") for t in texts]
        ptrs = (_C.c_char_p * n)(*datas)
        lens = (_C.c_size_t * n)(*map(len, datas))
        if dcts is None:
            opts = (_OptPtr * n)(*([_C.pointer(options.struct())] * n))
        else:
            opts = (_OptPtr * n)(*[_C.pointer(options.struct(d)) for d in dcts])
        err = _lib.Error()
        batch = _C.c_void_p()
        if _lib.batch_parse(self._handle, n, ptrs, lens, opts, _RENDERS, 2, _C.byref(batch),
                            _C.byref(err)):
            raise _error(err)
        try:
            offsets = _lib.c_size_t_p()
            size = _C.c_size_t()
            where = _lib.batch_json(batch, _C.byref(offsets), _C.byref(size))
            blob = _C.string_at(where, size.value) if size.value else b""
            offs = offsets[:2 * n + 1]
            failed = {}
            for i in range(n):
                if offs[2 * i] == offs[2 * i + 2]:  # valid JSON is never empty
                    _lib.batch_status(batch, i, _C.byref(err))
                    failed[i] = _error(err)
        finally:
            _lib.batch_free(batch)
        return datas, blob, offs, failed

    @staticmethod
    def _documents(texts, parsed, origin):
        """Documents of texts from what _parse_batch gave (a NewsparseError
        in a failed text's place)."""
        datas, blob, offs, failed = parsed
        return [failed[i] if i in failed else
                Document(t, d, blob[offs[2 * i]:offs[2 * i + 1]],
                         blob[offs[2 * i + 1]:offs[2 * i + 2]], origin)
                for i, (t, d) in enumerate(zip(texts, datas))]

    def _html(self, text, options, title=None):
        """`text` parsed again and written as one HTML page."""
        data = text.encode("utf-8", "surrogatepass")
        err = _lib.Error()
        res = _C.c_void_p()
        if _lib.parse(self._handle, data, len(data), options.struct(), _C.byref(res), err):
            raise _error(err)
        try:
            t = title.encode("utf-8") if title else None
            n = _lib.result_to_html(res, _lib.HTML_PAGE, t, None, 0)
            buf = _C.create_string_buffer(n + 1)
            if n == 0 or _lib.result_to_html(res, _lib.HTML_PAGE, t, buf, n + 1) != n:
                raise NewsparseError(_lib.ERR_NOMEM, "out of memory writing HTML")
            return _C.string_at(buf, n).decode("utf-8")
        finally:
            _lib.result_free(res)

    def parse(self, text, **options):
        """Parse `text` (a str).  Options: dct (the reference date, a
        "YYYY-MM-DD[Thh:mm]" string or a date), max_bytes, match_limit,
        depth_limit, and the flags strict_utf8, no_related, no_entities,
        nfkc, no_fold, no_boilerplate."""
        opts = _Options(**options)
        doc = self._documents([text], self._parse_batch([text], opts), (self, opts.kw))[0]
        if isinstance(doc, NewsparseError):
            raise doc
        return doc

    def pipe(self, texts, *, threads=1, batch_size=64, as_tuples=False, errors="raise",
             **options):
        """Parse many texts; yields Documents in input order.

        ``threads`` native threads parse at once (the GIL is released while
        the library works); ``batch_size`` texts go to a thread at a time.
        With ``as_tuples=True`` the items are (text, context) pairs and
        (Document, context) pairs come out; a context that is a dict with a
        "dct" gives that text's reference date.  ``errors="raise"`` raises
        the first NewsparseError; ``errors="return"`` yields it in the
        text's place so that nothing is lost.  Other keywords are parse()'s
        options, for every text."""
        if errors not in ("raise", "return"):
            raise ValueError('errors must be "raise" or "return"')
        if threads < 1 or batch_size < 1:
            raise ValueError("threads and batch_size must be at least 1")
        opts = _Options(**options)
        origin = (self, opts.kw)
        items = iter(texts)

        def batches():
            while True:
                chunk = list(itertools.islice(items, batch_size))
                if not chunk:
                    return
                yield chunk

        def work(chunk):  # on a pool thread: holds the GIL for little
            if not as_tuples:
                return chunk, self._parse_batch(chunk, opts)
            dcts = [_ctx_dct(ctx) for _, ctx in chunk]
            return chunk, self._parse_batch([text for text, _ in chunk], opts,
                                            dcts if any(dcts) else None)

        if threads == 1:
            parsed = map(work, batches())
            yield from self._emit(parsed, origin, as_tuples, errors)
            return
        with concurrent.futures.ThreadPoolExecutor(threads) as pool:
            source = batches()
            pending = collections.deque(pool.submit(work, b)
                                        for b in itertools.islice(source, threads * 2))

            def parsed():
                while pending:
                    done = pending.popleft().result()
                    nxt = next(source, None)
                    if nxt is not None:
                        pending.append(pool.submit(work, nxt))
                    yield done
            yield from self._emit(parsed(), origin, as_tuples, errors)

    @classmethod
    def _emit(cls, parsed, origin, as_tuples, errors):
        """Documents of each parsed chunk, made on the caller's thread."""
        for chunk, batch in parsed:
            texts = [text for text, _ in chunk] if as_tuples else chunk
            for item, doc in zip(chunk, cls._documents(texts, batch, origin)):
                if errors == "raise" and isinstance(doc, NewsparseError):
                    raise doc
                yield (doc, item[1]) if as_tuples else doc

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


def _default_engine():
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Engine()
    return _default


def parse(text, **options):
    """Parse `text` with an engine of the built-in rules, made once; the
    options are Engine.parse()'s."""
    return _default_engine().parse(text, **options)


def pipe(texts, **kwargs):
    """Engine.pipe() with the engine of the built-in rules."""
    return _default_engine().pipe(texts, **kwargs)


def render_html(doc, title=None):
    """The document as one self-contained HTML page, as ``newsparse --html``
    writes it: every entity one <mark data-label data-value>, inline CSS,
    no scripts, all text escaped; `title` is shown above it."""
    engine, kw = doc._origin
    return engine._html(doc.text, _Options(**kw), title)
