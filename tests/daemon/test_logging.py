"""No log line ever carries an unmasked secret or a post's text."""

from __future__ import annotations

import io
import json
import logging


from brandwatch.config import Settings
from brandwatch.daemon.logging import JsonFormatter, MaskingFilter
from brandwatch.secret_masker import SecretMasker
from brandwatch.rules import load_rules

from .helpers import Deployment, append_posts, make_posts

KEY = "AKIAQ3EGUVNT5XJ2LWPM"


def _logger(masker: SecretMasker, json_lines: bool = False) -> tuple[logging.Logger, io.StringIO]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(MaskingFilter(masker))
    if json_lines:
        handler.setFormatter(JsonFormatter())
    logger = logging.getLogger(f"test-masking-{id(stream)}")
    logger.addHandler(handler)
    logger.propagate = False
    logger.setLevel(logging.DEBUG)
    return logger, stream


def test_when_a_secret_is_in_arguments_or_an_exception_then_the_line_is_masked():
    masker = SecretMasker()
    masker.use_rules(load_rules(None, Settings()))
    logger, stream = _logger(masker)
    logger.warning("failed with %s", f"key={KEY}")
    try:
        raise ValueError(f"bad value {KEY}")
    except ValueError:
        logger.exception("while parsing")
    output = stream.getvalue()
    assert KEY not in output and "while parsing" in output and "ValueError" in output


def test_when_a_database_error_quotes_its_parameters_then_they_are_hidden():
    logger, stream = _logger(SecretMasker())
    logger.error("(psycopg.errors.UniqueViolation) duplicate key\n[SQL: INSERT INTO mentions ...]\n"
                 "[parameters: {'text': 'my whole post about Acme'}]")
    assert "my whole post" not in stream.getvalue() and "[parameters hidden]" in stream.getvalue()


def test_when_a_value_was_found_leaked_then_later_lines_mask_it_even_without_a_rule():
    masker = SecretMasker()
    masker.remember(["hunter2-but-longer"])
    logger, stream = _logger(masker, json_lines=True)
    logger.info("saw %s", "hunter2-but-longer", extra={"source": "replay hunter2-but-longer"})
    entry = json.loads(stream.getvalue())
    assert "hunter2" not in stream.getvalue()
    assert entry["level"] == "info" and entry["source"].startswith("replay ")


def test_when_the_daemon_runs_over_posts_with_secrets_then_its_log_holds_no_secret_and_no_post_text(tmp_path):
    deployment = Deployment(tmp_path)
    posts, keys = make_posts(30, secret_every=2)
    append_posts(deployment.posts_file, posts)
    run = deployment.cli("-vv", "run", "--once", "--log-format", "json")
    assert run.returncode == 0, run.stderr[-2000:]
    lines = [json.loads(line) for line in run.stderr.splitlines() if line.startswith("{")]
    assert any("analysed 30 mentions" in line["message"] for line in lines)
    log = run.stderr + run.stdout
    leaked = [key for key in keys if key in log]
    assert not leaked
    assert not [p["id"] for p in posts if p["text"] in log]
    rules = load_rules(None, Settings())
    hits = [h.rule.id for h in rules.match(log) if h.rule.kind == "secret"]
    assert not hits


def test_when_more_values_are_remembered_than_fit_then_the_oldest_are_forgotten():
    masker = SecretMasker(capacity=2)
    masker.remember(["first-value", "second-value", "third-value"])
    assert masker.mask("first-value") == "first-value"
    assert "third-value" not in masker.mask("third-value")


def test_when_a_line_vouches_for_public_values_then_only_those_survive_the_token_mask():
    digest, token = "9f2c" * 16, "sk_live_4eC39HqLyjWDarjtT1zdp7dcZZ"
    record = logging.LogRecord("brandwatch.test", logging.INFO, __file__, 1, "digest %s, key %s",
                                   (digest, token), None)
    record.public_values = (digest,)
    MaskingFilter().filter(record)
    assert digest in record.getMessage() and token not in record.getMessage()
