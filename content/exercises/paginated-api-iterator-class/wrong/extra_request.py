

class Paginated:
    """Re-iterable view over a paginated source: fetch_page(n) -> list (pages from 1)."""

    def __init__(self, fetch_page, page_size):
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.fetch_page = fetch_page
        self.page_size = page_size

    def __iter__(self):
        return PageIterator(self.fetch_page, self.page_size)


class PageIterator:
    """One pass over the pages; fetches each page only when needed."""

    def __init__(self, fetch_page, page_size):
        self._fetch_page = fetch_page
        self._page_size = page_size
        self._items = []
        self._pos = 0
        self._next_page = 1
        self._last_seen = False

    def __iter__(self):
        return self

    def __next__(self):
        while self._pos >= len(self._items):
            if self._last_seen:
                raise StopIteration
            self._items = list(self._fetch_page(self._next_page))
            self._next_page += 1
            self._pos = 0
            if not self._items:
                self._last_seen = True
        item = self._items[self._pos]
        self._pos += 1
        return item
