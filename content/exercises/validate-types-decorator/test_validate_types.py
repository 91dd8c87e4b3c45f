import typing
import unittest

from solution import validate_types


class Animal:
    pass


class Dog(Animal):
    pass


class ValidateTypesTests(unittest.TestCase):
    def ok(self, func, *args, **kwargs):
        """Call func, turning an unexpected TypeError into a test failure."""
        try:
            return func(*args, **kwargs)
        except TypeError as exc:
            self.fail(f"valid call {args!r} {kwargs!r} was rejected: {exc}")

    def test_valid_positional_call(self):
        @validate_types
        def add(a: int, b: int) -> int:
            return a + b

        self.assertEqual(self.ok(add, 2, 3), 5)

    def test_wrong_positional_type_names_parameter(self):
        @validate_types
        def add(a: int, b: int) -> int:
            return a + b

        with self.assertRaises(TypeError) as ctx:
            add(2, "3")
        self.assertIn("b", str(ctx.exception), "the message must name the parameter")

    def test_keyword_argument_is_checked(self):
        @validate_types
        def greet(name: str, punct: str = "!"):
            return name + punct

        self.assertEqual(self.ok(greet, name="Ada", punct="?"), "Ada?")
        with self.assertRaises(TypeError) as ctx:
            greet("Ada", punct=1)
        self.assertIn("punct", str(ctx.exception))

    def test_function_not_called_when_invalid(self):
        calls = []

        @validate_types
        def record(x: int):
            calls.append(x)

        with self.assertRaises(TypeError):
            record(x="nope")
        self.assertEqual(calls, [], "the function must not run when arguments are invalid")

    def test_subclass_instances_accepted(self):
        @validate_types
        def pet(animal: Animal) -> Animal:
            return animal

        dog = Dog()
        self.assertIs(self.ok(pet, dog), dog)
        self.assertEqual(validate_types(lambda: None).__name__, "<lambda>")

    def test_bool_is_an_int(self):
        @validate_types
        def double(n: int) -> int:
            return n * 2

        self.assertEqual(self.ok(double, True), 2, "isinstance(True, int) is True")

    def test_return_type_checked(self):
        @validate_types
        def broken(x: int) -> str:
            return x

        with self.assertRaises(TypeError) as ctx:
            broken(1)
        self.assertIn("return", str(ctx.exception))

    def test_none_return_annotation(self):
        @validate_types
        def ok() -> None:
            return None

        @validate_types
        def bad() -> None:
            return 0

        self.assertIsNone(self.ok(ok))
        with self.assertRaises(TypeError):
            bad()

    def test_union_annotation(self):
        @validate_types
        def size(x: int | None = None, unit: str | bytes = "b"):
            return (x, unit)

        self.assertEqual(self.ok(size, None), (None, "b"))
        self.assertEqual(self.ok(size, 3, b"kb"), (3, b"kb"))
        with self.assertRaises(TypeError):
            size(2.5)

    def test_unchecked_annotations_ignored(self):
        @validate_types
        def loose(a: "int", b: list[int], c: typing.Any, d) -> "str":
            return 5

        self.assertEqual(self.ok(loose, "x", ["y"], object(), None), 5)

    def test_defaults_not_passed_are_not_checked(self):
        @validate_types
        def f(x: int, y: int = None):
            return y

        self.assertIsNone(self.ok(f, 1), "an unpassed default must not be validated")

    def test_var_positional_each_checked(self):
        @validate_types
        def total(*nums: float) -> float:
            return float(sum(nums))

        self.assertEqual(self.ok(total, 1.5, 2.5), 4.0)
        with self.assertRaises(TypeError) as ctx:
            total(1.5, "2", 3.0)
        self.assertIn("nums", str(ctx.exception))

    def test_var_keyword_each_checked(self):
        @validate_types
        def tags(**labels: str):
            return labels

        self.assertEqual(self.ok(tags, env="prod"), {"env": "prod"})
        with self.assertRaises(TypeError):
            tags(env="prod", port=80)
        self.assertEqual(self.ok(tags), {})

    def test_bad_call_shape_still_type_error(self):
        @validate_types
        def one(x: int):
            return x

        with self.assertRaises(TypeError):
            one()
        with self.assertRaises(TypeError):
            one(1, y=2)

    def test_metadata_preserved(self):
        @validate_types
        def documented(x: int) -> int:
            """Docs."""
            return x

        self.assertEqual(documented.__name__, "documented")
        self.assertEqual(documented.__doc__, "Docs.")
        self.assertTrue(hasattr(documented, "__wrapped__"))


if __name__ == "__main__":
    unittest.main()
