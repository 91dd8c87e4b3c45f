# Building the chain is O(m) for m middlewares; each request runs O(m) wrapper calls plus the handler.


def _wrap(middleware, call_next):
    def app(request):
        return middleware(request, call_next)
    return app


def build_chain(middlewares, handler):
    """Return app(request) running the middlewares (first = outermost) around handler."""
    app = handler
    for middleware in reversed(middlewares):
        app = _wrap(middleware, app)
    return app


def require_token(tokens):
    """Middleware: 401 unless the request carries 'Authorization: Bearer <known token>'."""
    def middleware(request, call_next):
        scheme, _, token = (request["headers"].get("Authorization") or "").partition(" ")
        if scheme != "Bearer" or token not in tokens:
            return {"status": 401, "body": "unauthorized", "headers": {}}
        request["user"] = tokens[token]
        return call_next(request)
    return middleware


def catch_errors():
    """Middleware: turn exceptions from the rest of the chain into a 500 response."""
    def middleware(request, call_next):
        try:
            return call_next(request)
        except Exception:
            return {"status": 500, "body": "internal error", "headers": {}}
    return middleware


def add_header(name, value):
    """Middleware: set a header on the response produced by the rest of the chain."""
    def middleware(request, call_next):
        response = call_next(request)
        response["headers"][name] = value
        return response
    return middleware
