import os
import tempfile
import unittest
from pathlib import Path

from solution import working_directory


class WorkingDirectoryTests(unittest.TestCase):
    def setUp(self):
        self.start = os.getcwd()
        self.tmp = tempfile.TemporaryDirectory()
        self.base = Path(self.tmp.name).resolve()
        (self.base / "sub").mkdir()

    def tearDown(self):
        os.chdir(self.start)  # never leave the test process elsewhere, even if a test failed
        self.tmp.cleanup()

    def cwd(self):
        return Path(os.getcwd()).resolve()

    def test_changes_and_restores(self):
        with working_directory(self.base):
            self.assertEqual(self.cwd(), self.base)
        self.assertEqual(os.getcwd(), self.start)

    def test_binds_absolute_path(self):
        with working_directory(str(self.base)) as p:
            self.assertIsInstance(p, Path)
            self.assertTrue(p.is_absolute())
            self.assertEqual(p.resolve(), self.base)

    def test_relative_path(self):
        os.chdir(self.base)
        with working_directory("sub") as p:
            self.assertEqual(self.cwd(), self.base / "sub")
            self.assertEqual(p.resolve(), self.base / "sub")
        self.assertEqual(self.cwd(), self.base)

    def test_restores_after_exception(self):
        with self.assertRaises(ZeroDivisionError):
            with working_directory(self.base):
                1 / 0
        self.assertEqual(os.getcwd(), self.start, "the directory must be restored when the block raises")

    def test_exception_object_propagates(self):
        err = KeyError("exact")
        with self.assertRaises(KeyError) as ctx:
            with working_directory(self.base):
                raise err
        self.assertIs(ctx.exception, err)

    def test_missing_directory_without_create(self):
        with self.assertRaises(FileNotFoundError):
            with working_directory(self.base / "missing"):
                self.fail("the block must not run")
        self.assertEqual(os.getcwd(), self.start)
        self.assertFalse((self.base / "missing").exists(), "nothing may be created without create=True")

    def test_create_nested_directories(self):
        target = self.base / "x" / "y" / "z"
        with working_directory(target, create=True) as p:
            self.assertEqual(p.resolve(), target)
        self.assertTrue(target.is_dir())
        self.assertEqual(os.getcwd(), self.start)

    def test_create_existing_directory_is_fine(self):
        with working_directory(self.base / "sub", create=True):
            self.assertEqual(self.cwd(), self.base / "sub")

    def test_nested_blocks(self):
        with working_directory(self.base):
            with working_directory("sub"):
                self.assertEqual(self.cwd(), self.base / "sub")
            self.assertEqual(self.cwd(), self.base)
        self.assertEqual(os.getcwd(), self.start)

    def test_files_created_relative_to_new_cwd(self):
        with working_directory(self.base / "sub"):
            Path("note.txt").write_text("hi")
        self.assertEqual((self.base / "sub" / "note.txt").read_text(), "hi")

    def test_readme_example(self):
        with working_directory(self.base) as p:
            with working_directory("a/b", create=True) as inner:
                self.assertEqual(inner.resolve(), (p / "a" / "b").resolve())
            self.assertEqual(self.cwd(), p.resolve())
        self.assertEqual(os.getcwd(), self.start)


if __name__ == "__main__":
    unittest.main()
