import os
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def working_directory(path, create=False):
    previous = os.getcwd()
    if create:
        Path(path).mkdir(parents=True, exist_ok=True)
    os.chdir(path)
    yield Path.cwd()
    os.chdir(previous)
