def build_chain(middlewares, handler):
    """Return app(request) running the middlewares (first = outermost) around handler."""
    raise NotImplementedError


def require_token(tokens):
    """Middleware: 401 unless the request carries 'Authorization: Bearer <known token>'."""
    raise NotImplementedError


def catch_errors():
    """Middleware: turn exceptions from the rest of the chain into a 500 response."""
    raise NotImplementedError


def add_header(name, value):
    """Middleware: set a header on the response produced by the rest of the chain."""
    raise NotImplementedError
