def eval_postfix(tokens: list[str]) -> int:
    """Evaluate a postfix expression given as tokens and return its integer value."""
    raise NotImplementedError
