def balanced_parentheses(n: int) -> list[str]:
    """Return every balanced string of n '(' and n ')', in any order.

    balanced_parentheses(2) -> ["(())", "()()"]
    """
    raise NotImplementedError
