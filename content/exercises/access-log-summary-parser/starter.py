def summarize_access_log(log_text: str) -> dict:
    """Summarise Common Log Format lines; see the statement for the keys."""
    raise NotImplementedError
