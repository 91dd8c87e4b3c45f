import unittest

from solution import Inventory, OutOfStock


def shop():
    inv = Inventory()
    inv.add_product("MUG", "Coffee mug", 799, reorder_level=5)
    inv.add_product("TEE", "T-shirt", 1500, reorder_level=2)
    inv.receive("MUG", 10)
    inv.receive("TEE", 3)
    return inv


class InventoryTests(unittest.TestCase):
    def test_new_product_has_no_stock(self):
        inv = Inventory()
        inv.add_product("A", "Thing", 100)
        self.assertEqual(inv.available("A"), 0)
        self.assertEqual(inv.stock_value(), 0)

    def test_duplicate_and_invalid_products(self):
        inv = shop()
        with self.assertRaises(ValueError):
            inv.add_product("MUG", "Again", 1)
        with self.assertRaises(ValueError):
            inv.add_product("X", "x", -1)
        with self.assertRaises(ValueError):
            inv.add_product("Y", "y", 1, reorder_level=-2)

    def test_receive_and_available(self):
        inv = shop()
        inv.receive("MUG", 5)
        self.assertEqual(inv.available("MUG"), 15)

    def test_invalid_quantities(self):
        inv = shop()
        for bad in (0, -3, 2.5, True):
            with self.assertRaises(ValueError):
                inv.receive("MUG", bad)
            with self.assertRaises(ValueError):
                inv.reserve("bad", {"MUG": bad})
        self.assertEqual(inv.available("MUG"), 10)

    def test_unknown_sku(self):
        inv = shop()
        for action in (lambda: inv.receive("NOPE", 1), lambda: inv.available("NOPE"),
                       lambda: inv.reserve("o", {"NOPE": 1})):
            with self.assertRaises(KeyError):
                action()

    def test_reserve_reduces_available_not_value(self):
        inv = shop()
        inv.reserve("o1", {"MUG": 6, "TEE": 1})
        self.assertEqual(inv.available("MUG"), 4)
        self.assertEqual(inv.available("TEE"), 2)
        self.assertEqual(inv.stock_value(), 10 * 799 + 3 * 1500, "reserved units are still on hand")

    def test_cannot_promise_same_units_twice(self):
        inv = shop()
        inv.reserve("o1", {"TEE": 2})
        with self.assertRaises(OutOfStock) as ctx:
            inv.reserve("o2", {"TEE": 2})
        self.assertEqual(ctx.exception.shortages, {"TEE": 1})

    def test_reserve_all_or_nothing(self):
        inv = shop()
        inv.reserve("o1", {"MUG": 6})
        with self.assertRaises(OutOfStock) as ctx:
            inv.reserve("o2", {"MUG": 5, "TEE": 4})
        self.assertEqual(ctx.exception.shortages, {"MUG": 1, "TEE": 1}, "report every short SKU")
        self.assertEqual(inv.available("MUG"), 4)
        self.assertEqual(inv.available("TEE"), 3, "a failed order must not reserve anything")
        inv.reserve("o2", {"TEE": 3})

    def test_failed_validation_reserves_nothing(self):
        inv = shop()
        with self.assertRaises(KeyError):
            inv.reserve("o1", {"MUG": 2, "NOPE": 1})
        self.assertEqual(inv.available("MUG"), 10)
        inv.reserve("o1", {"MUG": 2})

    def test_duplicate_or_empty_order(self):
        inv = shop()
        inv.reserve("o1", {"MUG": 1})
        with self.assertRaises(ValueError):
            inv.reserve("o1", {"MUG": 1})
        with self.assertRaises(ValueError):
            inv.reserve("o2", {})

    def test_release(self):
        inv = shop()
        inv.reserve("o1", {"MUG": 6})
        inv.release("o1")
        self.assertEqual(inv.available("MUG"), 10)
        with self.assertRaises(KeyError):
            inv.release("o1")

    def test_fulfil(self):
        inv = shop()
        inv.reserve("o1", {"MUG": 6, "TEE": 3})
        inv.fulfil("o1")
        self.assertEqual(inv.available("MUG"), 4)
        self.assertEqual(inv.available("TEE"), 0)
        self.assertEqual(inv.stock_value(), 4 * 799)
        with self.assertRaises(KeyError):
            inv.fulfil("o1")

    def test_order_id_reusable_after_close(self):
        inv = shop()
        inv.reserve("o1", {"MUG": 1})
        inv.fulfil("o1")
        inv.reserve("o1", {"MUG": 1})
        self.assertEqual(inv.available("MUG"), 8)

    def test_unknown_order(self):
        with self.assertRaises(KeyError):
            shop().fulfil("ghost")

    def test_low_stock_uses_available(self):
        inv = shop()
        self.assertEqual(inv.low_stock(), [])
        inv.reserve("o1", {"MUG": 5})
        self.assertEqual(inv.low_stock(), ["MUG"], "5 available is at the reorder level of 5")
        inv.reserve("o2", {"TEE": 1})
        self.assertEqual(inv.low_stock(), ["MUG", "TEE"])
        inv.release("o1")
        self.assertEqual(inv.low_stock(), ["TEE"])

    def test_low_stock_sorted_and_zero_level(self):
        inv = Inventory()
        for sku in ("c", "a", "b"):
            inv.add_product(sku, sku, 1)
        self.assertEqual(inv.low_stock(), ["a", "b", "c"], "0 available <= reorder level 0")
        inv.receive("b", 1)
        self.assertEqual(inv.low_stock(), ["a", "c"])

    def test_out_of_stock_is_exception(self):
        self.assertTrue(issubclass(OutOfStock, Exception))
        self.assertFalse(issubclass(OutOfStock, (KeyError, ValueError)))


if __name__ == "__main__":
    unittest.main()
