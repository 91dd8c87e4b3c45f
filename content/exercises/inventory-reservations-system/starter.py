class OutOfStock(Exception):
    """Raised by Inventory.reserve; `shortages` maps each short SKU to the missing units."""

    def __init__(self, shortages):
        super().__init__(f"out of stock: {shortages}")
        self.shortages = shortages


class Inventory:
    def __init__(self):
        raise NotImplementedError
