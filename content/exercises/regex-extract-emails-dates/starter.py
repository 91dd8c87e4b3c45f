import re
from datetime import date


def extract_contacts(text: str) -> dict:
    """Return {"emails": sorted unique lower-case emails, "dates": ISO dates in order}."""
    raise NotImplementedError
