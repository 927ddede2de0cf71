#!/usr/bin/env python3
"""Print what libnewsparse finds in an article.

    NEWSPARSE_LIBRARY=build/lib/libnewsparse.so PYTHONPATH=bindings/python \
        python3 examples/python/parse_article.py examples/sample-article.txt 2025-03-05
"""
import sys

import newsparse


def main():
    path = sys.argv[1]
    dct = sys.argv[2] if len(sys.argv) > 2 else None
    with open(path, encoding="utf-8") as f:
        text = f.read()
    doc = newsparse.parse(text, dct=dct)
    print("headline:", doc.headline.text if doc.headline else None)
    print("dateline:", doc.dateline.text if doc.dateline else None)
    print("paragraphs:", len(doc.paragraphs))
    for item in doc.related:
        print("related:", item.text, item.url or "")
    for e in doc.entities:
        print("%-8s %-30s %s" % (e.label, text[e.char_start:e.char_end], e.value))
    for r in doc.relations:
        print("%s holds %s%s" % (r.person.text, r.office.text,
                                 " of " + r.of.text if r.of else ""))


if __name__ == "__main__":
    main()
