"""Typed settings from config/brandwatch.yaml. Secrets never live here: they come from the environment.

Lookup order for the file: --config, then $BRANDWATCH_CONFIG, then ./config/brandwatch.yaml; with none,
built-in defaults with no brand, so `scan` on someone else's data is brand-agnostic.
Relative paths written in a config file are resolved against the directory that holds the file;
defaults (data_dir `var`) are relative to the working directory.
"""

from __future__ import annotations

import os
import re
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal, Union

from pydantic import (BaseModel, ConfigDict, Field, SerializeAsAny, TypeAdapter, ValidationError, field_validator,
                      model_validator)

from brandwatch import catalogue
from brandwatch.config_daemon import DaemonSettings, SpikeSettings
from brandwatch.config_review import ChannelBase, ReplyTemplate, Review
from brandwatch.config_sla import Sla
from brandwatch.durations import Duration
from brandwatch.errors import ConfigError
from brandwatch.query_syntax import QuerySyntaxError, parse_query
from brandwatch.yamlsource import YamlSyntaxError, load_yaml, position_of, scalar_position, suggestion, to_plain

DEFAULT_CONFIG_PATH = Path("config/brandwatch.yaml")
DEFAULT_SENTIMENT_MODEL = "cardiffnlp/twitter-roberta-base-sentiment-latest"


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _checked_query(value: str | None) -> str | None:
    """Settings built in code get the query checked too (a file's queries are checked first, with
    their line and column: parse_settings)."""
    if value is not None:
        parse_query(value)  # QuerySyntaxError is a ValueError: pydantic reports it
    return value


class Brand(Strict):
    name: str
    aliases: list[str] = []
    products: list[str] = []
    # The brand's own accounts by platform name (x, reddit, instagram, tiktok, ...), as roster columns are.
    handles: dict[str, list[str]] = {}
    # A Boolean query (docs/queries.md) that decides which posts concern the brand; None: its names.
    query: str | None = None
    # IANA zone where the brand works: roster start/end dates are calendar dates there.
    timezone: str = "UTC"

    @field_validator("handles")
    @classmethod
    def _platform_names(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for platform in value:
            if not re.fullmatch(r"[a-z][a-z0-9_]{0,30}", platform):
                raise ValueError(f"'{platform}' is not a platform name (lower case letters, digits, _; e.g. instagram)")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"'{value}' is not an IANA time zone name (e.g. America/New_York)") from None
        return value

    @field_validator("query")
    @classmethod
    def _query_parses(cls, value: str | None) -> str | None:
        return _checked_query(value)

    @property
    def zone(self):
        from zoneinfo import ZoneInfo

        return ZoneInfo(self.timezone)  # tzdata (a dependency) supplies zones where the OS has none

    @property
    def terms(self) -> list[str]:
        """Every name a post may use for the brand: name, aliases, products, handles."""
        handles = [h for hs in self.handles.values() for h in hs]
        return [self.name, *self.aliases, *self.products, *handles]


class Competitor(Strict):
    """A competitor watched beside the brands; its posts are not the brand's."""

    name: str
    aliases: list[str] = []
    query: str | None = None  # None: its name and aliases

    @field_validator("query")
    @classmethod
    def _query_parses(cls, value: str | None) -> str | None:
        return _checked_query(value)

    @property
    def terms(self) -> list[str]:
        """Every name a post may use for the competitor."""
        return [self.name, *self.aliases]


class Confidential(Strict):
    code_names: list[str] = []
    internal_domains: list[str] = []
    ticket_prefixes: list[str] = []


class SourceBase(Strict):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]*$")
    enabled: bool = True
    interval: Duration = timedelta(minutes=5)
    jitter: Duration = timedelta(seconds=30)
    # After a failed run the next one waits retry_backoff, doubling per failure up to the cap.
    retry_backoff: Duration = timedelta(seconds=30)
    retry_backoff_cap: Duration = timedelta(minutes=30)
    # A rate-limited source waits until the platform's reset time, but never longer than this.
    rate_limit_wait_cap: Duration = timedelta(minutes=15)
    request_timeout: Duration = timedelta(seconds=30)


def _union_of(descriptors: list[Any], base: type[BaseModel]) -> TypeAdapter:
    models = tuple(d.config for d in descriptors)
    return TypeAdapter(list[Annotated[Union[models], Field(discriminator="type")]] if models else list[base])


_unions: dict[str, tuple[int, TypeAdapter]] = {}


def _validate_union(section: str, value: Any) -> Any:
    """Validate `sources:` or `channels:` against the models the catalogue lists now, as one pydantic
    discriminated union (rebuilt when a descriptor is registered); errors keep their item locations."""
    if not value:
        return []
    listed = _CATALOGUES[section]
    cached = _unions.get(section)
    if cached is None or cached[0] != listed.version:
        cached = (listed.version, _union_of(listed.all(), _BASES[section]))
        _unions[section] = cached
    return cached[1].validate_python(value)


def union_members(section: str) -> dict[str, type[BaseModel]]:
    """The models `sources:` or `channels:` accept, by their `type`."""
    return {d.name: d.config for d in _CATALOGUES[section].all()}


_CATALOGUES = {"sources": catalogue.platforms, "channels": catalogue.channels}
_BASES: dict[str, type[BaseModel]] = {"sources": SourceBase, "channels": ChannelBase}
# Each source is its platform's model (catalogue.PlatformDescriptor.config); typed by their base.
Source = SourceBase


class Sentiment(Strict):
    backend: Literal["auto", "transformers", "vader"] = "auto"
    model: str = DEFAULT_SENTIMENT_MODEL
    local_model_dir: Path | None = None  # a locally trained model; None: <data_dir>/models/sentiment
    batch_size: int = Field(default=32, ge=1, le=1024)
    max_length: int = Field(default=128, ge=8, le=512)
    threads: int | None = Field(default=None, ge=1)
    quantize: Literal["none", "int8"] = "none"
    runtime: Literal["torch", "onnx"] = "torch"  # onnx: exported once, cached under data_dir/models/onnx
    # The daemon trains the offline model in the background when `auto` finds none (daemon/autotrain.py).
    auto_train: bool = True
    auto_train_nice: int = Field(default=19, ge=0, le=19)
    auto_train_args: list[str] = []  # extra `brandwatch models train` options, e.g. ["--threads", "1"]


class Database(Strict):
    url: str | None = None  # None: SQLite under data_dir


class Rosters(Strict):
    employees: Path | None = None
    partners: Path | None = None


class Complaints(Strict):
    threshold: float = Field(default=0.5, ge=0, le=1)
    # With the multi-task model: its decision threshold and the share of cue evidence added to its
    # complaint log-odds, both chosen on the complaint corpus's validation split (docs/detectors.md).
    model_threshold: float = Field(default=0.6, ge=0, le=1)
    model_cue_share: float = Field(default=1.0, ge=0, le=2)
    # Without that model (the default install): the share of the learned complaint reader's log-odds
    # added to the cue evidence (0 turns the reader off), and log-odds added beside it; `threshold`
    # still decides. Chosen on the corpus's validation split (weight 0.5 deciding at 0.45, i.e. an
    # offset of logit(0.5) - logit(0.45) = 0.2 at threshold 0.5), checked on hand-written batches by
    # other writers (bench/complaint_reader_experiment.py, docs/detectors.md).
    reader_weight: float = Field(default=0.5, ge=0, le=4)
    reader_offset: float = Field(default=0.2, ge=-3, le=3)
    # The reader's share on posts detected in Spanish, French, German or Portuguese: far fewer cues read
    # those, so the reader carries more of the evidence there (bench/frozen_complaints.py --set, per
    # language, on the hand-written batches; docs/detectors.md).
    reader_weight_other_languages: float = Field(default=1.0, ge=0, le=4)


class AnalysisLimits(Strict):
    # Posts longer than this get sentiment and complaint cues on their first this-many characters only
    # (and are flagged); rules, leak rules included, still read the whole post.
    costly_prefix_chars: int = Field(default=20_000, ge=500)


class RouteMatch(Strict):
    category: list[str] = []
    kind: list[str] = []
    severity: list[str] = []
    rule: list[str] = []
    brand: list[str] = []

    @field_validator("*", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value


class Route(Strict):
    match: RouteMatch = RouteMatch()
    team: str
    channels: list[str] = []


class Settings(Strict):
    brands: list[Brand] = []
    competitors: list[Competitor] = []
    confidential: Confidential = Confidential()
    sources: list[SerializeAsAny[SourceBase]] = []
    sentiment: Sentiment = Sentiment()
    database: Database = Database()
    data_dir: Path = Path("var")
    rosters: Rosters = Rosters()
    complaints: Complaints = Complaints()
    analysis: AnalysisLimits = AnalysisLimits()
    routing: list[Route] = []
    channels: list[SerializeAsAny[ChannelBase]] = []
    replies: dict[Literal["product", "staff", "policy", "other"], ReplyTemplate] = {}
    review: Review = Review()
    sla: Sla = Sla()
    retention_days: int = Field(default=365, ge=1)
    daemon: DaemonSettings = DaemonSettings()
    spikes: SpikeSettings = SpikeSettings()
    source_file: Path | None = Field(default=None, exclude=True)

    @field_validator("sources", "channels", mode="wrap")
    @classmethod
    def _one_model_per_type(cls, value: Any, handler: Any, info: Any) -> Any:
        return _validate_union(info.field_name, value)

    @model_validator(mode="after")
    def _competitors_are_not_brands(self) -> "Settings":
        # Share of voice tells a brand from a competitor by name: one name cannot be both.
        brands = {brand.name.casefold() for brand in self.brands}
        for index, competitor in enumerate(self.competitors):
            if competitor.name.casefold() in brands:
                raise ValueError(f"competitors.{index}.name: " + _SAME_AS_BRAND.format(name=competitor.name))
        return self

    @model_validator(mode="after")
    def _routes_name_known_channels(self) -> "Settings":
        names = [channel.name for channel in self.channels]
        if len(set(names)) != len(names):
            raise ValueError(f"channels: duplicate channel names in {names}")
        for index, route in enumerate(self.routing):
            for name in route.channels:
                if name not in names:
                    raise ValueError(f"routing.{index}.channels: unknown channel '{name}'"
                                     f"{suggestion(name, names)}; define it under 'channels:'")
        for index, level in enumerate(self.sla.escalation):
            for name in level.channels:
                if name not in names:
                    raise ValueError(f"sla.escalation.{index}.channels: unknown channel '{name}'"
                                     f"{suggestion(name, names)}; define it under 'channels:'")
        return self

    @property
    def database_url(self) -> str:
        if self.database.url:
            return self.database.url
        return f"sqlite:///{(self.data_dir / 'brandwatch.db').as_posix()}"

    @property
    def brand_terms(self) -> list[str]:
        return [term for brand in self.brands for term in brand.terms]

    @property
    def watched_terms(self) -> list[str]:
        """What the collectors search for by name: the brands' and the competitors' names."""
        return self.brand_terms + [term for competitor in self.competitors for term in competitor.terms]


# Path-valued settings resolved against the config file's directory, as (section, field) pairs.
_RELATIVE_PATHS = [(None, "data_dir"), ("rosters", "employees"), ("rosters", "partners"),
                   ("sentiment", "local_model_dir"), ("daemon", "rules_dir")]


def resolve_config_path(explicit: str | Path | None) -> Path | None:
    """Which config file applies: --config, then $BRANDWATCH_CONFIG, then ./config/brandwatch.yaml."""
    if explicit:
        return Path(explicit)
    from_env = os.environ.get("BRANDWATCH_CONFIG")
    if from_env:
        return Path(from_env)
    return DEFAULT_CONFIG_PATH if DEFAULT_CONFIG_PATH.is_file() else None


def load_settings(explicit: str | Path | None = None) -> Settings:
    path = resolve_config_path(explicit)
    if path is None:
        return Settings()
    if not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    return parse_settings(path.read_text(encoding="utf-8"), path)


def parse_settings(text: str, path: Path) -> Settings:
    try:
        document = load_yaml(path, text)
    except YamlSyntaxError as exc:
        raise ConfigError(str(exc)) from None
    if document is None:
        document = {}
    if not isinstance(document, dict):
        raise ConfigError(f"{path}:1:1: the config file must be a mapping of settings")
    problems = _query_problems(document, text, path) + _competitor_problems(document, path)
    if problems:
        raise ConfigError("\n".join(problems))
    try:
        settings = Settings.model_validate(to_plain(document))
    except ValidationError as exc:
        raise ConfigError(_describe(exc, document, path)) from None
    return _resolved(settings, path)


def _query_problems(document: Any, text: str, path: Path) -> list[str]:
    """Each malformed brand or competitor query, as file:line:col inside the query (read before the
    models validate, whose own check of a query could only point at its key)."""
    problems = []
    for section in ("brands", "competitors"):
        entries = document.get(section)
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            query = entry.get("query") if isinstance(entry, dict) else None
            if not isinstance(query, str):
                continue
            try:
                parse_query(query)
            except QuerySyntaxError as exc:
                where = scalar_position(document, [section, index, "query"], exc.offset, text)
                problems.append(f"{path}:{where}: {section}.{index}.query: {exc.problem}" if where else
                                f"{path}: {section}.{index}.query: {exc}")
    return problems


def _competitor_problems(document: Any, path: Path) -> list[str]:
    """A competitor named like a brand, at the line of its name (Settings checks it too, for settings
    built in code, but a model-wide check cannot point at a line)."""
    brands = document.get("brands")
    names = {entry["name"].casefold() for entry in (brands if isinstance(brands, list) else [])
             if isinstance(entry, dict) and isinstance(entry.get("name"), str)}
    competitors = document.get("competitors")
    problems = []
    for index, entry in enumerate(competitors if isinstance(competitors, list) else []):
        name = entry.get("name") if isinstance(entry, dict) else None
        if isinstance(name, str) and name.casefold() in names:
            where = position_of(document, ["competitors", index, "name"])
            problems.append(f"{path}:{where}: competitors.{index}.name: " + _SAME_AS_BRAND.format(name=name))
    return problems


_SAME_AS_BRAND = "'{name}' is also a brand's name; a competitor is a company other than the brands"


def _describe(exc: ValidationError, document: Any, path: Path) -> str:
    lines = []
    for error in exc.errors():
        loc = _without_union_tag(list(error["loc"]))
        position = position_of(document, loc)
        key = ".".join(str(p) for p in loc)
        if error["type"] == "extra_forbidden":
            known = _known_fields(loc[:-1], document)
            message = f"unknown key '{loc[-1]}'{suggestion(str(loc[-1]), known)}"
        else:
            message = error["msg"]
        where = f"{path}:{position}" if position else str(path)
        order = (position.line, position.column) if position else (0, 0)
        lines.append((order, f"{where}: {key}: {message}"))
    # In file order, as a person fixes them.
    return "\n".join(line for _, line in sorted(lines, key=lambda item: item[0]))


def _without_union_tag(loc: list[Any]) -> list[Any]:
    """pydantic puts the discriminator value in the location (sources.0.reddit.x); people don't."""
    if len(loc) > 2 and isinstance(loc[1], int) and loc[0] in _CATALOGUES and loc[2] in union_members(loc[0]):
        return loc[:2] + loc[3:]
    return loc


def _known_fields(parent: list[Any], document: Any) -> list[str]:
    """Field names valid at `parent`, for 'did you mean' hints."""
    model: Any = Settings
    node = document
    for part in parent:
        node = node[part] if isinstance(node, (dict, list)) and _has(node, part) else None
        if isinstance(part, int):
            continue
        if model is Settings and part in _CATALOGUES:
            model = part
            continue
        field = getattr(model, "model_fields", {}).get(part)
        model = _model_in(field.annotation) if field else None
        if model is None:
            return []
    if isinstance(model, str):
        model = union_members(model).get(node.get("type")) if isinstance(node, dict) else None
    return list(getattr(model, "model_fields", {}).keys()) if model is not None else []


def _has(node: Any, part: Any) -> bool:
    if isinstance(node, list):
        return isinstance(part, int) and 0 <= part < len(node)
    return part in node


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()) or ():
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _resolved(settings: Settings, path: Path) -> Settings:
    base = path.resolve().parent
    updates: dict[str, Any] = {"source_file": path}
    for section, name in _RELATIVE_PATHS:
        holder = settings if section is None else updates.get(section, getattr(settings, section))
        value = getattr(holder, name)
        if value is None or value.is_absolute() or name not in holder.model_fields_set:
            continue
        absolute = (base / value).resolve()
        if section is None:
            updates[name] = absolute
        else:
            updates[section] = holder.model_copy(update={name: absolute})
    updates["sources"] = [_with_paths_resolved(source, base) for source in settings.sources]
    return settings.model_copy(update=updates)


def _with_paths_resolved(source: SourceBase, base: Path) -> SourceBase:
    """A source's relative paths (a replay file, say) are relative to the config file's directory."""
    relative = {name: base / value for name in source.model_fields_set
                if isinstance(value := getattr(source, name), Path) and not value.is_absolute()}
    return source.model_copy(update=relative) if relative else source
