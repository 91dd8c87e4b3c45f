import re
from urllib.parse import urlencode

CONVERTERS = {
    "int": (r"\d+", int),
    "str": (r"[^/]+", str),
    "path": (r".+", str),
}
PLACEHOLDER = re.compile(r"<(?:(\w+):)?(\w+)>")


class Route:
    def __init__(self, pattern, endpoint, methods):
        self.endpoint = endpoint
        self.methods = {m.upper() for m in methods}
        self.parts = []          # literal strings and (converter, name) tuples
        regex, pos = [], 0
        for match in PLACEHOLDER.finditer(pattern):
            literal = pattern[pos:match.start()]
            converter = match.group(1) or "str"
            if converter not in CONVERTERS:
                raise ValueError(f"unknown converter {converter!r}")
            name = match.group(2)
            regex.append(re.escape(literal))
            regex.append(f"(?P<{name}>{CONVERTERS[converter][0]})")
            self.parts += [literal, (converter, name)]
            pos = match.end()
        regex.append(re.escape(pattern[pos:]))
        self.parts.append(pattern[pos:])
        self.regex = re.compile("".join(regex))
        self.converters = {p[1]: p[0] for p in self.parts if isinstance(p, tuple)}

    def match(self, path):
        m = self.regex.fullmatch(path)
        if m is None:
            return None
        return {name: CONVERTERS[self.converters[name]][1](value)
                for name, value in m.groupdict().items()}

    def build(self, params):
        out = []
        for part in self.parts:
            if isinstance(part, str):
                out.append(part)
                continue
            converter, name = part
            if name not in params:
                return None
            value = str(params[name])
            if not re.fullmatch(CONVERTERS[converter][0], value):
                return None
            out.append(value)
        extra = sorted((k, v) for k, v in params.items() if k not in self.converters)
        return "".join(out) + ("?" + urlencode(extra) if extra else "")


class Router:
    """Map URL paths with typed placeholders to endpoints, and build URLs back."""

    def __init__(self):
        self._routes = []

    def add_route(self, pattern, endpoint, methods=None):
        self._routes.append(Route(pattern, endpoint, methods or ["GET"]))

    def resolve(self, path, method="GET"):
        method = method.upper()
        allowed = set()
        for route in self._routes:
            params = route.match(path)
            if params is None:
                continue
            if method in route.methods:
                return {"endpoint": route.endpoint, "params": params}
            allowed |= route.methods
        return {"error": 404}

    def url_for(self, endpoint, params):
        for route in self._routes:
            if route.endpoint == endpoint:
                return route.build(params)
        return None
