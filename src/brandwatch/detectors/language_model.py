"""py3langid's model, loaded from a ready-built copy kept in brandwatch's cache.

py3langid ships its model as an xz-compressed numpy archive and decompresses and converts it on every
process start (about 0.9 s on the project machine, the largest single cost of a one-post `brandwatch
scan`). The first process stores the converted model (the arrays py3langid's own loader returns) as a
pickle under $BRANDWATCH_CACHE_DIR/langid, the folder the rule parse cache uses (BRANDWATCH_CACHE_DIR=off
turns both off); later processes read it in about a tenth of the time. The entry's name and header
carry py3langid's version and the SHA-256 of the shipped file, so an upgrade never reads an old copy;
the numbers are the same, so the answers are the same.

A pickle runs code when loaded, so, as in rules/tree_cache.py, an entry is only read from a folder and
file owned by this user that no one else can write. An entry that cannot be read or unpickled, whose
header does not match, or whose arrays do not fit together is ignored and rebuilt from the shipped file.
"""

from __future__ import annotations

import hashlib
import pickle
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from brandwatch.rules.tree_cache import cache_folder, private_to_user, write_pickle

_FORMAT = "langid-model-1"


def identifier() -> Any:
    """A py3langid LanguageIdentifier with normalised probabilities, built as py3langid builds it."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    parts = _model_parts(MODEL_DIR / MODEL_FILE)
    if parts is None:
        from py3langid.modelio import load_model  # what LanguageIdentifier.from_model_file reads

        parts = tuple(load_model(MODEL_DIR / MODEL_FILE))
    ptc, pc, classes, nextmove, row, output = parts
    return LanguageIdentifier(widened(ptc), pc, classes, nextmove, output, norm_probs=True, tk_row=row)


def walk_depth(identifier: Any) -> int:
    """How many bytes deep the identifier's automaton goes (language_batch.automaton_depth). The
    bundled model's depth ships as a constant (language_batch.KNOWN_DEPTHS, by its file's SHA-256);
    another model's is searched (most of a second), and kept in the cache beside the model under the
    same version and digest where the cache is on."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    from brandwatch.detectors.language_batch import KNOWN_DEPTHS, automaton_depth, model_arrays

    digest = model_digest(MODEL_DIR / MODEL_FILE)
    if digest in KNOWN_DEPTHS:
        return KNOWN_DEPTHS[digest]
    folder = cache_folder("langid") if digest is not None else None
    header = (_FORMAT, _package_version(), digest, "depth")
    path = folder / f"{header[1]}-{digest}.depth" if folder is not None else None
    if path is not None and private_to_user(path.parent) and private_to_user(path):
        try:
            stored_header, depth = pickle.loads(path.read_bytes())
            if stored_header == header and isinstance(depth, int) and depth > 0:
                return depth
        except Exception:  # noqa: BLE001 - a truncated or foreign entry: measured again
            pass
    depth = automaton_depth(*model_arrays(identifier)[:2])
    if path is not None:
        write_pickle(path.parent, path, (header, depth))
    return depth


def model_digest(shipped: Path) -> str | None:
    """The SHA-256 of py3langid's model file (a few milliseconds); None where it cannot be read."""
    try:
        return hashlib.sha256(shipped.read_bytes()).hexdigest()
    except OSError:
        return None


def widened(ptc: Any) -> Any:
    """The per-feature table in float32 instead of the shipped float16.

    Scoring gathers a post's rows of this table and multiplies them in float32; numpy widens float16
    rows to float32 first (exactly: every float16 is a float32), and that conversion was half of the
    scoring time. Widened once at load, the rows are the same float32 numbers going into the same
    product, so every score is the same (tests/detectors/test_language_model_cache.py checks it on a
    corpus). Costs ~28 MB more memory (the float16 copy is dropped) and ~20 ms at start-up."""
    import numpy as np

    return np.asarray(ptc, dtype=np.float32)


def _model_parts(shipped: Path) -> tuple | None:
    """py3langid's `load_model` result for the shipped file, from the cache when it holds it."""
    folder = cache_folder("langid")
    if folder is None:
        return None
    digest = model_digest(shipped)
    if digest is None:
        return None
    header = (_FORMAT, _package_version(), digest)
    path = folder / f"{header[1]}-{digest}.pickle"
    found = _read(path, header)
    if found is not None:
        return found
    from py3langid.modelio import load_model

    parts = tuple(load_model(shipped))
    write_pickle(folder, path, (header, parts))
    return parts


def _read(path: Path, header: tuple) -> tuple | None:
    if not (private_to_user(path.parent) and private_to_user(path)):
        return None
    try:
        stored_header, parts = pickle.loads(path.read_bytes())
    except Exception:  # noqa: BLE001 - a truncated or foreign entry: rebuilt from the shipped model
        return None
    return parts if stored_header == header and _fits(parts) else None


def _fits(parts: Any) -> bool:
    """The shape py3langid's loader returns: a class per column, an output slot per automaton state."""
    try:
        ptc, pc, classes, nextmove, row, output = parts
        return (ptc.ndim == 2 and ptc.shape[1] == len(pc) == len(classes) and len(row) == len(output)
                and len(nextmove) % 256 == 0)
    except Exception:  # noqa: BLE001 - anything else is not a model
        return False




def _package_version() -> str:
    try:
        return version("py3langid")
    except PackageNotFoundError:
        return "unknown"
