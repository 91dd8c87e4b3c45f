import unittest

from solution import IniSyntaxError, parse_ini

README_TEXT = """\
; app settings
name = demo
[Server]
Host = 0.0.0.0
port: 8080      ; default
url = http://example.com/#top
[paths]
search =
    /usr/lib
    /opt/lib
[Server]
port = 9090
"""


class ParseIniTests(unittest.TestCase):
    def parse(self, text):
        """parse_ini for valid input: an IniSyntaxError here is a test failure."""
        try:
            return parse_ini(text)
        except IniSyntaxError as exc:
            self.fail(f"valid input was rejected: {exc}")

    def assertSyntaxError(self, text, lineno):
        with self.assertRaises(IniSyntaxError) as ctx:
            parse_ini(text)
        self.assertEqual(ctx.exception.lineno, lineno, "lineno must point at the offending line")

    def test_readme_example(self):
        self.assertEqual(self.parse(README_TEXT), {
            "global": {"name": "demo"},
            "Server": {"host": "0.0.0.0", "port": "9090", "url": "http://example.com/#top"},
            "paths": {"search": "\n/usr/lib\n/opt/lib"},
        })

    def test_empty_text(self):
        self.assertEqual(self.parse(""), {})
        self.assertEqual(self.parse("\n  \n# only a comment\n"), {})

    def test_colon_separator(self):
        self.assertEqual(self.parse("[s]\nkey: value\n"), {"s": {"key": "value"}})

    def test_first_separator_wins(self):
        self.assertEqual(self.parse("[s]\na = b:c\nd: e=f\n"), {"s": {"a": "b:c", "d": "e=f"}})

    def test_keys_lowercased_values_stripped(self):
        self.assertEqual(self.parse("[S]\nPort  =   80   \nport = 81\n"), {"S": {"port": "81"}})

    def test_empty_value_allowed(self):
        self.assertEqual(self.parse("[s]\nempty =\nalso:\n"), {"s": {"empty": "", "also": ""}})

    def test_inline_comments(self):
        result = parse_ini("[s]\na = 1 ; one\nb = 2\t# two\nc = x;y#z\nd = ; only comment\n")
        self.assertEqual(result, {"s": {"a": "1", "b": "2", "c": "x;y#z", "d": ""}})

    def test_hash_in_url_kept(self):
        self.assertEqual(self.parse("[s]\nurl = http://h/#frag\n")["s"]["url"], "http://h/#frag")

    def test_global_section(self):
        self.assertEqual(self.parse("a = 1\n[s]\nb = 2\n"), {"global": {"a": "1"}, "s": {"b": "2"}})

    def test_empty_declared_section_present(self):
        self.assertEqual(self.parse("[empty]\n[full]\nk = v\n"), {"empty": {}, "full": {"k": "v"}})

    def test_section_name_stripped_and_merged(self):
        self.assertEqual(self.parse("[ db ]\na = 1\n[other]\n[db]\nb = 2\n"),
                         {"db": {"a": "1", "b": "2"}, "other": {}})

    def test_continuation_lines(self):
        self.assertEqual(self.parse("[s]\nmsg = hello\n   big\n\tworld ; c\nnext = 1\n"),
                         {"s": {"msg": "hello\nbig\nworld", "next": "1"}})

    def test_indented_comment_is_not_continuation(self):
        self.assertEqual(self.parse("[s]\na = 1\n   # note\n"), {"s": {"a": "1"}})

    def test_error_is_value_error(self):
        self.assertTrue(issubclass(IniSyntaxError, ValueError))

    def test_error_unparsable_line(self):
        self.assertSyntaxError("[a]\njust words\n", 2)

    def test_error_empty_section_name(self):
        self.assertSyntaxError("x = 1\n[  ]\n", 2)

    def test_error_empty_key(self):
        self.assertSyntaxError("[s]\n\n = value\n", 3)

    def test_error_continuation_without_entry(self):
        self.assertSyntaxError("   orphan\n", 1)
        self.assertSyntaxError("[s]\nk = v\n[t]\n   orphan\n", 4)

    def test_unclosed_header_is_error(self):
        self.assertSyntaxError("[s\n", 1)


if __name__ == "__main__":
    unittest.main()
