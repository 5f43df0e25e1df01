"""The Dockerfile's key instructions (no Docker engine runs here, so its text is what we can check)."""

from __future__ import annotations

import json
import re

from bwtest import REPO

DOCKERFILE = (REPO / "Dockerfile").read_text(encoding="utf-8")


def instructions(name: str) -> list[str]:
    """Every instruction of that name, continuation lines joined."""
    joined = re.sub(r"\\\n\s*", " ", DOCKERFILE)
    return [line.split(None, 1)[1] if " " in line else "" for line in joined.splitlines()
            if line.split(None, 1)[:1] == [name]]


def test_when_built_then_it_has_a_build_stage_and_a_separate_runtime_stage():
    stages = instructions("FROM")
    assert len(stages) == 2 and " AS build" in stages[0] and "AS" not in stages[1]
    assert any("--from=build" in copy for copy in instructions("COPY"))


def test_when_run_then_the_process_is_not_root():
    users = instructions("USER")
    assert users and users[-1] not in ("root", "0")
    assert any("useradd" in run for run in instructions("RUN"))


def test_when_started_then_the_entrypoint_is_brandwatch_run():
    entrypoint = json.loads(instructions("ENTRYPOINT")[-1])
    assert entrypoint == ["brandwatch", "run"]


def test_when_probed_then_health_comes_from_brandwatch_status():
    healthcheck = instructions("HEALTHCHECK")[-1]
    assert json.loads(healthcheck.split("CMD", 1)[1].strip()) == ["brandwatch", "status"]


def test_when_data_is_written_then_it_goes_to_a_volume_that_the_config_uses():
    volume = json.loads(instructions("VOLUME")[-1])
    assert volume == ["/var/lib/brandwatch"]
    assert any("data_dir: /var/lib/brandwatch" in run for run in instructions("RUN"))


def test_when_a_model_is_wanted_then_a_build_argument_bakes_it_in():
    assert "SENTIMENT_MODEL" in " ".join(instructions("ARG"))
    assert any("snapshot_download" in run and "$SENTIMENT_MODEL" in run for run in instructions("RUN"))


def test_when_stopped_then_sigterm_is_the_stop_signal():
    assert instructions("STOPSIGNAL") == ["SIGTERM"]


def test_when_run_then_the_review_console_is_reachable_from_outside_the_container():
    # The console binds 127.0.0.1 by default, which a container's published port cannot reach.
    assert any("console_host: 0.0.0.0" in run for run in instructions("RUN"))
    assert "8080" in " ".join(instructions("EXPOSE")).split()


def test_when_the_image_edits_the_example_config_then_it_still_loads_with_the_intended_values(tmp_path):
    import shutil
    import subprocess

    from brandwatch.config import load_settings

    edit = next(run for run in instructions("RUN") if "sed -i" in run and "/opt/config" in run)
    shutil.copytree(REPO / "config", tmp_path / "config")
    subprocess.run(["sh", "-c", edit.replace("/opt/config", str(tmp_path / "config"))], check=True)
    settings = load_settings(tmp_path / "config" / "brandwatch.yaml")
    assert str(settings.data_dir) == "/var/lib/brandwatch"
    assert str(settings.sentiment.local_model_dir) == "/opt/models/sentiment"
    assert (settings.daemon.console_host, settings.daemon.console_port) == ("0.0.0.0", 8080)
    assert settings.brands  # the rest of the example config survived the edit


def test_when_training_is_asked_for_then_the_build_has_the_rated_sentences_it_trains_on():
    assert "TRAIN_SENTIMENT" in " ".join(instructions("ARG"))
    train = next(run for run in instructions("RUN") if "train-sentiment" in run)
    data = re.search(r"--data (\S+)", train).group(1)
    assert any(copy.split()[-1].rstrip("/") in ("./" + data.split("/")[0], data.split("/")[0])
               for copy in instructions("COPY"))
    assert (REPO / data).is_dir()
    assert any("/opt/models" in copy and "--from=build" in copy for copy in instructions("COPY"))
