"""Notifiers built from the `channels:` config, each by its kind's descriptor (catalogue.channels);
secrets are read from the variables the config names."""

from __future__ import annotations

import os
from datetime import timedelta
from typing import Mapping, Sequence

from brandwatch import catalogue
from brandwatch.config_review import ChannelBase
from brandwatch.review.batching import BatchPolicy
from brandwatch.review.channel_secrets import UnsetSecret
from brandwatch.review.outbox import Notifier

__all__ = ["UnsetSecret", "batch_policies", "build_notifiers"]


def build_notifiers(channels: Sequence[ChannelBase], environ: Mapping[str, str] = os.environ) -> dict[str, Notifier]:
    return {channel.name: _descriptor(channel).build(channel, environ) for channel in channels}


def batch_policies(channels: Sequence[ChannelBase]) -> dict[str, BatchPolicy]:
    """Each channel's aggregation settings, for the outbox worker (review/batching.py)."""
    return {channel.name: BatchPolicy(timedelta(seconds=channel.batch_window_seconds), channel.hourly_cap)
            for channel in channels}


def _descriptor(channel: ChannelBase) -> catalogue.ChannelDescriptor:
    kind = getattr(channel, "type", None)
    descriptor = catalogue.channels.get(kind) if isinstance(kind, str) else None
    if descriptor is None:  # the config's union admits only listed kinds; a hand-built model may not
        raise ValueError(f"channel {channel.name}: no channel kind {kind!r} is registered")
    return descriptor
