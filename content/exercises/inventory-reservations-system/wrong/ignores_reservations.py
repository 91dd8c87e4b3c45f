from dataclasses import dataclass


class OutOfStock(Exception):
    """Raised by Inventory.reserve; `shortages` maps each short SKU to the missing units."""

    def __init__(self, shortages):
        super().__init__(f"out of stock: {shortages}")
        self.shortages = shortages


@dataclass
class Product:
    sku: str
    name: str
    price: int
    reorder_level: int
    on_hand: int = 0
    reserved: int = 0

    @property
    def available(self):
        return self.on_hand - self.reserved


def _check_quantity(quantity):
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity <= 0:
        raise ValueError(f"quantity must be a positive integer, got {quantity!r}")


class Inventory:
    def __init__(self):
        self._products = {}
        self._orders = {}

    def _product(self, sku):
        try:
            return self._products[sku]
        except KeyError:
            raise KeyError(f"unknown SKU {sku!r}") from None

    def add_product(self, sku, name, price, reorder_level=0):
        if sku in self._products:
            raise ValueError(f"SKU {sku!r} already exists")
        if price < 0 or reorder_level < 0:
            raise ValueError("price and reorder level must not be negative")
        self._products[sku] = Product(sku, name, price, reorder_level)

    def receive(self, sku, quantity):
        product = self._product(sku)
        _check_quantity(quantity)
        product.on_hand += quantity

    def available(self, sku):
        return self._product(sku).available

    def reserve(self, order_id, lines):
        if order_id in self._orders:
            raise ValueError(f"order {order_id!r} is already open")
        if not lines:
            raise ValueError("an order needs at least one line")
        shortages = {}
        for sku, quantity in lines.items():
            product = self._product(sku)
            _check_quantity(quantity)
            if quantity > product.on_hand:
                shortages[sku] = quantity - product.on_hand
        if shortages:
            raise OutOfStock(shortages)
        for sku, quantity in lines.items():
            self._products[sku].reserved += quantity
        self._orders[order_id] = dict(lines)

    def _close(self, order_id):
        try:
            return self._orders.pop(order_id)
        except KeyError:
            raise KeyError(f"no open order {order_id!r}") from None

    def release(self, order_id):
        for sku, quantity in self._close(order_id).items():
            self._products[sku].reserved -= quantity

    def fulfil(self, order_id):
        for sku, quantity in self._close(order_id).items():
            product = self._products[sku]
            product.reserved -= quantity
            product.on_hand -= quantity

    def low_stock(self):
        return sorted(p.sku for p in self._products.values() if p.available <= p.reorder_level)

    def stock_value(self):
        return sum(p.on_hand * p.price for p in self._products.values())
