import unittest

from solution import at_least, dedupe, parse, pipeline


class Feed:
    """One-shot line source that records how many lines were consumed."""

    def __init__(self, lines):
        self._it = iter(lines)
        self.consumed = 0

    def __iter__(self):
        return self

    def __next__(self):
        line = next(self._it)
        self.consumed += 1
        return line


SAMPLE = [
    "100 INFO service started\n",
    "# comment\n",
    "101 ERROR db timeout\n",
    "102 ERROR db timeout\n",
    "oops WARNING bad timestamp\n",
    "103 DEBUG cache miss\n",
    "104 WARNING disk 91% full\n",
    "105 ERROR db timeout\n",
]


class ParseTests(unittest.TestCase):
    def test_parses_fields(self):
        self.assertEqual(list(parse(["7 INFO hello world\n"])), [(7, "INFO", "hello world")])

    def test_skips_blank_comment_and_malformed(self):
        lines = ["\n", "   ", "# 1 INFO x", "x1 INFO bad ts", "5 TRACE unknown level",
                 "6", "8 ERROR ok"]
        self.assertEqual(list(parse(lines)), [(8, "ERROR", "ok")])

    def test_empty_message_allowed(self):
        self.assertEqual(list(parse(["9 WARNING", "10 INFO    \n"])),
                         [(9, "WARNING", ""), (10, "INFO", "")])

    def test_message_whitespace_inside_kept(self):
        self.assertEqual(list(parse(["1 DEBUG  a  b  \n"])), [(1, "DEBUG", "a  b")])

    def test_parse_is_lazy(self):
        feed = Feed(["1 INFO a", "2 INFO b", "3 INFO c"])
        records = parse(feed)
        self.assertEqual(feed.consumed, 0, "calling parse must not read any line")
        self.assertEqual(next(records), (1, "INFO", "a"))
        self.assertEqual(feed.consumed, 1, "one record needs one line")


class StageTests(unittest.TestCase):
    def test_at_least_filters(self):
        recs = [(1, "DEBUG", "a"), (2, "INFO", "b"), (3, "WARNING", "c"), (4, "ERROR", "d")]
        self.assertEqual([r[0] for r in at_least(recs, "INFO")], [2, 3, 4])
        self.assertEqual([r[0] for r in at_least(recs, "ERROR")], [4])
        self.assertEqual([r[0] for r in at_least(recs, "DEBUG")], [1, 2, 3, 4])

    def test_dedupe_consecutive_only(self):
        recs = [(1, "INFO", "x"), (2, "ERROR", "x"), (3, "INFO", "y"), (4, "INFO", "x")]
        self.assertEqual([r[0] for r in dedupe(recs)], [1, 3, 4],
                         "a message repeated later, not consecutively, is kept")

    def test_dedupe_empty_message_first(self):
        recs = [(1, "INFO", ""), (2, "INFO", ""), (3, "INFO", "z")]
        self.assertEqual([r[0] for r in dedupe(recs)], [1, 3])

    def test_stages_are_lazy(self):
        def explode():
            raise AssertionError("stage read its input too early")
            yield

        at_least(explode(), "INFO")
        dedupe(explode())


class PipelineTests(unittest.TestCase):
    def test_sample(self):
        self.assertEqual(list(pipeline(SAMPLE, "WARNING")), [
            (101, "ERROR", "db timeout"),
            (104, "WARNING", "disk 91% full"),
            (105, "ERROR", "db timeout"),
        ])

    def test_sample_debug(self):
        self.assertEqual([r[0] for r in pipeline(SAMPLE, "DEBUG")], [100, 101, 103, 104, 105])

    def test_empty_input(self):
        self.assertEqual(list(pipeline([], "INFO")), [])

    def test_pipeline_reads_only_what_it_needs(self):
        feed = Feed(SAMPLE)
        first = next(pipeline(feed, "ERROR"))
        self.assertEqual(first, (101, "ERROR", "db timeout"))
        self.assertEqual(feed.consumed, 3, "the first ERROR is on line 3; nothing more may be read")

    def test_large_stream(self):
        lines = (f"{i} {'ERROR' if i % 3 == 0 else 'INFO'} msg {i // 6}\n" for i in range(60_000))
        self.assertEqual(sum(1 for _ in pipeline(lines, "ERROR")), 10_000)


if __name__ == "__main__":
    unittest.main()
