class IniSyntaxError(ValueError):
    """Raised for malformed input; has a 1-based `lineno` attribute."""


def parse_ini(text: str) -> dict:
    """Parse INI-like text into {section: {key: value}}."""
    raise NotImplementedError
