import os
import unittest

from solution import temporary_env


class TemporaryEnvTests(unittest.TestCase):
    def test_sets_and_restores_new_key(self):
        env = {"A": "1"}
        with temporary_env(env, {"B": "2"}):
            self.assertEqual(env, {"A": "1", "B": "2"})
        self.assertEqual(env, {"A": "1"}, "a key that did not exist must be removed again")

    def test_overrides_and_restores_existing_key(self):
        env = {"A": "1"}
        with temporary_env(env, {"A": "9"}):
            self.assertEqual(env["A"], "9")
        self.assertEqual(env, {"A": "1"})

    def test_none_removes_temporarily(self):
        env = {"PROXY": "p", "X": "x"}
        with temporary_env(env, {"PROXY": None}):
            self.assertNotIn("PROXY", env)
        self.assertEqual(env, {"PROXY": "p", "X": "x"})

    def test_removing_absent_key_is_fine(self):
        env = {}
        with temporary_env(env, {"NOPE": None}):
            self.assertEqual(env, {})
        self.assertEqual(env, {})

    def test_binds_env(self):
        env = {}
        with temporary_env(env, {}) as bound:
            self.assertIs(bound, env)

    def test_restores_after_exception(self):
        env = {"A": "1"}
        with self.assertRaises(KeyError):
            with temporary_env(env, {"A": "2", "B": "3", "C": None}):
                raise KeyError("boom")
        self.assertEqual(env, {"A": "1"}, "the environment must be restored when the block raises")

    def test_exception_not_suppressed(self):
        err = RuntimeError("exact")
        with self.assertRaises(RuntimeError) as ctx:
            with temporary_env({}, {"K": "v"}):
                raise err
        self.assertIs(ctx.exception, err)

    def test_block_changes_to_named_keys_undone(self):
        env = {"A": "1"}
        with temporary_env(env, {"A": "2", "B": "x"}):
            env["A"] = "from block"
            del env["B"]
        self.assertEqual(env, {"A": "1"})

    def test_block_changes_to_other_keys_kept(self):
        env = {"A": "1", "KEEP": "old"}
        with temporary_env(env, {"A": "2"}):
            env["KEEP"] = "new"
            env["ADDED"] = "yes"
        self.assertEqual(env, {"A": "1", "KEEP": "new", "ADDED": "yes"})

    def test_nested_blocks(self):
        env = {"LEVEL": "0"}
        with temporary_env(env, {"LEVEL": "1"}):
            with temporary_env(env, {"LEVEL": "2"}):
                self.assertEqual(env["LEVEL"], "2")
            self.assertEqual(env["LEVEL"], "1")
        self.assertEqual(env["LEVEL"], "0")

    def test_works_with_os_environ(self):
        key = "PYPREP_TEMP_ENV_TEST_KEY"
        os.environ.pop(key, None)
        with temporary_env(os.environ, {key: "on"}):
            self.assertEqual(os.environ[key], "on")
            self.assertEqual(os.getenv(key), "on")
        self.assertNotIn(key, os.environ)

    def test_empty_string_value_is_set_not_removed(self):
        env = {"A": "1"}
        with temporary_env(env, {"A": ""}):
            self.assertEqual(env, {"A": ""}, "only None removes; '' is a value")
        self.assertEqual(env, {"A": "1"})


if __name__ == "__main__":
    unittest.main()
