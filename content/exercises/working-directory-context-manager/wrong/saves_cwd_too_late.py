import os
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def working_directory(path, create=False):
    if create:
        Path(path).mkdir(parents=True, exist_ok=True)
    os.chdir(path)
    previous = os.getcwd()
    try:
        yield Path.cwd()
    finally:
        os.chdir(previous)
