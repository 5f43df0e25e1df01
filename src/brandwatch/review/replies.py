"""Reply drafts for complaints, from the `replies:` templates in config.

A draft follows the sequence customer-care teams train for: acknowledge the problem, ask what is
needed to clarify it, present the resolution, say when you will check back. Placeholders are
`string.Template` names checked when the config loads ($handle, $brand, $product, $topic,
$platform); values are substituted as plain text, never evaluated. Nothing is posted anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from string import Template
from typing import Sequence

from brandwatch.catalogue import reply_rules
from brandwatch.config import Brand, Settings
from brandwatch.store.models import Finding, Mention


@dataclass(frozen=True, slots=True)
class ReplyDraft:
    topic: str
    acknowledge: str
    clarify: str
    resolution: str
    check_back: str

    @property
    def steps(self) -> tuple[tuple[str, str], ...]:
        return (("acknowledge", self.acknowledge), ("clarify", self.clarify),
                ("resolution", self.resolution), ("check back", self.check_back))

    def text(self) -> str:
        return "\n\n".join(part for _, part in self.steps if part)

    def post_text(self, platform: str | None) -> str:
        """The reply as one post: one paragraph where the platform wants short posts (X: 280 as X counts),
        elsewhere the steps apart."""
        rules = reply_rules(platform)
        if rules is not None and rules.one_paragraph:
            return " ".join(part for _, part in self.steps if part)
        return self.text()


def draft_reply(finding: Finding, mention: Mention | None, settings: Settings) -> ReplyDraft | None:
    """The filled draft for a complaint finding; None for other findings or topics without a template."""
    if finding.category != "complaint":
        return None
    template = settings.replies.get(finding.kind) or settings.replies.get("other")
    if template is None:
        return None
    values = _values(finding, mention, settings.brands)
    fill = lambda part: Template(part).safe_substitute(values).strip()  # noqa: E731
    return ReplyDraft(finding.kind, fill(template.acknowledge), fill(template.clarify),
                      fill(template.resolution), fill(template.check_back))


def _values(finding: Finding, mention: Mention | None, brands: Sequence[Brand]) -> dict[str, str]:
    author = mention.author if mention is not None else None
    handle = author.handle if author is not None and author.handle else None
    text = (mention.text or "") if mention is not None else ""
    brand = next((b for b in brands if b.name == finding.brand), brands[0] if brands else None)
    return {
        "handle": f"@{handle.lstrip('@')}" if handle else "there",
        "brand": brand.name if brand else "our company",
        # A bare noun: templates put "your"/"the" before it (config_review checks they do).
        "product": _product_named(text, brand) or "product",
        "topic": finding.kind,
        "platform": mention.platform if mention is not None else "",
    }


def _product_named(text: str, brand: Brand | None) -> str | None:
    """The longest product name the post mentions (so 'Acme Rocket Pro' beats 'Acme Rocket')."""
    if brand is None:
        return None
    folded = text.casefold()
    named = [p for p in brand.products if p.casefold() in folded]
    return max(named, key=len) if named else None
