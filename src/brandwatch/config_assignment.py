"""Settings of team queues: who gets new findings (assignment rules) and who must close with a second pair of eyes.

Kept apart from config_review.py, which embeds these models in the `review:` section. Every mistake is
a validation error, so `_describe` in config.py reports it with the file, line and field.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo, field_validator

SEVERITIES = ("low", "medium", "high", "critical")
Severity = Literal["low", "medium", "high", "critical"]
# Who an author is to the brand, from the rosters: what an assignment rule's `author_group` matches.
AUTHOR_GROUPS = ("employee", "partner", "none")
_NAME = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"


def _duration(value: Any) -> Any:
    # Imported when a value is read: config.py imports this module (through config_review.py) at load time.
    from brandwatch.durations import parse_duration

    return parse_duration(value)


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str) else value


class AssignmentMatch(_Strict):
    """Conditions on a new finding; every non-empty one must hold (values of one condition are alternatives)."""

    team: list[str] = []
    category: list[Literal["complaint", "endorsement", "leak", "caution"]] = []
    rule: list[str] = []
    platform: list[str] = []
    author_group: list[Literal["employee", "partner", "none"]] = []
    severity: list[Severity] = []

    @field_validator("*", mode="before")
    @classmethod
    def _one_or_many(cls, value: Any) -> Any:
        return _as_list(value)


class AssignmentRule(_Strict):
    name: str = Field(pattern=_NAME)
    match: AssignmentMatch = AssignmentMatch()
    pool: str = Field(pattern=_NAME)  # a key of `assignment.pools`
    strategy: Literal["round_robin", "least_loaded"] = "round_robin"


class Assignment(_Strict):
    """`review.assignment`: pools of reviewers, the rules that pick a pool, escalation of the forgotten."""

    # pool name -> account names; a pool often mirrors a routing team and then also shares its saved views.
    pools: dict[Annotated[str, Field(pattern=_NAME)], list[str]] = {}
    rules: list[AssignmentRule] = []
    # Open findings nobody holds for longer than this are escalated (None: never).
    escalate_unassigned_after: Annotated[timedelta | None, BeforeValidator(_duration)] = None

    @field_validator("pools")
    @classmethod
    def _pools_have_members(cls, pools: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, members in pools.items():
            if not members:
                raise ValueError(f"pool '{name}' has no members")
            if len(set(members)) != len(members):
                raise ValueError(f"pool '{name}' lists a member twice")
        return pools

    @field_validator("rules")
    @classmethod
    def _rules_name_known_pools(cls, rules: list[AssignmentRule], info: ValidationInfo) -> list[AssignmentRule]:
        pools = info.data.get("pools") or {}
        names = [rule.name for rule in rules]
        for index, rule in enumerate(rules):
            if rule.pool not in pools:
                known = ", ".join(sorted(pools)) or "none defined"
                raise ValueError(f"rules.{index}.pool: unknown pool '{rule.pool}' (pools: {known})")
            if names.count(rule.name) > 1:
                raise ValueError(f"rules.{index}.name: rule name '{rule.name}' is used twice")
        return rules

    @field_validator("escalate_unassigned_after")
    @classmethod
    def _positive(cls, value: timedelta | None) -> timedelta | None:
        if value is not None and value <= timedelta(0):
            raise ValueError("must be a positive duration such as 30m or 4h")
        return value

    def teams_of(self, name: str) -> tuple[str, ...]:
        """The pools (teams) an account belongs to, for views shared per team."""
        return tuple(sorted(pool for pool, members in self.pools.items() if name in members))
