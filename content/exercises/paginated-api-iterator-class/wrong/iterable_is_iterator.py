class Paginated:
    def __init__(self, fetch_page, page_size):
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.fetch_page = fetch_page
        self.page_size = page_size
        self._items, self._pos, self._next_page, self._done = [], 0, 1, False

    def __iter__(self):
        return self

    def __next__(self):
        while self._pos >= len(self._items):
            if self._done:
                raise StopIteration
            self._items = self.fetch_page(self._next_page)
            self._next_page += 1
            self._pos = 0
            self._done = len(self._items) < self.page_size
        self._pos += 1
        return self._items[self._pos - 1]


PageIterator = Paginated
