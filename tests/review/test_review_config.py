"""Config for channels, routes and reply templates: mistakes name the file, line and field."""

import pytest

from brandwatch.config import parse_settings
from brandwatch.errors import ConfigError

GOOD = """\
channels:
  - name: sec-hook
    type: webhook
    url: https://hooks.example/brandwatch
    secret_env: BRANDWATCH_HOOK_KEY
routing:
  - match: {category: leak}
    team: security
    channels: [sec-hook]
"""


def _load(text, tmp_path):
    path = tmp_path / "brandwatch.yaml"
    path.write_text(text, encoding="utf-8")
    return parse_settings(text, path)


def test_when_channels_and_routes_are_valid_then_they_load(tmp_path):
    settings = _load(GOOD, tmp_path)
    assert settings.channels[0].secret_env == "BRANDWATCH_HOOK_KEY"
    assert settings.routing[0].channels == ["sec-hook"]


def test_when_a_route_names_an_unknown_channel_then_the_error_suggests_the_right_one(tmp_path):
    with pytest.raises(ConfigError, match=r"routing.0.channels: unknown channel 'sec-hok' \(did you mean 'sec-hook'\?\)"):
        _load(GOOD.replace("[sec-hook]", "[sec-hok]"), tmp_path)


def test_when_a_channel_field_is_misspelt_then_file_line_and_suggestion_are_given(tmp_path):
    with pytest.raises(ConfigError, match=r"brandwatch.yaml:5:5: channels.0.secret: unknown key 'secret' "
                                          r"\(did you mean 'secret_env'\?\)"):
        _load(GOOD.replace("secret_env:", "secret:"), tmp_path)


def test_when_a_secret_is_written_where_a_variable_name_belongs_then_it_is_refused(tmp_path):
    with pytest.raises(ConfigError, match=r":5:5: channels.0.secret_env: String should match pattern"):
        _load(GOOD.replace("BRANDWATCH_HOOK_KEY", "https://hooks.slack.com/services/T0/B0/xyz"), tmp_path)


def test_when_a_reply_template_uses_an_unknown_placeholder_then_the_error_names_it(tmp_path):
    replies = """replies:
  product:
    acknowledge: "Hi $handle"
    clarify: "Your ${order_number}?"
    resolution: "We fix $product"
    check_back: "Bye"
"""
    with pytest.raises(ConfigError, match=r":4:5: replies.product.clarify: Value error, unknown placeholder\(s\) order_number"):
        _load(replies, tmp_path)
