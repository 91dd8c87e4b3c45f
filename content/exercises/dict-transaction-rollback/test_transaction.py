import unittest

from solution import Rollback, transaction


class TransactionTests(unittest.TestCase):
    def test_binds_same_dict(self):
        data = {}
        with transaction(data) as d:
            self.assertIs(d, data, "the block must work on the dict itself")

    def test_commit_keeps_changes(self):
        data = {"a": 1}
        with transaction(data) as d:
            d["a"] = 2
            d["b"] = [1]
        self.assertEqual(data, {"a": 2, "b": [1]})

    def test_exception_restores_top_level(self):
        data = {"a": 1, "b": 2}
        with self.assertRaises(ValueError):
            with transaction(data) as d:
                d["a"] = 100
                del d["b"]
                d["c"] = 3
                raise ValueError
        self.assertEqual(data, {"a": 1, "b": 2})

    def test_exception_propagates_unchanged(self):
        err = KeyError("exact")
        with self.assertRaises(KeyError) as ctx:
            with transaction({}):
                raise err
        self.assertIs(ctx.exception, err)

    def test_nested_list_rolled_back(self):
        data = {"log": [1, 2]}
        with self.assertRaises(RuntimeError):
            with transaction(data) as d:
                d["log"].append(3)
                raise RuntimeError
        self.assertEqual(data, {"log": [1, 2]}, "changes to nested lists must be undone too")

    def test_nested_dict_rolled_back(self):
        data = {"user": {"name": "ada", "tags": {"x"}}}
        with self.assertRaises(RuntimeError):
            with transaction(data) as d:
                d["user"]["name"] = "bob"
                d["user"]["tags"].add("y")
                raise RuntimeError
        self.assertEqual(data, {"user": {"name": "ada", "tags": {"x"}}})

    def test_restored_in_place(self):
        data = {"k": "v"}
        alias = data
        with self.assertRaises(RuntimeError):
            with transaction(data) as d:
                d.clear()
                raise RuntimeError
        self.assertEqual(alias, {"k": "v"}, "other references must see the restored dict")

    def test_rollback_is_suppressed(self):
        data = {"n": 1}
        with transaction(data) as d:
            d["n"] = 2
            raise Rollback
        self.assertEqual(data, {"n": 1})

    def test_rollback_subclass_suppressed(self):
        class Cancel(Rollback):
            pass

        data = {"n": 1}
        with transaction(data) as d:
            d["n"] = 5
            raise Cancel("user cancelled")
        self.assertEqual(data, {"n": 1})

    def test_code_after_rollback_does_not_run(self):
        ran = []
        with transaction({}):
            raise Rollback
            ran.append(True)  # noqa: unreachable on purpose
        self.assertEqual(ran, [])

    def test_nested_transactions(self):
        data = {"v": 0}
        with transaction(data) as outer:
            outer["v"] = 1
            with transaction(data) as inner:
                inner["v"] = 2
                raise Rollback
            self.assertEqual(data["v"], 1, "the inner rollback restores the outer state")
        self.assertEqual(data, {"v": 1})

    def test_transfer_example(self):
        accounts = {"alice": {"balance": 100, "log": []}, "bob": {"balance": 20, "log": []}}

        def transfer(src, dst, amount):
            with transaction(accounts) as acc:
                acc[src]["balance"] -= amount
                acc[src]["log"].append(-amount)
                if acc[src]["balance"] < 0:
                    raise ValueError("insufficient funds")
                acc[dst]["balance"] += amount
                acc[dst]["log"].append(amount)

        transfer("alice", "bob", 30)
        with self.assertRaises(ValueError):
            transfer("bob", "alice", 80)
        self.assertEqual(accounts, {"alice": {"balance": 70, "log": [-30]},
                                    "bob": {"balance": 50, "log": [30]}})


if __name__ == "__main__":
    unittest.main()
