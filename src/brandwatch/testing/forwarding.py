"""The adapter the X fake uses to receive tweepy's calls (it lives with the X collector)."""

from brandwatch.collectors.x_transport import ForwardingAdapter

__all__ = ["ForwardingAdapter"]
