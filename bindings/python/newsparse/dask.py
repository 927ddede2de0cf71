"""Dask recipes: parse a bag of texts, or a text column of a dask
DataFrame, with one Engine per worker process.

    import dask.bag as db
    from newsparse.dask import parse_bag
    docs = parse_bag(db.from_sequence(texts, npartitions=8), dct="2025-03-05")
    docs.compute()          # plain dicts, the CLI's JSON objects, in input order

Engines are never pickled: each worker process makes its own the first
time it parses, with the built-in rules, or with the rule text given as
``rules=``.  Import this module only where dask is installed.
"""
import threading

import dask  # noqa: F401  (a clear ImportError where dask is missing)

from . import Engine

__all__ = ["parse_bag", "parse_frame", "parse_partition"]

_engines = {}
_lock = threading.Lock()


def _engine(rules):
    """This process's engine for `rules` (None: the built-in rules)."""
    e = _engines.get(rules)
    if e is None:
        with _lock:
            e = _engines.get(rules)
            if e is None:
                e = _engines[rules] = Engine(rules)
    return e


def parse_partition(texts, rules=None, threads=1, **options):
    """A partition of texts -> a list of plain dicts (the CLI's document
    objects: they pickle), in the same order.  A text the library refuses
    gives {"error": {"code", "message"}} in its place."""
    out = []
    for doc in _engine(rules).pipe(list(texts), threads=threads, errors="return", **options):
        if isinstance(doc, Exception):
            out.append({"error": {"code": doc.name, "message": doc.message}})
        else:
            out.append(doc.to_dict())
    return out


def parse_bag(bag, rules=None, threads=1, **options):
    """A dask.bag of texts -> a dask.bag of plain dicts, partition by
    partition, in order.  Options are Engine.parse()'s."""
    return bag.map_partitions(parse_partition, rules=rules, threads=threads, **options)


COLUMNS = ("headline", "dateline", "byline", "paragraphs", "related", "entities",
           "relations", "warnings")


def _frame_partition(df, column, rules, threads, options):
    import pandas as pd
    docs = parse_partition(df[column].tolist(), rules, threads, **options)
    cols = {}
    for name in COLUMNS:
        cols[name] = [d.get(name) for d in docs]
    for name in ("headline", "dateline", "byline"):
        cols[name] = [v["text"] if v else None for v in cols[name]]
    cols["error"] = [d["error"]["message"] if "error" in d else None for d in docs]
    return pd.DataFrame(cols, index=df.index)


def parse_frame(df, column="text", rules=None, threads=1, **options):
    """A dask DataFrame with a text column -> a DataFrame of results, one row
    per input row, same index: headline, dateline, byline (str or None),
    paragraphs, related, entities, relations, warnings (lists of dicts as
    in the CLI's JSON) and error (None, or why the text was refused)."""
    import pandas as pd
    meta = pd.DataFrame({name: pd.Series(dtype=object) for name in COLUMNS + ("error",)})
    return df.map_partitions(_frame_partition, column, rules, threads, options, meta=meta)
