import logging
import unittest

from solution import suppress_and_log

LOG = logging.getLogger("pyprep.suppress.test")


class SuppressAndLogTests(unittest.TestCase):
    def test_suppresses_listed_exception(self):
        with self.assertLogs(LOG, level="DEBUG"):
            with suppress_and_log(LOG, KeyError):
                {}["missing"]

    def test_message_format(self):
        with self.assertLogs(LOG, level="DEBUG") as logs:
            with suppress_and_log(LOG, KeyError):
                raise KeyError("missing")
        self.assertEqual(len(logs.records), 1)
        self.assertEqual(logs.records[0].getMessage(), "suppressed KeyError: 'missing'")

    def test_default_level_warning(self):
        with self.assertLogs(LOG, level="DEBUG") as logs:
            with suppress_and_log(LOG, ValueError):
                raise ValueError("bad")
        self.assertEqual(logs.records[0].levelno, logging.WARNING)

    def test_custom_level(self):
        with self.assertLogs(LOG, level="DEBUG") as logs:
            with suppress_and_log(LOG, ValueError, level=logging.INFO):
                raise ValueError("bad")
        self.assertEqual(logs.records[0].levelno, logging.INFO)

    def test_exc_info_attached(self):
        with self.assertLogs(LOG, level="DEBUG") as logs:
            with suppress_and_log(LOG, ValueError):
                raise ValueError("with traceback")
        info = logs.records[0].exc_info
        self.assertIsNotNone(info, "attach the exception with exc_info")
        self.assertIs(info[0], ValueError)
        self.assertIsNotNone(info[2], "the traceback must be kept")

    def test_subclass_is_suppressed(self):
        with self.assertLogs(LOG, level="DEBUG") as logs:
            with suppress_and_log(LOG, OSError) as s:
                raise FileNotFoundError("gone")
        self.assertIsInstance(s.exception, FileNotFoundError)
        self.assertTrue(logs.records[0].getMessage().startswith("suppressed FileNotFoundError:"))

    def test_several_types(self):
        for exc in (KeyError("k"), IndexError("i")):
            with self.assertLogs(LOG, level="DEBUG"):
                with suppress_and_log(LOG, KeyError, IndexError):
                    raise exc

    def test_unlisted_exception_propagates_without_log(self):
        with self.assertNoLogs(LOG, level="DEBUG"):
            with self.assertRaises(ZeroDivisionError):
                with suppress_and_log(LOG, KeyError):
                    1 / 0

    def test_no_exception_no_log(self):
        with self.assertNoLogs(LOG, level="DEBUG"):
            with suppress_and_log(LOG, KeyError) as s:
                pass
        self.assertIsNone(s.exception)

    def test_binds_itself_and_stores_exception(self):
        cm = suppress_and_log(LOG, ValueError)
        err = ValueError("stored")
        with self.assertLogs(LOG, level="DEBUG"):
            with cm as bound:
                raise err
        self.assertIs(bound, cm)
        self.assertIs(cm.exception, err)

    def test_exception_reset_on_reentry(self):
        cm = suppress_and_log(LOG, ValueError)
        with self.assertLogs(LOG, level="DEBUG"):
            with cm:
                raise ValueError
        with cm:
            pass
        self.assertIsNone(cm.exception, "entering again must reset .exception")

    def test_requires_exception_types(self):
        with self.assertRaises(ValueError):
            suppress_and_log(LOG)

    def test_code_after_with_runs(self):
        steps = []
        with self.assertLogs(LOG, level="DEBUG"):
            with suppress_and_log(LOG, RuntimeError):
                steps.append("before")
                raise RuntimeError
                steps.append("never")  # noqa
        steps.append("after")
        self.assertEqual(steps, ["before", "after"])


if __name__ == "__main__":
    unittest.main()
