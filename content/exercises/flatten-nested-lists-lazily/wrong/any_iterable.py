from collections.abc import Iterable


def flatten(nested):
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, Iterable):
                stack.append(iter(item))
                break
            yield item
        else:
            stack.pop()
