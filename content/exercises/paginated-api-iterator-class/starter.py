class Paginated:
    """Re-iterable view over a paginated source: fetch_page(n) -> list (pages from 1)."""

    def __init__(self, fetch_page, page_size):
        raise NotImplementedError

    def __iter__(self):
        raise NotImplementedError


class PageIterator:
    """One pass over the pages; fetches each page only when needed."""

    def __iter__(self):
        raise NotImplementedError

    def __next__(self):
        raise NotImplementedError
