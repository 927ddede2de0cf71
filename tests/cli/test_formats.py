#!/usr/bin/env python3
"""Output formats of the CLI: TSV and CSV rows read back exactly, the HTML
view (escaped, every entity marked once, checked in headless Chromium when
it is installed), and --progress.

    python3 test_formats.py PATH/TO/newsparse SAMPLE_ARTICLE
Exit 77 when Chromium is missing (the HTML DOM test cannot run): ctest
reports the suite skipped, never passed.
"""
import csv
import html.parser
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = None
SAMPLE = None
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

TEXT = ('Trade Minister Ana Berg, of Sweden, said on Monday that "tariffs, quotas\\tand\\n'
        'levies" would fall.\nShe met officials in Oslo, Norway.\n')


def run(args, stdin=b""):
    p = subprocess.run([CLI] + args, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=120)
    return p.returncode, p.stdout, p.stderr


def entities_of(args, stdin=b""):
    rc, out, err = run(args, stdin)
    assert rc == 0, err
    return json.loads(out)["entities"]


class Marks(html.parser.HTMLParser):
    """The <mark> elements of a page: (label, value, text)."""

    def __init__(self):
        super().__init__()
        self.marks, self.open, self.scripts = [], None, 0

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            a = dict(attrs)
            self.open = [a.get("data-label"), a.get("data-value"), ""]
        if tag == "script":
            self.scripts += 1

    def handle_endtag(self, tag):
        if tag == "mark" and self.open:
            self.marks.append(tuple(self.open))
            self.open = None

    def handle_data(self, data):
        if self.open:
            self.open[2] += data


def marks_of(page):
    m = Marks()
    m.feed(page)
    return m


def expected_marks(ents):
    return [(e["label"], e["value"], " ".join(e["text"].split())) for e in ents]


class Rows(unittest.TestCase):
    def test_csv_reads_back_every_field(self):
        ents = entities_of([], TEXT.encode())
        rc, out, err = run(["--format", "csv"], TEXT.encode())
        self.assertEqual(rc, 0, err)
        rows = list(csv.reader(io.StringIO(out.decode(), newline="")))
        self.assertEqual(rows[0], ["file", "label", "start", "end", "text", "value", "rule"])
        self.assertEqual(len(rows) - 1, len(ents))
        for row, e in zip(rows[1:], ents):
            self.assertEqual(row, ["-", e["label"], str(e["start"]), str(e["end"]), e["text"],
                                   e["value"] or "", e["rule"]])

    def test_csv_quotes_commas_and_quotes(self):
        rc, out, _ = run(["--jsonl", "--format", "csv"],
                         (json.dumps({"id": 'a,"b"', "text": "Rain in Kenya."}) + "\n").encode())
        self.assertEqual(rc, 0)
        self.assertIn(b'"a,""b"""', out)
        rows = list(csv.reader(io.StringIO(out.decode(), newline="")))
        self.assertEqual(rows[1][:2], ['a,"b"', "COUNTRY"])

    def test_tsv_escapes_tabs_and_newlines(self):
        rec = {"id": "tab\there\nnewline", "text": "Rain in Kenya."}
        rc, out, _ = run(["--jsonl", "--format", "tsv"], (json.dumps(rec) + "\n").encode())
        self.assertEqual(rc, 0)
        lines = out.decode().split("\n")
        self.assertEqual(lines[0].split("\t"), ["id", "label", "start", "end", "text", "value",
                                                "rule"])
        self.assertEqual(lines[1].split("\t")[0], "tab\\there\\nnewline")
        self.assertEqual(len(lines[1].split("\t")), 7)

    def test_rows_equal_entities_over_records(self):
        recs = [{"id": i, "text": t} for i, t in enumerate(
            ["Rain in Kenya and Ghana.", "", "President Ana Berg of Chile spoke on Friday."])]
        data = "\n".join(json.dumps(r) for r in recs).encode() + b"\n"
        rc, out, _ = run(["--jsonl"], data)
        total = sum(len(json.loads(l)["entities"]) for l in out.decode().splitlines())
        rc, out, _ = run(["--jsonl", "--format", "tsv"], data)
        self.assertEqual(len(out.decode().splitlines()) - 1, total)

    def test_error_records_go_to_stderr(self):
        rc, out, err = run(["--jsonl", "--format", "csv"], b'{"id": 1, "text": "Kenya."}\nnope\n')
        self.assertEqual(rc, 3)
        self.assertIn(b"line 2", err)
        self.assertEqual(len(out.decode().splitlines()), 2)  # header and Kenya


class Html(unittest.TestCase):
    def test_every_entity_marked_once(self):
        ents = entities_of([SAMPLE])
        rc, out, err = run(["--html", SAMPLE])
        self.assertEqual(rc, 0, err)
        page = out.decode()
        self.assertTrue(page.startswith("<!DOCTYPE html>"))
        m = marks_of(page)
        self.assertEqual(m.marks, expected_marks(ents))
        self.assertEqual(m.scripts, 0)
        self.assertNotIn("http", page.split("<body>")[0])  # nothing fetched

    def test_input_is_escaped(self):
        hostile = b'<script>alert(1)</script> & "Kenya" <b>bold</b>\n\xff\n'
        rc, out, _ = run(["--format", "html"], hostile)
        self.assertEqual(rc, 0)
        page = out.decode()
        self.assertNotIn("<script>", page)
        self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", page)
        self.assertNotIn("<b>", page)
        self.assertEqual(marks_of(page).scripts, 0)

    def test_related_links_only_for_web_urls(self):
        text = ("Kenya held talks on Monday with its neighbours about the new road.\n\n"
                "Related:\n- Ghana Opens Port https://example.org/ghana\n"
                "- Chile Votes javascript:alert(1)\n")
        rc, out, _ = run(["--html"], text.encode())
        page = out.decode()
        self.assertIn('href="https://example.org/ghana"', page)
        self.assertNotIn('href="javascript', page)

    @unittest.skipUnless(CHROMIUM, "chromium is not installed")
    def test_chromium_dom_has_every_mark(self):
        ents = entities_of([SAMPLE])
        with tempfile.TemporaryDirectory() as d:
            page = os.path.join(d, "page.html")
            with open(page, "wb") as f:
                f.write(run(["--html", SAMPLE])[1])
            hostile = os.path.join(d, "hostile.html")
            with open(hostile, "wb") as f:
                f.write(run(["--html"], b"<script>alert(1)</script> in Kenya\n")[1])
            flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                     "--no-first-run", "--disable-background-networking",
                     "--disable-component-update", "--disable-sync",
                     "--user-data-dir=" + os.path.join(d, "profile"), "--dump-dom"]
            dom = subprocess.run([CHROMIUM] + flags + ["file://" + page], capture_output=True,
                                 timeout=120).stdout.decode()
            self.assertEqual(marks_of(dom).marks, expected_marks(ents))
            dom = subprocess.run([CHROMIUM] + flags + ["file://" + hostile],
                                 capture_output=True, timeout=120).stdout.decode()
            self.assertIn("&lt;script&gt;alert(1)&lt;/script&gt;", dom)
            self.assertEqual(marks_of(dom).scripts, 0)


class Progress(unittest.TestCase):
    def test_summary_line_when_asked(self):
        data = b"".join(json.dumps({"id": i, "text": "Rain in Kenya."}).encode() + b"\n"
                        for i in range(40)) + b"oops\n"
        rc, out, err = run(["--jsonl", "--progress"], data)
        self.assertEqual(rc, 3)
        self.assertEqual(len(out.splitlines()), 41)
        last = err.decode().strip().splitlines()[-1]
        self.assertRegex(last, r"^newsparse: 41 records \(1 errors\), [0-9.]+ MB, .* MB/s$")
        rc, out, err = run(["--jsonl"], data)
        self.assertEqual(err, b"")  # off by default
        self.assertEqual(run(["--progress"], b"x")[0], 2)  # only with --jsonl


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    SAMPLE = os.path.abspath(sys.argv.pop(1))
    result = unittest.main(verbosity=1, exit=False).result
    if not result.wasSuccessful():
        sys.exit(1)
    sys.exit(77 if result.skipped else 0)
