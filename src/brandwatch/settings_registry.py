"""The one list of settings: every dotted path with its type, default and help.

Read from the pydantic models that validate the file (config.py, config_daemon.py, config_review.py,
and each platform's and channel's model, listed by brandwatch.catalogue), so a new field appears here
by itself; its help text is the one thing added by hand, in `HELP` (settings_help.py) or in the
descriptor's `settings_help`, and a test fails for any path without it. `brandwatch config show --explain` and the settings table of
docs/configuration.md (scripts/gen_docs.py) are rendered from this list.
"""

from __future__ import annotations

import typing
from dataclasses import dataclass
from datetime import timedelta
from enum import Enum
from pathlib import Path
from typing import Any, Literal, Union

from annotated_types import Ge, Gt, Le, Lt, MinLen
from pydantic import BaseModel

from brandwatch import catalogue
from brandwatch.config import Settings, union_members
from brandwatch.settings_help import HELP


@dataclass(frozen=True, slots=True)
class Setting:
    path: str  # `daemon.analysis_interval`, `sources[].interval`, `replies.<topic>.clarify`
    type: str
    default: str
    help: str
    section: bool = False  # a group of settings (`daemon`), not a value of its own


def settings_registry() -> list[Setting]:
    """Every setting, parents before their children, in the order the models declare them."""
    found: dict[str, Setting] = {}
    _walk(Settings, "", found, variant=None)
    return list(found.values())


def undocumented() -> list[str]:
    """Paths that have no help text yet."""
    return [s.path for s in settings_registry() if not s.help]


def _help(path: str) -> str:
    """The help text of a setting: settings_help.py, else the descriptor whose model has the field."""
    if path in HELP:
        return HELP[path]
    for descriptor in [*catalogue.platforms.all(), *catalogue.channels.all()]:
        if path in descriptor.settings_help:
            return descriptor.settings_help[path]
    return ""


def _walk(model: type[BaseModel], prefix: str, found: dict[str, Setting], variant: str | None) -> None:
    for name, field in model.model_fields.items():
        if field.exclude:
            continue
        path = prefix + name
        annotation = field.annotation
        nested, container = ((list(union_members(name).values()), "list") if model is Settings and prefix == ""
                             and name in ("sources", "channels") else _nested_models(annotation))
        shown_type = _type_name(annotation, field.metadata) if not nested else _container_name(container)
        default = "required" if field.is_required() else _default_text(field.default)
        previous = found.get(path)
        if name == "type" and variant is not None:
            seen = previous.type.split(" | ") if previous else []
            found[path] = Setting(path, " | ".join([*seen, f"`{variant}`"]), default, _help(path))
            continue
        if previous is not None and variant is not None:
            if variant not in previous.type:  # the same field in another variant: note where it applies
                shown_type = previous.type if previous.type == shown_type else f"{previous.type}; {shown_type}"
            default = previous.default if previous.default == default else f"{previous.default} / {default}"
        if variant is not None and name != "type" and _only_in_variant(model, name):
            shown_type = f"{shown_type} (type `{variant}`)" if f"type `{variant}`" not in shown_type else shown_type
        found[path] = Setting(path, shown_type, default, _help(path), section=bool(nested))
        step = {"list": "[].", "dict": ".<topic>."}.get(container, ".")
        for inner in nested:
            inner_variant = _variant_of(inner) if len(nested) > 1 or container == "list" and "type" in inner.model_fields \
                else None
            _walk(inner, path + step, found, inner_variant)


def _only_in_variant(model: type[BaseModel], name: str) -> bool:
    base = model.__mro__[1]
    return not (isinstance(base, type) and issubclass(base, BaseModel) and name in base.model_fields)


def _variant_of(model: type[BaseModel]) -> str | None:
    annotation = model.model_fields["type"].annotation if "type" in model.model_fields else None
    values = typing.get_args(annotation)
    return str(values[0]) if values else None


def _nested_models(annotation: Any) -> tuple[list[type[BaseModel]], str]:
    """The models a field holds, and how: directly, in a list, or in a dict keyed by topic."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation], "model"
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is list and args:
        return _union_models(args[0]), "list"
    if origin is dict and len(args) == 2:
        return _union_models(args[1]), "dict"
    return [], ""


def _union_models(annotation: Any) -> list[type[BaseModel]]:
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    members = typing.get_args(annotation) if typing.get_origin(annotation) is Union else (annotation,)
    return [m for m in members if isinstance(m, type) and issubclass(m, BaseModel)]


def _container_name(container: str) -> str:
    return {"list": "list", "dict": "map by topic"}.get(container, "section")


def _type_name(annotation: Any, metadata: list[Any]) -> str:
    name = _base_type_name(annotation)
    bounds = _bounds(metadata)
    return f"{name} {bounds}" if bounds else name


def _base_type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin is typing.Annotated:
        return _base_type_name(args[0])
    if origin is Union or (origin is not None and str(origin) == "<class 'types.UnionType'>"):
        parts = [a for a in args if a is not type(None)]
        shown = " or ".join(_base_type_name(a) for a in parts)
        return f"{shown}, optional" if len(parts) < len(args) else shown
    if origin is Literal:
        return " | ".join(f"`{a}`" for a in args)
    if origin is list:
        return f"list of {_base_type_name(args[0])}s" if args else "list"
    if origin is dict:
        return f"map of {_base_type_name(args[1])} by {_base_type_name(args[0])}" if args else "map"
    simple = {bool: "bool", int: "int", float: "number", str: "string", Path: "path", timedelta: "duration"}
    if annotation in simple:
        return simple[annotation]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return " | ".join(f"`{m.value}`" for m in annotation)
    return getattr(annotation, "__name__", str(annotation))


def _bounds(metadata: list[Any]) -> str:
    low = next((f"≥ {m.ge}" for m in metadata if isinstance(m, Ge)), None) or next(
        (f"> {m.gt}" for m in metadata if isinstance(m, Gt)), None)
    high = next((f"≤ {m.le}" for m in metadata if isinstance(m, Le)), None) or next(
        (f"< {m.lt}" for m in metadata if isinstance(m, Lt)), None)
    count = next((f"at least {m.min_length}" for m in metadata if isinstance(m, MinLen)), None)
    shown = ", ".join(p for p in (low, high, count) if p)
    return f"({shown})" if shown else ""


def _default_text(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, BaseModel):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, timedelta):
        return _duration_text(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(str(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{}" if not value else str(value)
    if isinstance(value, Enum):
        return str(value.value)
    return str(value)


def _duration_text(value: timedelta) -> str:
    seconds = int(value.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds and seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def markdown_table(settings: list[Setting] | None = None) -> str:
    """The settings table of docs/configuration.md."""
    rows = ["| key | type | default | meaning |", "|---|---|---|---|"]
    for setting in settings if settings is not None else settings_registry():
        default = f"`{setting.default}`" if setting.default and setting.default != "required" else setting.default
        cells = (f"`{setting.path}`", setting.type, default, setting.help)
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(rows) + "\n"


def effective_values(settings: Settings) -> list[tuple[Setting, Any]]:
    """Each setting not inside a list or map, with its value in `settings` (a whole list for `sources`)."""
    plain = settings.model_dump(mode="json")
    out = []
    for setting in settings_registry():
        if "[" in setting.path or "<" in setting.path:
            continue
        value: Any = plain
        for part in setting.path.split("."):
            value = value.get(part) if isinstance(value, dict) else None
        out.append((setting, value))
    return out
