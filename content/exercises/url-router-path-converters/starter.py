class Router:
    """Map URL paths with typed placeholders to endpoints, and build URLs back."""

    def __init__(self):
        pass

    def add_route(self, pattern, endpoint, methods=None):
        raise NotImplementedError

    def resolve(self, path, method="GET"):
        raise NotImplementedError

    def url_for(self, endpoint, params):
        raise NotImplementedError
