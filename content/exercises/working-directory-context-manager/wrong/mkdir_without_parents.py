import os
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def working_directory(path, create=False):
    previous = os.getcwd()
    if create and not os.path.isdir(path):
        os.mkdir(path)
    os.chdir(path)
    try:
        yield Path.cwd()
    finally:
        os.chdir(previous)
