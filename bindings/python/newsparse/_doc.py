"""Documents: what the library found in one text, built on access.

A Document keeps the library's JSON of its parts (rendered in C, where the
GIL is released) and decodes it the first time a field is read: the
entities, relations and warnings on their own, the structure on its own,
so that code reading only entities never decodes the paragraphs.
"""
import bisect
import itertools
import json
import operator


class _Chars:
    """UTF-8 byte offsets of a text to indices into the str, computed once
    and only when asked."""

    __slots__ = ("text", "data", "starts")

    def __init__(self, text, data):
        self.text, self.data, self.starts = text, data, None

    def __call__(self, b):
        if len(self.data) == len(self.text):  # ASCII: bytes are characters
            return b
        if self.starts is None:
            starts, pos = [], 0
            for ch in self.text:
                starts.append(pos)
                o = ord(ch)
                pos += 1 if o < 0x80 else 2 if o < 0x800 else 3 if o < 0x10000 else 4
            starts.append(pos)
            self.starts = starts
        if b >= self.starts[-1]:
            return len(self.text)
        return bisect.bisect_right(self.starts, b) - 1


class Span:
    """A span of the text: ``text`` (NFC, white space collapsed), UTF-8 byte
    offsets ``start``/``end`` and str indices ``char_start``/``char_end``."""

    __slots__ = ("text", "start", "end", "_chars")

    def __init__(self, d, chars):
        self.text = d["text"]
        self.start = d["start"]
        self.end = d["end"]
        self._chars = chars

    @property
    def char_start(self):
        return self._chars(self.start)

    @property
    def char_end(self):
        return self._chars(self.end)

    def __repr__(self):
        return "%s(%r, %d, %d)" % (type(self).__name__, self.text, self.start, self.end)


class Related(Span):
    """A related-list item: its title, and ``url`` (or None)."""

    __slots__ = ("url",)

    def __init__(self, d, chars):
        super().__init__(d, chars)
        self.url = d.get("url")


class Published(Span):
    """The published line: its span and ``value`` (TimeML, or None for a
    relative time only)."""

    __slots__ = ("value",)

    def __init__(self, d, chars):
        super().__init__(d, chars)
        self.value = d.get("value")


class Boilerplate(Span):
    """A line of a copied web page that is not the article: its span and
    ``kind`` ("nav", "other")."""

    __slots__ = ("kind",)

    def __init__(self, d, chars):
        super().__init__(d, chars)
        self.kind = d.get("kind")


class Paragraph(Span):
    """A body paragraph with its ``sentences`` (list of Span)."""

    __slots__ = ("sentences",)

    def __init__(self, d, chars):
        super().__init__(d, chars)
        self.sentences = [Span(s, chars) for s in d.get("sentences", [])]


class Entity(tuple):
    """An entity: ``label``, ``text``, ``start``/``end`` (UTF-8 byte offsets),
    ``char_start``/``char_end`` (str indices), ``value`` (or None) and
    ``rule`` (the id of the rule that found it).

    An immutable tuple underneath (label, start, end, text, value, rule and
    the document's offset map), so that a document's entities are made in
    one step from the library's columns, without Python code per entity."""

    __slots__ = ()
    label = property(operator.itemgetter(0))
    start = property(operator.itemgetter(1))
    end = property(operator.itemgetter(2))
    text = property(operator.itemgetter(3))
    value = property(operator.itemgetter(4))
    rule = property(operator.itemgetter(5))
    char_start = property(lambda self: self[6](self[1]))
    char_end = property(lambda self: self[6](self[2]))

    def to_dict(self):
        return {"label": self[0], "text": self[3], "start": self[1], "end": self[2],
                "value": self[4], "rule": self[5]}

    def __repr__(self):
        return "Entity(%s, %r, %d, %d, value=%r)" % (self[0], self[3], self[1], self[2],
                                                    self[4])


def _entities(columns, chars):
    """Entities from the columns {"label": [...], "start": [...], ...}: the
    fields of each entity and the offset map make one tuple, all in C."""
    c = columns
    return list(map(tuple.__new__, itertools.repeat(Entity),
                    zip(c["label"], c["start"], c["end"], c["text"], c["value"], c["rule"],
                        itertools.repeat(chars))))


# The C scanner behind json.loads, called without its Python wrappers: the
# library's JSON is always one valid value.
_scan = json.JSONDecoder().scan_once


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


_STRUCTURE = ("headline", "dateline", "byline", "paragraphs", "related")


class Document:
    """What the library found in one text.  Fields mirror the CLI's JSON:
    ``headline``, ``dateline``, ``byline``, ``published`` (Span or None),
    ``paragraphs``, ``related``, ``boilerplate``, ``entities``,
    ``relations``, ``warnings`` (lists), ``dct``, the reference date used ("YYYY-MM-DD", or None), and
    ``dct_source``.  Each is decoded the first time it is read."""

    __slots__ = ("text", "_chars", "_raw", "_parts", "_cache", "_origin")

    def __init__(self, text, data, structure_json, entities_json, origin):
        self.text = text
        self._chars = _Chars(text, data)
        self._raw = [structure_json, entities_json]
        self._parts = [None, None]
        self._cache = {}
        self._origin = origin  # (engine, options): to parse again for render_html

    def _part(self, k):
        if self._parts[k] is None:
            self._parts[k] = _scan(self._raw[k].decode("utf-8"), 0)[0]
        return self._parts[k]

    def _get(self, name, build):
        if name not in self._cache:
            self._cache[name] = build()
        return self._cache[name]

    def _span(self, name):
        d = self._part(0)[name]
        return Span(d, self._chars) if d else None

    headline = property(lambda self: self._get("headline", lambda: self._span("headline")))
    dateline = property(lambda self: self._get("dateline", lambda: self._span("dateline")))
    byline = property(lambda self: self._get("byline", lambda: self._span("byline")))

    @property
    def published(self):
        """The line that dates a web page (a Span with ``value``, its TimeML
        value or None), or None."""
        def build():
            p = self._part(0).get("published")
            if not p:
                return None
            span = Published(p, self._chars)
            return span
        return self._get("published", build)

    @property
    def dct(self):
        """The reference date used ("YYYY-MM-DD"), or None."""
        d = self._part(0).get("dct")
        return d["value"] if d else None

    @property
    def dct_source(self):
        """Where the reference date came from: "option" (or "record"),
        "published", "dateline"; None without one."""
        d = self._part(0).get("dct")
        return d["source"] if d else None

    @property
    def paragraphs(self):
        return self._get("paragraphs", lambda: [Paragraph(p, self._chars)
                                                for p in self._part(0)["paragraphs"]])

    @property
    def related(self):
        return self._get("related", lambda: [Related(r, self._chars)
                                             for r in self._part(0)["related"]])

    @property
    def boilerplate(self):
        """Lines of a copied web page kept out of the body (Boilerplate
        spans with ``kind``)."""
        return self._get("boilerplate", lambda: [Boilerplate(b, self._chars)
                                                 for b in self._part(0).get("boilerplate", [])])

    @property
    def entities(self):
        return self._get("entities", lambda: _entities(self._part(1)["entities"], self._chars))

    @property
    def relations(self):
        return self._get("relations", lambda: [Relation(r, self.entities)
                                               for r in self._part(1)["relations"]])

    @property
    def warnings(self):
        return list(self._part(1)["warnings"])

    def to_dict(self):
        """The document as the CLI writes it (without "id"), as a new dict."""
        s, e = json.loads(self._raw[0].decode("utf-8")), json.loads(self._raw[1].decode("utf-8"))
        d = {k: s[k] for k in _STRUCTURE}
        d["entities"] = [x.to_dict() for x in self.entities]
        d["relations"] = e["relations"]
        d["warnings"] = e["warnings"]
        d["dct"] = s.get("dct")
        d["published"] = s.get("published")
        d["boilerplate"] = s.get("boilerplate", [])
        return d

    def to_json(self, indent=None):
        """The CLI's JSON of the document (without "id")."""
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __repr__(self):
        h = self.headline
        return "Document(headline=%r, %d paragraphs, %d related, %d entities)" % (
            h.text if h else None, len(self.paragraphs), len(self.related),
            len(self.entities))
