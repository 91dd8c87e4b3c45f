# The in-sandbox driver of pyprep's judge.
#
# It reads one job (JSON) from fd 0, runs the submission's tests one by one and
# writes one JSON record per line to fd 3. It never sees expected values: for the
# "function" and "stdio" modes it reports what the submission returned or printed,
# and the judge compares outside the sandbox. Records:
#   {"t": "hello"}
#   {"t": "syntax_error", "file", "line", "offset", "message", "text"}
#   {"t": "import_error", "error": {...}}
#   {"t": "discovered", "tests": [names]}            (unittest)
#   {"t": "start", "i": k}
#   {"t": "end", "i": k, "status", "time_ms", "stdout", "stdout_truncated",
#    "value" | "error" | "message"}
#   {"t": "done"}
import sys
import os

_write = os.write
_dumps = None
_perf = None


def _emit(record):
    data = (_dumps(record, ensure_ascii=False, allow_nan=False) + "\n").encode("utf-8", "replace")
    view = memoryview(data)
    while view:
        n = _write(3, view)
        view = view[n:]


class _Capture:
    """A text stream that keeps the first `keep` characters and counts the rest."""

    encoding = "utf-8"
    errors = "replace"

    def __init__(self, keep, limit):
        self.parts = []
        self.kept = 0
        self.total = 0
        self.keep = keep
        self.limit = limit

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not " + type(text).__name__)
        self.total += len(text)
        room = self.keep - self.kept
        if room > 0:
            piece = text[:room]
            self.parts.append(piece)
            self.kept += len(piece)
        if self.total > self.limit:
            raise _OutputLimit()
        return len(text)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False

    def fileno(self):
        raise OSError("captured stream has no file descriptor")

    @property
    def buffer(self):
        return _ByteSink(self)

    def text(self):
        return "".join(self.parts)

    def truncated(self):
        return self.total > self.kept


class _ByteSink:
    def __init__(self, cap):
        self.cap = cap

    def write(self, data):
        self.cap.write(bytes(data).decode("utf-8", "replace"))
        return len(data)

    def flush(self):
        pass


class _OutputLimit(BaseException):
    pass


class _NotJSON(Exception):
    pass


def _to_json(value, depth=0):
    if depth > 200:
        raise _NotJSON("a value nested more than 200 levels deep (is it self-referential?)")
    t = type(value)
    if value is None or t is bool or t is str:
        return value
    if t is int:
        return value
    if t is float:
        if value != value:
            return None
        if value in (float("inf"), float("-inf")):
            return "inf" if value > 0 else "-inf"
        return value
    if t is list or t is tuple:
        return [_to_json(v, depth + 1) for v in value]
    if t is dict:
        return {_key(k): _to_json(v, depth + 1) for k, v in value.items()}
    if t is set or t is frozenset:
        items = [_to_json(v, depth + 1) for v in value]
        try:
            return sorted(items)
        except TypeError:
            return sorted(items, key=lambda v: _dumps(v, sort_keys=True))
    module = getattr(t, "__module__", "") or ""
    if module.startswith("numpy"):
        if hasattr(value, "tolist"):
            return _to_json(value.tolist(), depth + 1)
    if module.startswith("pandas"):
        name = t.__name__
        if name == "Series":
            return {"index": _to_json(value.index.tolist(), depth + 1),
                    "values": _to_json(value.tolist(), depth + 1)}
        if name == "DataFrame":
            return {"columns": _to_json(value.columns.tolist(), depth + 1),
                    "index": _to_json(value.index.tolist(), depth + 1),
                    "data": _to_json(value.values.tolist(), depth + 1)}
        if name in ("Timestamp", "Timedelta", "Period"):
            return str(value)
        if value is getattr(sys.modules.get("pandas"), "NA", object()) or name == "NaTType":
            return None
    if isinstance(value, bool):
        return bool(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return _to_json(float(value), depth)
    if isinstance(value, str):
        return str(value)
    if isinstance(value, (list, tuple)):
        return [_to_json(v, depth + 1) for v in list(value)]
    if isinstance(value, dict):
        return {_key(k): _to_json(v, depth + 1) for k, v in dict.items(value)}
    if isinstance(value, (set, frozenset)):
        return _to_json(set(value), depth)
    raise _NotJSON("a value of type %s, which the judge cannot compare; return plain Python values "
                   "(numbers, strings, lists, dicts, None)" % t.__name__)


def _key(k):
    if type(k) is str:
        return k
    if isinstance(k, bool) or k is None:
        return _dumps(k)
    if isinstance(k, (int, float)):
        return _dumps(k)
    if isinstance(k, str):
        return str(k)
    raise _NotJSON("a dict with a key of type %s; dict keys must be strings" % type(k).__name__)


def _format_error(exc, user_dirs):
    import traceback
    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if any(f.filename.startswith(d) for d in user_dirs)]
    lines = []
    for f in frames:
        name = f.filename
        for d in user_dirs:
            if name.startswith(d):
                name = name[len(d):].lstrip("/")
                break
        lines.append('  File "%s", line %s, in %s' % (name, f.lineno, f.name))
        if f.line:
            lines.append("    " + f.line.strip())
    try:
        message = str(exc)
    except BaseException:
        message = "<the exception's message could not be shown>"
    kind = type(exc).__name__
    notes = getattr(exc, "__notes__", None)
    tb = ""
    if lines:
        tb = "Traceback (most recent call last):\n" + "\n".join(lines) + "\n"
    tb += kind + (": " + message if message else "")
    if isinstance(notes, list):
        tb += "".join("\n" + str(n) for n in notes)
    return {"type": kind, "message": message, "traceback": tb}


def _finish(record, elapsed, out):
    """Completes a test's record with its time and captured output, and sends it."""
    record["time_ms"] = elapsed * 1000.0
    record["stdout"] = out.text()
    record["stdout_truncated"] = out.truncated()
    _emit(record)


def _status_of(exc):
    if isinstance(exc, MemoryError):
        return "memory"
    if isinstance(exc, _OutputLimit):
        return "output_limit"
    return "error"


def main():
    global _dumps, _perf
    import json
    from time import perf_counter
    _dumps = json.dumps
    _perf = perf_counter

    raw = b""
    while True:
        chunk = os.read(0, 1 << 16)
        if not chunk:
            break
        raw += chunk
    job = json.loads(raw)
    devnull = os.open("/dev/null", os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    del raw

    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "src")
    job["src_dir"] = src
    job["solution_path"] = os.path.join(src, job["module"] + ".py")
    sys.path[:] = [src] + [p for p in job["site_dirs"] if p]
    user_dirs = [src + "/"]
    keep = job["show_chars"]
    limit = job["output_limit"]
    mode = job["mode"]
    _emit({"t": "hello"})

    solution_path = job["solution_path"]
    with open(solution_path, "rb") as f:
        source = f.read()
    try:
        code = compile(source, solution_path, "exec", dont_inherit=True)
    except SyntaxError as e:
        _emit({"t": "syntax_error", "file": os.path.basename(e.filename or solution_path),
               "line": e.lineno, "offset": e.offset, "message": e.msg,
               "text": (e.text or "").rstrip("\n")})
        _emit({"t": "done"})
        return
    except ValueError as e:
        _emit({"t": "syntax_error", "file": os.path.basename(solution_path), "line": None,
               "offset": None, "message": str(e), "text": ""})
        _emit({"t": "done"})
        return

    if mode == "function":
        _run_function(job, code, user_dirs, keep, limit)
    elif mode == "stdio":
        _run_stdio(job, code, user_dirs, limit)
    elif mode == "unittest":
        _run_unittest(job, user_dirs, keep, limit)
    _emit({"t": "done"})


def _import_submission(job, code, user_dirs, keep, limit):
    import types
    name = job["module"]
    module = types.ModuleType(name)
    module.__file__ = job["solution_path"]
    sys.modules[name] = module
    out = _Capture(keep, limit)
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = out
    try:
        exec(code, module.__dict__)
    except BaseException as e:  # noqa: BLE001 - everything the submission raises is reported
        sys.stdout, sys.stderr = saved
        err = _format_error(e, user_dirs)
        _emit({"t": "import_error", "status": _status_of(e), "error": err,
               "stdout": out.text(), "stdout_truncated": out.truncated()})
        return None
    sys.stdout, sys.stderr = saved
    return module


def _run_function(job, code, user_dirs, keep, limit):
    module = _import_submission(job, code, user_dirs, keep, limit)
    if module is None:
        return
    entry_name = job["entry"]
    entry = getattr(module, entry_name, None)
    cases = job["cases"]
    for i in range(job["start"], len(cases)):
        case = cases[i]
        _emit({"t": "start", "i": i})
        out = _Capture(keep, limit)
        record = {"t": "end", "i": i}
        saved = sys.stdout, sys.stderr
        sys.stdout = sys.stderr = out
        t0 = _perf()
        try:
            if entry is None:
                raise AttributeError("%s.py defines no %s; keep the name from the starter"
                                     % (job["module"], entry_name))
            if "calls" in case:
                value = _run_calls(entry, case["calls"])
            else:
                value = entry(*case.get("args", []), **case.get("kwargs", {}))
            elapsed = _perf() - t0
            sys.stdout, sys.stderr = saved
            try:
                record["value"] = _to_json(value)
                record["status"] = "ok"
            except _NotJSON as e:
                record["status"] = "failed"
                record["message"] = "returned " + str(e)
        except BaseException as e:  # noqa: BLE001
            elapsed = _perf() - t0
            sys.stdout, sys.stderr = saved
            record["status"] = _status_of(e)
            record["error"] = _format_error(e, user_dirs)
        _finish(record, elapsed, out)


def _run_calls(cls, calls):
    results = []
    instance = None
    for name, args in calls:
        if name == "__init__":
            instance = cls(*args)
            results.append(None)
        else:
            if instance is None:
                raise RuntimeError("the test case calls %s before creating the object" % name)
            results.append(getattr(instance, name)(*args))
    return results


def _run_stdio(job, code, user_dirs, limit):
    import io
    cases = job["cases"]
    for i in range(job["start"], len(cases)):
        case = cases[i]
        _emit({"t": "start", "i": i})
        out = _Capture(limit, limit)
        stdin = io.TextIOWrapper(io.BytesIO(case["stdin"].encode("utf-8")), encoding="utf-8")
        saved = sys.stdin, sys.stdout, sys.stderr
        err_cap = _Capture(4096, limit)
        sys.stdin, sys.stdout, sys.stderr = stdin, out, err_cap
        record = {"t": "end", "i": i}
        g = {"__name__": "__main__", "__file__": job["solution_path"], "__builtins__": __builtins__}
        t0 = _perf()
        try:
            exec(code, g)
            record["status"] = "ok"
        except SystemExit as e:
            if e.code is None or e.code == 0:
                record["status"] = "ok"
            else:
                record["status"] = "error"
                record["error"] = {"type": "SystemExit", "message": str(e.code),
                                   "traceback": "the program exited with status %s" % (e.code,)}
        except BaseException as e:  # noqa: BLE001
            record["status"] = _status_of(e)
            record["error"] = _format_error(e, user_dirs)
        elapsed = _perf() - t0
        sys.stdin, sys.stdout, sys.stderr = saved
        record["stderr"] = err_cap.text()
        _finish(record, elapsed, out)


def _snapshot(unittest):
    import unittest.case
    import unittest.result
    classes = [unittest.case.TestCase, unittest.result.TestResult, unittest.suite.TestSuite,
               unittest.loader.TestLoader]
    snap = [(c, dict(c.__dict__)) for c in classes]
    mods = [(m, dict(vars(m))) for m in (unittest.case, unittest.result)]
    return snap, mods


def _tampered(unittest, snap):
    classes, mods = snap
    if sys.modules.get("unittest") is not unittest:
        return "the unittest module in sys.modules was replaced"
    for c, saved in classes:
        now = c.__dict__
        if len(now) != len(saved):
            return "%s gained or lost attributes" % c.__qualname__
        for k, v in saved.items():
            if now.get(k) is not v:
                return "%s.%s was replaced" % (c.__qualname__, k)
    for m, saved in mods:
        now = vars(m)
        for k, v in saved.items():
            if now.get(k) is not v:
                return "%s.%s was replaced" % (m.__name__, k)
    return None


def _run_unittest(job, user_dirs, keep, limit):
    import importlib
    import unittest
    snap = _snapshot(unittest)
    out = _Capture(keep, limit)
    saved = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = out
    tests = []
    try:
        loader = unittest.TestLoader()
        for name in job["test_modules"]:
            module = importlib.import_module(name)
            tests.extend(_flatten(loader.loadTestsFromModule(module)))
    except BaseException as e:  # noqa: BLE001
        sys.stdout, sys.stderr = saved
        _emit({"t": "import_error", "status": _status_of(e), "error": _format_error(e, user_dirs),
               "stdout": out.text(), "stdout_truncated": out.truncated()})
        return
    sys.stdout, sys.stderr = saved
    problem = _tampered(unittest, snap)
    names = [t.id() for t in tests]
    _emit({"t": "discovered", "tests": names})
    if problem:
        _emit({"t": "tampered", "message": problem})
        return
    wanted = job.get("only")
    for i in range(job["start"], len(tests)):
        test = tests[i]
        if wanted is not None and names[i] not in wanted:
            continue
        _emit({"t": "start", "i": i})
        result = unittest.TestResult()
        out = _Capture(keep, limit)
        sys.stdout = sys.stderr = out
        t0 = _perf()
        record = {"t": "end", "i": i}
        try:
            test.run(result)
            elapsed = _perf() - t0
            sys.stdout, sys.stderr = saved
            problem = _tampered(unittest, snap)
            if problem:
                _emit({"t": "tampered", "message": problem})
                return
            if result.testsRun != 1:
                record["status"] = "error"
                record["message"] = "the test framework reported %d tests run instead of 1" % result.testsRun
            elif result.errors or result.unexpectedSuccesses:
                record["status"] = "error"
                for _, tb in result.errors:
                    record["message"] = _trim_tb(tb, user_dirs)
                    last = tb.rstrip().splitlines()[-1] if tb.strip() else ""
                    if last.startswith("MemoryError"):
                        record["status"] = "memory"
                if result.unexpectedSuccesses and "message" not in record:
                    record["message"] = "marked as an expected failure, but it passed"
            elif result.failures:
                record["status"] = "failed"
                record["message"] = _trim_tb(result.failures[0][1], user_dirs)
            elif result.skipped:
                record["status"] = "skipped"
                record["message"] = result.skipped[0][1]
            else:
                record["status"] = "ok"
        except BaseException as e:  # noqa: BLE001
            elapsed = _perf() - t0
            sys.stdout, sys.stderr = saved
            record["status"] = _status_of(e)
            record["error"] = _format_error(e, user_dirs)
        _finish(record, elapsed, out)


def _flatten(suite):
    import unittest
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _flatten(item)
        else:
            yield item


def _trim_tb(tb, user_dirs):
    """Keeps only the user's frames of a formatted unittest traceback."""
    lines = tb.rstrip("\n").split("\n")
    out = []
    keep_next = False
    started = False
    for line in lines:
        if line.startswith("Traceback"):
            out.append(line)
            started = True
            continue
        stripped = line.lstrip()
        if stripped.startswith('File "'):
            path = stripped[6:].split('"', 1)[0]
            keep_next = any(path.startswith(d) for d in user_dirs)
            if keep_next:
                for d in user_dirs:
                    if path.startswith(d):
                        line = line.replace(path, path[len(d):].lstrip("/"), 1)
                        break
                out.append(line)
            continue
        if started and line.startswith("    ") and not line.startswith("     ^"):
            if keep_next:
                out.append(line)
            continue
        if line.strip() and set(line.strip()) <= set("^~ "):
            continue
        keep_next = False
        out.append(line)
    return "\n".join(out)


if __name__ == "__main__":
    main()
    # Every record is already written (unbuffered). Skip interpreter teardown, and
    # do not wait for threads the submission left running.
    for stream in (sys.__stdout__, sys.__stderr__):
        try:
            stream.flush()
        except BaseException:  # noqa: BLE001
            pass
    os._exit(0)
