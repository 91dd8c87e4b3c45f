# Time O(total number of items and containers), space O(depth): an explicit stack of iterators.


def flatten(nested):
    """Yield the non-list, non-tuple leaves of `nested`, depth-first, left to right."""
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, (list, tuple)):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()
