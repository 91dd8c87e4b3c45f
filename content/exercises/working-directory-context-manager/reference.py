# Time O(depth of path) for the optional mkdir plus two chdir calls; space O(1).
import os
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def working_directory(path, create=False):
    """Change into `path` for the duration of a with block, then change back."""
    previous = os.getcwd()
    if create:
        Path(path).mkdir(parents=True, exist_ok=True)
    os.chdir(path)
    try:
        yield Path.cwd()
    finally:
        os.chdir(previous)
