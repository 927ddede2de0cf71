#!/usr/bin/env python3
"""The JSON Schema of the output (schema/newsparse.schema.json): real CLI
output on texts the project wrote validates, and broken documents are
rejected, each for its own reason.

    python3 test_schema.py NEWSPARSE SCHEMA CORPUS_DIR
Exit 77 when python3-jsonschema is not installed: ctest reports it skipped.
"""
import copy
import glob
import json
import os
import subprocess
import sys
import unittest

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed: skipped")
    sys.exit(77)

CLI = SCHEMA = CORPUS = None


def run(args, stdin=b""):
    p = subprocess.run([CLI] + args, input=stdin, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=120)
    return p.returncode, p.stdout


class Schema(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with open(SCHEMA, encoding="utf-8") as f:
            schema = json.load(f)
        jsonschema.Draft202012Validator.check_schema(schema)
        cls.v = jsonschema.Draft202012Validator(schema)

    def valid(self, doc):
        errors = list(self.v.iter_errors(doc))
        self.assertEqual(errors, [], [e.message for e in errors][:3])

    def invalid(self, doc, why):
        self.assertFalse(self.v.is_valid(doc), why)

    def sample(self):
        texts = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
        rc, out = run([texts[0]])
        self.assertEqual(rc, 0)
        return json.loads(out)

    def test_cli_output_validates(self):
        texts = sorted(glob.glob(os.path.join(CORPUS, "*.txt")))
        self.assertTrue(texts)
        for t in texts:
            rc, out = run([t])
            self.valid(json.loads(out))
        rc, out = run(texts)  # an array, each with "file"
        for doc in json.loads(out):
            self.valid(doc)
        rc, out = run(texts + ["/nonexistent"])  # an error item
        items = json.loads(out)
        self.assertIn("error", items[-1])
        for doc in items:
            self.valid(doc)

    def test_jsonl_records_and_errors_validate(self):
        lines = [json.dumps({"id": 1, "text": "Marco Rubio paid $9m in Mexico on Feb. 27."}),
                 "not json", json.dumps({"id": "x"}),
                 json.dumps({"id": [1], "text": "\u00ffbad", "dct": "2025-13-40"}),
                 json.dumps({"id": None, "text": "\x00\x01\x02\x03" * 10})]
        rc, out = run(["--jsonl"], ("\n".join(lines) + "\n").encode())
        recs = [json.loads(l) for l in out.decode().splitlines()]
        self.assertEqual(len(recs), len(lines))
        for r in recs:
            self.valid(r)

    def test_broken_documents_are_rejected(self):
        doc = self.sample()
        self.valid(doc)
        self.assertTrue(doc["entities"] and doc["paragraphs"])
        cases = []
        d = copy.deepcopy(doc); del d["entities"]; cases.append((d, "a required field missing"))
        d = copy.deepcopy(doc); d["entities"][0]["label"] = "PLACE"; cases.append((d, "an unknown label"))
        d = copy.deepcopy(doc); del d["entities"][0]["start"]; cases.append((d, "a span without its start"))
        d = copy.deepcopy(doc); del d["paragraphs"][0]["end"]; cases.append((d, "a paragraph without its end"))
        d = copy.deepcopy(doc); d["entities"][0]["start"] = -1; cases.append((d, "a negative offset"))
        d = copy.deepcopy(doc); d["entities"][0]["start"] = "12"; cases.append((d, "an offset as a string"))
        d = copy.deepcopy(doc); d["headline"] = "TEXT"; cases.append((d, "a part that is no span"))
        d = copy.deepcopy(doc); del d["related"][0]["url"]; cases.append((d, "a related item without url"))
        d = copy.deepcopy(doc); d["relations"] = [{"type": "holds_office", "person": 1}]
        cases.append((d, "a relation without its office"))
        d = copy.deepcopy(doc); d["dct"] = {"value": "March 3", "source": "option"}
        cases.append((d, "a dct that is no TimeML date"))
        country = next(i for i, e in enumerate(doc["entities"]) if e["label"] == "COUNTRY")
        d = copy.deepcopy(doc); d["entities"][country]["value"] = "Germany"
        cases.append((d, "a COUNTRY valued by name, not ISO 3166"))
        cases.append(({"id": 1, "error": {"code": "json"}}, "an error without its message"))
        cases.append(({"id": 1, "line": 0, "error": {"code": "json", "message": "m"}},
                      "an error on line 0"))
        d = copy.deepcopy(doc); d["error"] = {"code": "x", "message": "y"}
        cases.append((d, "a document that is also an error"))
        for bad, why in cases:
            with self.subTest(why=why):
                self.invalid(bad, why)


if __name__ == "__main__":
    CLI, SCHEMA, CORPUS = (os.path.abspath(a) for a in sys.argv[1:4])
    del sys.argv[1:4]
    unittest.main(verbosity=1)
