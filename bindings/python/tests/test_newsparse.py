"""Tests of the Python binding against the built library (run by ctest with
NEWSPARSE_LIBRARY and NEWSPARSE_CLI set)."""
import json
import os
import subprocess
import sys
import threading
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
import newsparse  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "..", "..", "examples", "sample-article.txt")
CLI = os.environ.get("NEWSPARSE_CLI")


class Binding(unittest.TestCase):
    def test_version(self):
        self.assertRegex(newsparse.version(), r"^\d+\.\d+\.\d+$")

    def test_parse_structure_and_entities(self):
        doc = newsparse.parse("Port Reopens\n\nLONDON, March 3 (Reuters) - Ships left "
                              "Britain for Kenya on Tuesday.\n")
        self.assertEqual(doc.headline.text, "Port Reopens")
        self.assertEqual(doc.dateline.text, "LONDON, March 3")
        self.assertEqual(len(doc.paragraphs), 1)
        self.assertEqual(doc.paragraphs[0].sentences[0].text[:5], "Ships")
        values = {(e.label, e.text): e.value for e in doc.entities}
        self.assertEqual(values[("COUNTRY", "Britain")], "GB")
        self.assertEqual(values[("COUNTRY", "Kenya")], "KE")

    def test_char_offsets_with_accents_and_emoji(self):
        text = "Jos\u00e9 \U0001F600 caf\u00e9 \u2014 Brazil and Pe\u0301ru \U0001F1F5\U0001F1EA in Chile."
        doc = newsparse.parse(text)
        data = text.encode("utf-8")
        for e in doc.entities:
            self.assertEqual(data[e.start:e.end].decode(), text[e.char_start:e.char_end])
        chile = [e for e in doc.entities if e.text == "Chile"][0]
        self.assertEqual(text[chile.char_start:chile.char_end], "Chile")
        self.assertEqual(chile.value, "CL")

    def test_dct_is_applied(self):
        import datetime
        doc = newsparse.parse("It happened on February 27.", dct="2025-03-05")
        self.assertEqual([e.value for e in doc.entities if e.label == "DATE"], ["2025-02-27"])
        doc = newsparse.parse("It happened on February 27.", dct=datetime.date(1999, 3, 1))
        self.assertEqual([e.value for e in doc.entities if e.label == "DATE"], ["1999-02-27"])
        doc = newsparse.parse("It happened on February 27.")
        self.assertEqual([e.value for e in doc.entities if e.label == "DATE"], ["XXXX-02-27"])
        with self.assertRaises(newsparse.NewsparseError) as cm:
            newsparse.parse("x", dct="2025-13-45")
        self.assertEqual(cm.exception.code, -8)

    def test_type_errors(self):
        with self.assertRaises(TypeError):
            newsparse.parse(b"bytes")
        with self.assertRaises(TypeError):
            newsparse.Engine(rules=42)

    def test_broken_rule_raises(self):
        with self.assertRaises(newsparse.NewsparseError) as cm:
            newsparse.Engine("regex bad.one ORG /(unclosed/\n")
        self.assertEqual(cm.exception.line, 1)
        self.assertGreater(cm.exception.column, 1)
        self.assertIn("<rules>:1:", cm.exception.message)

    def test_user_rules_and_context_manager(self):
        rules = "gazetteer my.clubs ORG\nRovers United\nend\n"
        with newsparse.Engine(rules, builtin_rules=False) as eng:
            doc = eng.parse("Rovers United beat a team from Mexico.")
            self.assertEqual([(e.label, e.text, e.rule) for e in doc.entities],
                             [("ORG", "Rovers United", "my.clubs")])
        with self.assertRaises(ValueError):
            eng.parse("closed")

    def test_from_file(self):
        import tempfile
        with tempfile.NamedTemporaryFile("w", suffix=".rules", delete=False) as f:
            f.write("gazetteer my.x ORG\nAcme Widgets\nend\n")
        try:
            eng = newsparse.Engine.from_file(f.name)
            self.assertEqual(eng.parse("Acme Widgets grew.").entities[0].rule, "my.x")
            eng.close()
        finally:
            os.unlink(f.name)

    def test_threads_share_one_engine(self):
        eng = newsparse.Engine()
        texts = ["Story %d: talks between Japan and Peru ended on March %d, officials "
                 "said in Lima." % (i, i % 28 + 1) for i in range(40)]
        serial = [eng.parse(t, dct="2025-06-01").to_dict() for t in texts]
        results = [None] * len(texts)

        def work(k):
            for i in range(k, len(texts), 4):
                results[i] = eng.parse(texts[i], dct="2025-06-01").to_dict()

        threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(results, serial)

    @unittest.skipUnless(CLI, "NEWSPARSE_CLI not set")
    def test_to_dict_equals_cli(self):
        with open(SAMPLE, encoding="utf-8") as f:
            text = f.read()
        out = subprocess.run([CLI, "--dct", "2025-03-05", SAMPLE], stdout=subprocess.PIPE,
                             check=True).stdout
        doc = newsparse.parse(text, dct="2025-03-05")
        self.assertEqual(doc.to_dict(), json.loads(out))
        self.assertEqual(json.loads(doc.to_json()), json.loads(out))


if __name__ == "__main__":
    unittest.main()
