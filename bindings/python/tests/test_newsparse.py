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


class Pipe(unittest.TestCase):
    TEXTS = ["Story %d: talks between Japan and Peru ended on March %d, officials said "
             "in Lima.\n\nRelated:\n- Chile Votes\n" % (i, i % 28 + 1) for i in range(50)]

    def test_order_and_threads_identical(self):
        eng = newsparse.Engine()
        one = [d.to_dict() for d in eng.pipe(self.TEXTS, dct="2025-06-01")]
        self.assertEqual(one, [eng.parse(t, dct="2025-06-01").to_dict() for t in self.TEXTS])
        for threads, batch in ((2, 1), (3, 7), (4, 64)):
            got = [d.to_dict() for d in eng.pipe(iter(self.TEXTS), threads=threads,
                                                 batch_size=batch, dct="2025-06-01")]
            self.assertEqual(got, one, (threads, batch))
        self.assertEqual(list(eng.pipe([])), [])

    def test_every_option_is_a_keyword(self):
        text = "Talks in Peru ended.\n\nRelated:\n- Chile Votes\n- Japan Wins\n"
        self.assertEqual(len(newsparse.parse(text).related), 2)
        self.assertEqual(newsparse.parse(text, no_related=True).related, [])
        self.assertEqual(newsparse.parse(text, no_entities=True).entities, [])
        with self.assertRaises(newsparse.NewsparseError) as cm:
            newsparse.parse("Peru \udcff", strict_utf8=True)
        self.assertEqual(cm.exception.name, "utf8")
        with self.assertRaises(newsparse.NewsparseError) as cm:
            newsparse.parse(text, max_bytes=5)
        self.assertEqual(cm.exception.name, "limit")
        doc = newsparse.parse(text, nfkc=True, no_fold=True, match_limit=100000, depth_limit=1000)
        self.assertEqual(doc.entities[0].text, "Peru")
        with self.assertRaises(TypeError):
            newsparse.parse(text, no_such_option=True)

    def test_whole_page_boilerplate(self):
        menu = "".join("  \u2022 %s\n" % w for w in ("Home", "World", "Business", "Sport", "Culture"))
        prose = ("The harbour authority on Tuesday approved plans for a new ferry terminal on "
                 "the eastern quay, ending two years of debate over the cost of the project.\n\n")
        page = ("Skip to content\n\n" + menu + "\nFerry Terminal Plan Wins Approval\n\n" +
                prose * 4 + "Most Read\n\n" + menu + "\nAbout Us\nPrivacy Policy\n")
        doc = newsparse.parse(page)
        self.assertEqual(doc.headline.text, "Ferry Terminal Plan Wins Approval")
        self.assertEqual(len(doc.paragraphs), 4)
        self.assertEqual(doc.boilerplate[0].text, "Skip to content")
        self.assertEqual({b.kind for b in doc.boilerplate}, {"nav"})
        self.assertEqual(len(doc.boilerplate), 14)  # 1 + 5 before, 1 + 5 + 2 after
        off = newsparse.parse(page, no_boilerplate=True)
        self.assertEqual(off.boilerplate, [])
        self.assertGreater(len(off.paragraphs), 4)  # the menus join the body

    def test_errors_returned_in_place(self):
        texts = ["Peru.", "x" * 100, "Chile."]
        got = list(newsparse.pipe(texts, max_bytes=50, errors="return", threads=2, batch_size=1))
        self.assertEqual(len(got), 3)
        self.assertIsInstance(got[1], newsparse.NewsparseError)
        self.assertEqual(got[1].name, "limit")
        self.assertEqual(got[2].entities[0].value, "CL")
        with self.assertRaises(newsparse.NewsparseError):
            list(newsparse.pipe(texts, max_bytes=50))

    def test_failed_text_inside_a_batch(self):
        texts = ["Peru.", "x" * 100, "Chile."]
        got = list(newsparse.pipe(texts, max_bytes=50, errors="return"))  # one batch
        self.assertEqual([type(d).__name__ for d in got],
                         ["Document", "NewsparseError", "Document"])
        seen = []
        with self.assertRaises(newsparse.NewsparseError) as cm:
            for d in newsparse.pipe(texts, max_bytes=50):
                seen.append(d.entities[0].value)
        self.assertEqual(seen, ["PE"])  # the documents before it come first
        self.assertEqual(cm.exception.name, "limit")
        items = [("On May 1 it rained.", {"dct": "2025-13-45"}),
                 ("On May 1 it rained.", {"dct": "2025-06-01"})]
        got = list(newsparse.pipe(items, as_tuples=True, errors="return"))
        self.assertEqual(got[0][0].name, "dct")
        self.assertEqual(got[1][0].entities[0].value, "2025-05-01")

    def test_as_tuples_and_dct_per_text(self):
        items = [("It rained on February 27.", {"dct": "2025-03-05", "n": 1}),
                 ("It rained on February 27.", {"n": 2})]
        got = list(newsparse.pipe(items, as_tuples=True, dct="1999-03-01"))
        self.assertEqual([c["n"] for _, c in got], [1, 2])
        self.assertEqual([d.entities[0].value for d, _ in got], ["2025-02-27", "1999-02-27"])
        self.assertEqual([d.dct for d, _ in got], ["2025-03-05", "1999-03-01"])
        self.assertIsNone(newsparse.parse("No date here.").dct)

    def test_lazy_parts_and_warnings(self):
        doc = newsparse.parse("Peru \udcff and Chile.")
        self.assertEqual([e.label for e in doc.entities], ["COUNTRY", "COUNTRY"])
        self.assertEqual(doc.warnings[0]["code"], "repaired-utf8")
        # one U+FFFD per invalid byte (a lone surrogate is three)
        self.assertEqual(doc.paragraphs[0].sentences[0].text, "Peru \ufffd\ufffd\ufffd and Chile.")
        e = doc.entities[1]
        self.assertEqual((e.char_start, e.char_end), (11, 16))
        self.assertEqual(e.to_dict()["value"], "CL")

    @unittest.skipUnless(CLI, "NEWSPARSE_CLI not set")
    def test_render_html_is_the_clis_page(self):
        with open(SAMPLE, encoding="utf-8") as f:
            text = f.read()
        page = newsparse.render_html(newsparse.parse(text, dct="2025-03-05"))
        out = subprocess.run([CLI, "--html", "--dct", "2025-03-05", SAMPLE],
                             stdout=subprocess.PIPE, check=True).stdout.decode()
        self.assertEqual(page, out)
        doc = newsparse.parse("<script>alert(1)</script> in Peru")
        page = newsparse.render_html(doc, title="a <b> title")
        self.assertNotIn("<script>", page)
        self.assertIn("a &lt;b&gt; title", page)
        self.assertEqual(page.count("<mark"), len(doc.entities))

    def test_rule_warnings(self):
        eng = newsparse.Engine("lexicon my.given given-name\nHsu-Ming\nend\n")
        self.assertEqual(len(eng.warnings), 1)
        self.assertIn("Hsu-Ming", eng.warnings[0])


if __name__ == "__main__":
    unittest.main()
