#!/usr/bin/env python3
"""CLI tests: run the newsparse binary on texts written for these tests and
check its output with Python's JSON parser against docs/output-format.md.

    python3 test_cli.py PATH/TO/newsparse
"""
import json
import os
import subprocess
import sys
import tempfile
import unicodedata
import unittest

CLI = None

FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"',
                      "\u2013": "-", "\u2014": "-", "\ufffd": ""})


def fold(s):
    s = unicodedata.normalize("NFKC", s).translate(FOLD)
    return "".join(c for c in s.casefold()
                   if not c.isspace() and unicodedata.category(c)[0] != "C")


def write(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def run(args, stdin=b""):
    p = subprocess.run([CLI] + args, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=120)
    return p.returncode, p.stdout, p.stderr


def spans(doc):
    for k in ("headline", "dateline", "byline"):
        if doc[k] is not None:
            yield doc[k]
    for p in doc["paragraphs"]:
        yield p
        yield from p["sentences"]
    yield from doc["related"]
    yield from doc["entities"]


class Contract(unittest.TestCase):
    def check_offsets(self, raw, doc):
        self.assertEqual(set(doc) >= {"headline", "dateline", "byline", "paragraphs",
                                      "related", "entities", "relations", "warnings"}, True)
        last = -1
        reach = 0
        for e in doc["entities"]:
            self.assertGreaterEqual(e["start"], last)
            self.assertGreaterEqual(e["start"], reach, "overlapping entities")
            last, reach = e["start"], e["end"]
            self.assertIn("value", e)
        for sp in spans(doc):
            s, e = sp["start"], sp["end"]
            self.assertTrue(0 <= s < e <= len(raw), sp)
            orig = raw[s:e].decode("utf-8", "replace")
            self.assertEqual(fold(orig), fold(sp["text"]), sp)
            self.assertEqual(sp["text"], sp["text"].strip())
            self.assertNotIn("  ", sp["text"])

    def parse_bytes(self, raw, *args):
        rc, out, err = run(list(args), raw)
        self.assertEqual(rc, 0, err)
        return json.loads(out)

    def test_varied_inputs_map_back_exactly(self):
        texts = [
            "Title Line\r\n\r\nBody with CRLF in Mexico.\r\nSecond paragraph here.\r\n",
            "Prices\u00a0rose in\u00a0Britain on February 27.\n",
            "Jose\u0301 Marti\u0301 visited Cuba.\n",
            "Smiles \U0001F600 in Brazil \U0001F1E7\U0001F1F7 today.\n",
            "\ufeffA BOM and zero\u200bwidth in Iran.\n",
            "Tabs\tand\tspaces   in Peru.\n",
            "",
            "\u201cQuoted\u201d \u2014 dashes \u2013 in Chile.",
        ]
        for t in texts:
            raw = t.encode("utf-8")
            with self.subTest(text=t):
                self.check_offsets(raw, self.parse_bytes(raw))

    def test_invalid_utf8_and_nul(self):
        raw = b"Head\xffline\n\nBody \x00 text in Mexico \xc3( and \xed\xa0\x80 more.\n"
        doc = self.parse_bytes(raw)
        self.check_offsets(raw, doc)

    def test_jsonl_bad_records(self):
        lines = [
            json.dumps({"id": 1, "text": "Rain in Spain."}),
            "this is not json",
            json.dumps({"id": "x"}),
            json.dumps({"id": [1, 2], "text": 5}),
            json.dumps({"id": None, "text": "Snow in Norway.", "dct": "2025-03-05"}),
        ]
        rc, out, err = run(["--jsonl"], ("\n".join(lines) + "\n").encode())
        self.assertEqual(rc, 3, err)
        recs = [json.loads(l) for l in out.decode().splitlines()]
        self.assertEqual(len(recs), 5)
        self.assertEqual([("error" in r) for r in recs], [False, True, True, True, False])
        self.assertEqual(recs[0]["id"], 1)
        self.assertEqual(recs[2]["id"], "x")
        self.assertEqual(recs[3]["id"], [1, 2])
        self.assertIsNone(recs[1]["id"])
        for r in recs:
            if "error" in r:
                self.assertTrue(r["error"]["code"] and r["error"]["message"])

    def test_jsonl_records_decode_like_files(self):
        # plain records (the lean reader) and records only a full JSON
        # parser reads (nested ids, reals, escaped keys) give the document
        # of the same text read from a file
        text = "Caf\u00e9 talks in \"Mexico\" \U0001F600 ended\tMonday.\n\nPeso up.\u0000"
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "t.txt")
            with open(path, "wb") as f:
                f.write(text.encode())
            rc, out, _ = run([path])
        want = json.loads(out.decode())
        lines = [
            json.dumps({"id": 1, "text": text}),
            json.dumps({"id": 1, "text": text}, ensure_ascii=False),
            json.dumps({"id": {"k": [1]}, "text": text}),
            json.dumps({"id": 2.5, "text": text, "x": [None]}),
            '{"id":3,"te\\u0078t":' + json.dumps(text) + '}',
        ]
        rc, out, err = run(["--jsonl"], ("\n".join(lines) + "\n").encode())
        self.assertEqual(rc, 0, err)
        recs = [json.loads(l) for l in out.decode().splitlines()]
        self.assertEqual([r["id"] for r in recs], [1, 1, {"k": [1]}, 2.5, 3])
        for r in recs:
            del r["id"]
            self.assertEqual(r, want)

    def test_jsonl_dct_and_threads_identical(self):
        recs = []
        for i in range(300):
            recs.append(json.dumps({"id": i, "text": "Talks in France ended on February %d. "
                                    "The U.S. said on Tuesday it would respond." % (i % 28 + 1),
                                    "dct": "2025-03-05" if i % 2 else None}))
        data = ("\n".join(recs) + "\n").encode()
        rc1, out1, _ = run(["--jsonl"], data)
        rc4, out4, _ = run(["--jsonl", "--threads", "4"], data)
        self.assertEqual(rc1, 0)
        self.assertEqual(rc4, 0)
        self.assertEqual(out1, out4)
        first = json.loads(out1.decode().splitlines()[1])
        dates = [e["value"] for e in first["entities"] if e["label"] == "DATE"]
        self.assertIn("2025-02-02", dates)
        second = json.loads(out1.decode().splitlines()[0])
        self.assertIn("XXXX-02-01", [e["value"] for e in second["entities"]])

    def test_cli_dct_option_and_record_override(self):
        rec = json.dumps({"id": 1, "text": "It happened on February 27.", "dct": "1999-03-01"})
        rc, out, _ = run(["--jsonl", "--dct", "2025-03-05"], (rec + "\n").encode())
        doc = json.loads(out)
        self.assertEqual([e["value"] for e in doc["entities"] if e["label"] == "DATE"],
                         ["1999-02-27"])
        bad = json.dumps({"id": 2, "text": "x", "dct": "2025-13-45"})
        rc, out, _ = run(["--jsonl"], (bad + "\n").encode())
        self.assertEqual(rc, 3)
        self.assertEqual(json.loads(out)["error"]["code"], "dct")

    def test_two_files_give_an_array(self):
        with tempfile.TemporaryDirectory() as d:
            a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
            write(a, "First story about Kenya.\n")
            write(b, "Second story about Ghana.\n")
            rc, out, err = run([a, b])
            self.assertEqual(rc, 0, err)
            docs = json.loads(out)
            self.assertEqual([x["file"] for x in docs], [a, b])
            self.assertEqual(docs[1]["entities"][0]["value"], "GH")

    def test_usage_errors_exit_2(self):
        with tempfile.TemporaryDirectory() as d:
            bad = os.path.join(d, "bad.rules")
            write(bad, "regex x.y ORG /(unclosed/\n")
            rc, _, err = run(["--rules", bad], b"text")
            self.assertEqual(rc, 2)
            self.assertIn(b"bad.rules:1:", err)
        self.assertEqual(run(["--dct", "2025-13-45"], b"text")[0], 2)
        self.assertEqual(run(["--bogus"], b"")[0], 2)
        self.assertEqual(run(["--threads", "0"], b"")[0], 2)
        self.assertEqual(run(["/nonexistent/file.txt"])[0], 1)

    def test_user_rules_and_no_builtin(self):
        with tempfile.TemporaryDirectory() as d:
            rules = os.path.join(d, "my.rules")
            write(rules, "gazetteer my.team ORG\nRovers United\nend\n")
            rc, out, _ = run(["--rules", rules, "--no-builtin-rules"],
                             b"Rovers United beat a side from Mexico.")
            doc = json.loads(out)
            self.assertEqual([(e["label"], e["text"], e["rule"]) for e in doc["entities"]],
                             [("ORG", "Rovers United", "my.team")])

    def test_hostile_files_give_one_json_document(self):
        rnd = bytes((i * 2654435761 >> 13) & 0xFF for i in range(200000))
        shapes = {
            "random": rnd,
            "overlong": b"\xc0\xaf\xed\xa0\x80\xf4\x90\x80\x80 x " * 20000,
            "nul_cr_bidi": b"A\x00b\rc\xe2\x80\xaed\xe2\x80\x8be " * 20000,
            "marks": b"e" + b"\xcc\x81" * 100000,
            "long_line": b"Word word U.S. J. R. March 3, 1996 $5 ((( [x](http://a.b) " * 20000,
            "short_lines": b"ab\n" * 100000,
            "empty": b"",
        }
        for name, data in shapes.items():
            with self.subTest(shape=name):
                rc, out, err = run([], data)
                self.assertEqual(rc, 0, err[:200])
                doc = json.loads(out)
                self.assertIn("paragraphs", doc)

    def test_hostile_jsonl_lines(self):
        lines = [
            json.dumps({"id": "huge", "text": "Capital Words Everywhere " * 40000}),
            "[" * 100000 + "]" * 100000,
            '{"id": 1, "text": "trunc',
            '"just a string"',
            '{"id": 2, "text": "nul \\u0000 in text"}',
            '{"id": 3, "text": "lone \\ud800 surrogate"}',
            "{" * 50000,
        ]
        rc, out, err = run(["--jsonl"], ("\n".join(lines) + "\n").encode())
        self.assertEqual(rc, 3, err[:200])
        outs = out.decode().splitlines()
        self.assertEqual(len(outs), len(lines))
        recs = [json.loads(l) for l in outs]
        self.assertNotIn("error", recs[0])
        self.assertEqual([("error" in r) for r in recs[1:]], [True, True, True, False, True, True])

    def test_jsonl_error_records_carry_their_line(self):
        # blank lines are counted but give no output line
        lines = [json.dumps({"id": "a", "text": "Rain in Spain."}), "", "   ",
                 "not json", json.dumps({"text": 7}), "",
                 json.dumps({"id": "b", "text": "Snow."})]
        rc, out, err = run(["--jsonl"], ("\n".join(lines) + "\n").encode())
        self.assertEqual(rc, 3, err)
        recs = [json.loads(l) for l in out.decode().splitlines()]
        self.assertEqual(len(recs), 4)
        self.assertEqual([r.get("line") for r in recs], [None, 4, 5, None])
        self.assertEqual(recs[1]["error"]["code"], "json")
        self.assertEqual(recs[2]["error"]["code"], "no-text")

    def test_truncated_last_line(self):
        # the input ends inside a record: truncated-line, not just bad JSON
        data = (json.dumps({"id": 1, "text": "Kenya."}) + "\n" + '{"id": 2, "text": "Ken').encode()
        rc, out, err = run(["--jsonl"], data)
        self.assertEqual(rc, 3, err)
        recs = [json.loads(l) for l in out.decode().splitlines()]
        self.assertEqual([r.get("error", {}).get("code") for r in recs], [None, "truncated-line"])
        self.assertEqual(recs[1]["line"], 2)
        # a broken line with its line feed is bad JSON
        rc, out, _ = run(["--jsonl"], data + b"\n")
        self.assertEqual(json.loads(out.decode().splitlines()[1])["error"]["code"], "json")

    def test_jsonl_record_over_max_bytes(self):
        big = json.dumps({"id": "big", "text": "word " * 5000})
        small = json.dumps({"id": "small", "text": "Snow in Norway."})
        rc, out, err = run(["--jsonl", "--max-bytes", "1k"], (big + "\n" + small + "\n").encode())
        self.assertEqual(rc, 3, err)
        recs = [json.loads(l) for l in out.decode().splitlines()]
        self.assertEqual(recs[0]["error"]["code"], "limit")
        self.assertEqual(recs[0]["id"], "big")
        self.assertNotIn("error", recs[1])
        # a line too long to be a record within the limit (six bytes of
        # JSON escape a byte, plus 64 kB) is not even kept
        huge = json.dumps({"id": "huge", "text": "word " * 20000})
        rc, out, err = run(["--jsonl", "--max-bytes", "10"], (huge + "\n" + small + "\n").encode())
        recs = [json.loads(l) for l in out.decode().splitlines()]
        self.assertEqual([(r["id"], r.get("line"), r["error"]["code"]) for r in recs],
                         [(None, 1, "limit"), ("small", 2, "limit")])

    def test_unreadable_file_among_several(self):
        with tempfile.TemporaryDirectory() as d:
            a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
            write(a, "First story about Kenya.\n")
            write(b, "Second story about Ghana.\n")
            missing = os.path.join(d, "missing.txt")
            rc, out, err = run([a, missing, d, b])
            self.assertEqual(rc, 1, err)
            docs = json.loads(out)  # a complete array
            self.assertEqual([x["file"] for x in docs], [a, missing, d, b])
            self.assertEqual(docs[3]["entities"][0]["value"], "GH")  # parsed after the errors
            self.assertEqual(docs[1]["error"]["code"], "io")
            self.assertIn("directory", docs[2]["error"]["message"])
            self.assertIn(b"missing.txt", err)

    def test_file_over_the_limit_exits_3(self):
        with tempfile.TemporaryDirectory() as d:
            a, b = os.path.join(d, "a.txt"), os.path.join(d, "b.txt")
            write(a, "A long story about Kenya and Ghana.\n")
            write(b, "Ghana.\n")
            rc, out, err = run(["--max-bytes=10", a])
            self.assertEqual(rc, 3, err)
            self.assertEqual(json.loads(out)["error"]["code"], "limit")
            rc, out, err = run(["--max-bytes=10", a, b])
            self.assertEqual(rc, 3, err)
            docs = json.loads(out)
            self.assertEqual([("error" in x) for x in docs], [True, False])

    def test_option_forms(self):
        with tempfile.TemporaryDirectory() as d:
            dash = os.path.join(d, "-odd.txt")
            write(dash, "Rain fell in Kenya last week.\n")
            rc, out, err = run(["--dct=2025-03-05", "--", dash])
            self.assertEqual(rc, 0, err)
            dates = [e for e in json.loads(out)["entities"] if e["label"] == "DATE"]
            self.assertEqual(dates[0]["value"], "2025-W09")
        rc, _, err = run(["--max-bytes", "lots"], b"x")
        self.assertEqual(rc, 2)
        self.assertIn(b"--max-bytes", err)
        rc, _, err = run(["--format", "xml"], b"x")
        self.assertEqual(rc, 2)
        self.assertIn(b"--format", err)
        rc, out, err = run(["--threads"], b"x")
        self.assertEqual((rc, out), (2, b""))
        self.assertIn(b"--threads", err)
        rc, out, err = run(["--bogus"], b"x")
        self.assertEqual((rc, out), (2, b""))
        self.assertIn(b"'--bogus'", err)

    def test_help_and_version(self):
        rc, out, _ = run(["--help"])
        self.assertEqual(rc, 0)
        for opt in (b"--jsonl", b"--dct", b"--rules", b"--no-builtin-rules", b"--threads",
                    b"--format", b"--html", b"--max-bytes", b"--progress", b"--no-related",
                    b"--strict-utf8", b"--version", b"--help", b"Exit status"):
            self.assertIn(opt, out)
        rc, out, _ = run(["--version"])
        self.assertEqual(rc, 0)
        self.assertIn(b"Unicode", out)


if __name__ == "__main__":
    CLI = os.path.abspath(sys.argv.pop(1))
    unittest.main(verbosity=1)
