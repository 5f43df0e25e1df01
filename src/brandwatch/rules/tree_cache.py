"""Parsed rule files kept on disk between processes, keyed by each file's exact text.

Parsing the bundled rule files with positions (ruamel, pure Python) costs seconds, and every
`brandwatch scan` or daemon start paid it. The parsed tree of a file is stored as a pickle under
$BRANDWATCH_CACHE_DIR (default: $XDG_CACHE_HOME/brandwatch, else ~/.cache/brandwatch), named by
the SHA-256 of the file's label and text together with the brandwatch, ruamel.yaml and Python
versions, so an edited file or an upgrade never reads an old entry. An entry that cannot be read
or unpickled, or whose header does not match, is parsed again and rewritten.

A pickle runs code when loaded, so an entry is only read from a folder and file owned by this user
that no one else can write (as ssh treats its keys); anything else is ignored and parsed afresh.
BRANDWATCH_CACHE_DIR=off turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import platform
import stat
import tempfile
from pathlib import Path
from typing import Any, Callable

import ruamel.yaml

from brandwatch import __version__

CACHE_ENV = "BRANDWATCH_CACHE_DIR"
_FORMAT = "rule-tree-1"
_HEADER = (_FORMAT, __version__, ruamel.yaml.__version__, platform.python_version())


def cache_dir() -> Path | None:
    """Where parsed rule files are kept; None when the cache is off."""
    return cache_folder("rule-trees")


def cache_folder(name: str) -> Path | None:
    """The folder `name` under brandwatch's cache (other start-up caches share it); None when it is off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return None if chosen.strip().lower() in ("", "off") else Path(chosen) / name
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "brandwatch" / name


def cached_parse(label: str, text: str, parse: Callable[[str, str], Any]) -> Any:
    """`parse(label, text)`, or the tree stored by an earlier process for exactly this label and text."""
    folder = cache_dir()
    if folder is None:
        return parse(label, text)
    digest = hashlib.sha256(repr((_HEADER, label, text)).encode("utf-8", "surrogatepass")).hexdigest()
    path = folder / f"{digest}.pickle"
    found = _read(path)
    if found is not None:
        return found
    tree = parse(label, text)
    write_pickle(folder, path, (_HEADER, tree))
    return tree


def private_to_user(path: Path) -> bool:
    """Owned by this user and writable by no one else (or no such file)."""
    try:
        info = path.stat()
    except OSError:
        return False
    return info.st_uid == os.getuid() and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH)


def _read(path: Path) -> Any:
    if not (private_to_user(path.parent) and private_to_user(path)):
        return None
    try:
        header, tree = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - a truncated or foreign entry: parse the file again
        return None
    return tree if header == _HEADER else None


def write_pickle(folder: Path, path: Path, value: Any) -> None:
    """`value` pickled to `path` in `folder` (created private), whole or not at all: a temporary file
    renamed, so a reader never sees half an entry. A read-only or full disk, or a value that will not
    pickle, leaves the cache as it was; the caller has what it computed."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if not private_to_user(folder):
            return
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".partial-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except Exception:  # noqa: BLE001 - the cache is an optimisation, never a failure
        pass
