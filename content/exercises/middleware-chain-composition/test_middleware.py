import unittest

from solution import add_header, build_chain, catch_errors, require_token


def ok_handler(request):
    return {"status": 200, "body": f"hello {request.get('user', 'anon')}", "headers": {}}


def request(auth=None, path="/"):
    headers = {} if auth is None else {"Authorization": auth}
    return {"path": path, "headers": headers}


def recorder(name, log):
    def middleware(req, call_next):
        log.append(f"{name}:in")
        resp = call_next(req)
        log.append(f"{name}:out")
        return resp
    return middleware


class BuildChainTests(unittest.TestCase):
    def test_no_middlewares(self):
        app = build_chain([], ok_handler)
        self.assertEqual(app(request()), {"status": 200, "body": "hello anon", "headers": {}})

    def test_order_first_is_outermost(self):
        log = []
        app = build_chain([recorder("a", log), recorder("b", log), recorder("c", log)], ok_handler)
        app(request())
        self.assertEqual(log, ["a:in", "b:in", "c:in", "c:out", "b:out", "a:out"])

    def test_chain_reusable(self):
        log = []
        app = build_chain([recorder("a", log)], ok_handler)
        app(request()); app(request())
        self.assertEqual(log, ["a:in", "a:out", "a:in", "a:out"])

    def test_middleware_can_replace_request(self):
        def rewrite(req, call_next):
            return call_next({**req, "user": "rewritten"})

        app = build_chain([rewrite], ok_handler)
        self.assertEqual(app(request())["body"], "hello rewritten")

    def test_middleware_can_short_circuit(self):
        called = []

        def handler(req):
            called.append(req)
            return ok_handler(req)

        def block(req, call_next):
            return {"status": 503, "body": "maintenance", "headers": {}}

        app = build_chain([block], handler)
        self.assertEqual(app(request())["status"], 503)
        self.assertEqual(called, [])

    def test_two_chains_independent(self):
        log1, log2 = [], []
        app1 = build_chain([recorder("x", log1)], ok_handler)
        app2 = build_chain([recorder("y", log2)], ok_handler)
        app1(request())
        self.assertEqual((log1, log2), (["x:in", "x:out"], []))
        app2(request())
        self.assertEqual(log2, ["y:in", "y:out"])


class MiddlewareTests(unittest.TestCase):
    def test_require_token_valid(self):
        app = build_chain([require_token({"s3cr3t": "ada"})], ok_handler)
        self.assertEqual(app(request("Bearer s3cr3t")), {"status": 200, "body": "hello ada", "headers": {}})

    def test_require_token_rejects(self):
        called = []
        app = build_chain([require_token({"s3cr3t": "ada"})], lambda r: called.append(r) or ok_handler(r))
        for auth in (None, "s3cr3t", "Bearer wrong", "Basic s3cr3t", "bearer s3cr3t", "Bearer"):
            self.assertEqual(app(request(auth)), {"status": 401, "body": "unauthorized", "headers": {}},
                             f"Authorization {auth!r} must be rejected")
        self.assertEqual(called, [], "the handler must not run for rejected requests")

    def test_catch_errors(self):
        def boom(req):
            raise RuntimeError("db down")

        app = build_chain([catch_errors()], boom)
        self.assertEqual(app(request()), {"status": 500, "body": "internal error", "headers": {}})

    def test_catch_errors_passes_success_through(self):
        app = build_chain([catch_errors()], ok_handler)
        self.assertEqual(app(request())["status"], 200)

    def test_errors_propagate_without_catch(self):
        def boom(req):
            raise KeyError("x")

        app = build_chain([add_header("X", "1")], boom)
        with self.assertRaises(KeyError):
            app(request())

    def test_add_header(self):
        app = build_chain([add_header("X-A", "1"), add_header("X-B", "2")], ok_handler)
        self.assertEqual(app(request())["headers"], {"X-A": "1", "X-B": "2"})

    def test_readme_example(self):
        def hello(req):
            return {"status": 200, "body": f"hello {req['user']}", "headers": {}}

        app = build_chain(
            [catch_errors(), add_header("X-Frame-Options", "DENY"), require_token({"s3cr3t": "ada"})],
            hello,
        )
        self.assertEqual(app(request("Bearer s3cr3t")),
                         {"status": 200, "body": "hello ada", "headers": {"X-Frame-Options": "DENY"}})
        self.assertEqual(app(request()),
                         {"status": 401, "body": "unauthorized", "headers": {"X-Frame-Options": "DENY"}})

    def test_placement_matters(self):
        inner = build_chain([require_token({}), add_header("X", "1")], ok_handler)
        self.assertEqual(inner(request())["headers"], {}, "add_header inside require_token never runs on a 401")


if __name__ == "__main__":
    unittest.main()
