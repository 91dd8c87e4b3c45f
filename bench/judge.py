#!/usr/bin/env python3
"""Judge speed, compared with peers in the same run (ratios, not absolute times).

Grades one 12-test unittest exercise four ways and prints the median of each:
  bare       python3 -I -S -c pass                 (interpreter start, the floor)
  in-process python3 -I -S, the same 12 tests run with unittest, no sandbox
  pyprep     pyprep judge EXERCISE SOLUTION --json  (sandbox, harness, report)
  pytest     python3 -m pytest -q on the same tests
Targets: pyprep <= 1.5x in-process, pytest >= 6x pyprep.

Usage: python3 bench/judge.py [--runs N] [--pyprep PATH]
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TESTS = "\n".join(
    f"    def test_{i}(self):\n        self.assertEqual(solution.fib({i}), {f})\n"
    for i, f in enumerate([0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89])
)


def make_exercise(root):
    ex = os.path.join(root, "bench-fib")
    os.makedirs(ex)
    files = {
        "exercise.toml": 'format_version = 1\nid = "bench-fib"\ntitle = "Fib"\ngrading = "unittest"\n'
                         'area = "algorithms"\ndifficulty = "easy"\nhints = ["iterate"]\n',
        "README.md": "# Fib\n",
        "starter.py": "def fib(n):\n    pass\n",
        "reference.py": "def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a\n",
        "test_fib.py": "import unittest\n\nimport solution\n\n\nclass FibTest(unittest.TestCase):\n" + TESTS,
    }
    for name, text in files.items():
        with open(os.path.join(ex, name), "w") as f:
            f.write(text)
    plain = os.path.join(root, "plain")
    os.makedirs(plain)
    shutil.copy(os.path.join(ex, "test_fib.py"), plain)
    shutil.copy(os.path.join(ex, "reference.py"), os.path.join(plain, "solution.py"))
    inproc = os.path.join(root, "inprocess.py")
    with open(inproc, "w") as f:
        f.write(
            "import sys, unittest\n"
            f"sys.path.insert(0, {plain!r})\n"
            "import test_fib\n"
            "suite = unittest.defaultTestLoader.loadTestsFromModule(test_fib)\n"
            "result = unittest.TestResult()\n"
            "suite.run(result)\n"
            "assert result.testsRun == 12 and result.wasSuccessful()\n"
        )
    return ex, plain, inproc


def run_ms(cmd, env=None, cwd=None):
    t0 = time.perf_counter()
    r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, cwd=cwd)
    ms = (time.perf_counter() - t0) * 1000
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr.decode()[-500:]}")
    return ms


def medians(commands, runs):
    """Runs the commands round-robin, so that load on a shared machine hits all of
    them alike, and returns each one's median in ms."""
    times = {name: [] for name in commands}
    for _ in range(runs):
        for name, (cmd, env, cwd) in commands.items():
            times[name].append(run_ms(cmd, env, cwd))
    return {name: statistics.median(t) for name, t in times.items()}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--pyprep", default=None)
    args = ap.parse_args()
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    pyprep = args.pyprep or next(
        (p for p in (os.path.join(here, "target/release/pyprep"), os.path.join(here, "target/debug/pyprep")) if os.path.exists(p)),
        None,
    )
    if not pyprep:
        sys.exit("build pyprep first: cargo build --release")
    python = subprocess.run([os.environ.get("PYPREP_PYTHON", "python3"), "-c", "import sys; print(sys.executable)"],
                            capture_output=True, text=True, check=True).stdout.strip()
    with tempfile.TemporaryDirectory() as root:
        ex, plain, inproc = make_exercise(root)
        home = os.path.join(root, "home")
        env = dict(os.environ, PYPREP_HOME=home, PYPREP_PYTHON=python)
        sol = os.path.join(ex, "reference.py")
        subprocess.run([pyprep, "judge", ex, sol, "--json"], env=env, stdout=subprocess.DEVNULL, check=True)  # warm the cache
        has_pytest = subprocess.run([python, "-c", "import pytest"], capture_output=True).returncode == 0
        commands = {
            "bare": ([python, "-I", "-S", "-c", "pass"], None, None),
            "inprocess": ([python, "-I", "-S", inproc], None, None),
            "pyprep": ([pyprep, "judge", ex, sol, "--json"], env, None),
        }
        if has_pytest:
            commands["pytest"] = ([python, "-m", "pytest", "-q", "test_fib.py"], None, plain)
        m = medians(commands, args.runs)
        bare, inp, judge, pyt = m["bare"], m["inprocess"], m["pyprep"], m.get("pytest")
    print(f"pyprep: {pyprep}\npython: {python}\nmedian of {args.runs} runs, 12-test unittest exercise")
    print(f"  bare interpreter     {bare:8.1f} ms")
    print(f"  in-process, no box   {inp:8.1f} ms")
    print(f"  pyprep judge         {judge:8.1f} ms")
    if pyt is not None:
        print(f"  pytest               {pyt:8.1f} ms")
    print(f"ratio pyprep / in-process = {judge / inp:.2f}  (target <= 1.5)")
    if pyt is not None:
        print(f"ratio pytest / pyprep     = {pyt / judge:.2f}  (target >= 6)")
    else:
        print("pytest is not installed for this interpreter: pip install pytest to compare")


if __name__ == "__main__":
    main()
