# Time O(n) over the text, space O(n) for the result.
import re

INLINE_COMMENT = re.compile(r"\s[;#].*$")


class IniSyntaxError(ValueError):
    """Raised for malformed input; has a 1-based `lineno` attribute."""

    def __init__(self, message, lineno):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno


def _value(raw):
    return INLINE_COMMENT.sub("", raw).strip()


def parse_ini(text: str) -> dict:
    """Parse INI-like text into {section: {key: value}}."""
    result = {}
    section = "global"
    last_key = None
    for lineno, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[0] in "#;":
            continue
        if line[0].isspace():
            if last_key is None:
                raise IniSyntaxError("continuation line without an entry", lineno)
            entries = result[section]
            entries[last_key] += "\n" + _value(" " + stripped)
            continue
        if stripped.startswith("[") and stripped.endswith("]"):
            name = stripped[1:-1].strip()
            if not name:
                raise IniSyntaxError("empty section name", lineno)
            section = name
            result.setdefault(section, {})
            last_key = None
            continue
        positions = [i for i in (stripped.find("="), stripped.find(":")) if i >= 0]
        if not positions:
            raise IniSyntaxError(f"cannot parse {stripped!r}", lineno)
        cut = min(positions)
        key = stripped[:cut].strip().lower()
        if not key:
            raise IniSyntaxError("empty key", lineno)
        result.setdefault(section, {})[key] = _value(" " + stripped[cut + 1:])
        last_key = key
    return result
