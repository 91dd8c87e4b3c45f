class Paginated:
    def __init__(self, fetch_page, page_size):
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.fetch_page = fetch_page
        self.page_size = page_size

    def __iter__(self):
        return PageIterator(self.fetch_page, self.page_size)


class PageIterator:
    def __init__(self, fetch_page, page_size):
        self._fetch_page, self._page_size = fetch_page, page_size
        self._items = None
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._items is None:
            self._items, number = [], 1
            while True:
                page = self._fetch_page(number)
                self._items.extend(page)
                number += 1
                if len(page) < self._page_size:
                    break
        if self._pos >= len(self._items):
            raise StopIteration
        self._pos += 1
        return self._items[self._pos - 1]
