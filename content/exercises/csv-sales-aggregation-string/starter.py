def aggregate_sales(csv_text: str) -> dict:
    """Aggregate units, revenue and top product per region from CSV text."""
    raise NotImplementedError
