"""`brandwatch scan`: the stable JSON Lines contract, robust to any input line."""

import json
import subprocess
import sys


from bwtest import cli_env

COMPLAINT = "@acme worst support ever, my order is 3 weeks late and nobody answers"
LABELS = {"negative", "neutral", "positive"}


def assert_contract(obj: dict) -> None:
    assert list(obj) == ["id", "sentiment", "complaint", "disclosure", "findings", "language", "voices"]
    assert all(set(voice) == {"name", "competitor", "complaint"} for voice in obj["voices"])
    assert isinstance(obj["language"]["code"], str) and isinstance(obj["language"]["judged"], bool)
    assert isinstance(obj["id"], str)
    assert obj["sentiment"]["label"] in LABELS and 0.0 <= obj["sentiment"]["score"] <= 1.0
    complaint = obj["complaint"]
    assert isinstance(complaint["is_complaint"], bool) and 0.0 <= complaint["score"] <= 1.0
    assert complaint["topic"] in {"product", "staff", "policy", "other", None}
    assert obj["disclosure"]["status"] in {"clear", "ambiguous", "missing"}
    assert obj["disclosure"]["evidence"] is None or isinstance(obj["disclosure"]["evidence"], str)
    for finding in obj["findings"]:
        assert set(finding) == {"rule", "category", "kind", "severity", "start", "end", "preview"}
        assert finding["category"] in {"complaint", "endorsement", "leak", "caution"}
        assert finding["severity"] in {"low", "medium", "high", "critical"}
        assert 0 <= finding["start"] <= finding["end"]


def scan_lines(run_cli, lines, *args, env=None):
    result = run_cli("scan", *args, input="".join(line + "\n" for line in lines),
                     env={"HF_HUB_CACHE": "/nonexistent-hf-cache", **(env or {})})
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()], result.stderr


def test_when_the_acceptance_complaint_is_scanned_on_vader_then_it_is_negative(run_cli):
    (out,), _ = scan_lines(run_cli, [json.dumps({"id": "1", "text": COMPLAINT})])
    assert_contract(out)
    assert out["id"] == "1" and out["sentiment"]["label"] == "negative"


def test_when_input_is_odd_then_each_line_gets_its_own_answer_in_order(run_cli):
    zero_width = "pass\u200bword leaked? no: ZWJ\u200d and BOM\ufeff inside"
    lines = [
        json.dumps({"id": "emoji", "text": "love it 😍🚀🔥 👍🏽 family: 👨‍👩‍👧"}),
        json.dumps({"id": "rtl", "text": "שירות הלקוחות גרוע \u202egnp.exe\u202c مرحبا"}),
        json.dumps({"id": "zw", "text": zero_width}),
        json.dumps({"id": "huge", "text": "terrible service. " * 6000}),  # ~100 KB
        json.dumps({"id": "empty", "text": ""}),
        "this is not json",
        json.dumps({"id": "no-text", "author": "x"}),
        json.dumps({"id": 7, "text": "numeric ids are accepted as strings"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "last", "text": "still processed after the bad lines"}),
    ]
    out, stderr = scan_lines(run_cli, lines)
    assert len(out) == len(lines)
    for good in (0, 1, 2, 3, 4, 7, 9):
        assert_contract(out[good])
    assert [o["id"] for o in out] == ["emoji", "rtl", "zw", "huge", "empty", None, "no-text", "7", None, "last"]
    assert out[4]["sentiment"]["label"] == "neutral"
    assert out[5] == {"id": None, "line": 6, "error": "line 6: not valid JSON (Expecting value at column 1)"}
    assert out[6] == {"id": "no-text", "line": 7, "error": "line 7: field 'text' is missing"}
    assert out[8]["error"] == "line 9: expected a JSON object"
    assert "line 6: not valid JSON" in stderr and "line 7: field 'text' is missing" in stderr


def test_when_a_field_has_the_wrong_type_then_the_error_names_it(run_cli):
    out, _ = scan_lines(run_cli, [json.dumps({"id": "a", "text": "hi", "author_followers": "many"}),
                                  json.dumps({"id": "b", "text": "hi", "created_at": "yesterday"})])
    assert out[0]["error"] == "line 1: field 'author_followers' must be an integer"
    assert out[1]["error"].startswith("line 2: field 'created_at' is not ISO 8601")


def test_when_no_model_is_cached_then_auto_falls_back_to_vader_with_one_warning(run_cli):
    lines = [json.dumps({"id": str(i), "text": "fine"}) for i in range(600)]  # several batches
    out, stderr = scan_lines(run_cli, lines)
    assert len(out) == 600
    assert stderr.count("falling back to the vader lexicon") == 1


def test_when_table_format_is_asked_then_people_get_a_table(run_cli):
    result = run_cli("scan", "--sample", "--format", "table", env={"HF_HUB_CACHE": "/nonexistent"})
    assert result.returncode == 0, result.stderr
    header = result.stdout.splitlines()[0].split()
    assert header == ["id", "sentiment", "complaint", "disclosure", "findings", "text"]
    assert "posts," in result.stdout.splitlines()[-1]


# Start-up cost of a one-post scan: neither the model stack nor the database, web or scheduler stacks,
# which only other commands need.
def test_when_vader_scans_one_post_cold_then_no_heavy_stack_is_imported(tmp_path):
    probe = (
        "import sys\n"
        "from brandwatch.cli import main\n"
        "try:\n    main(['scan'])\nexcept SystemExit:\n    pass\n"
        "heavy = sorted({m.split('.')[0] for m in sys.modules} & "
        "{'torch', 'transformers', 'sqlalchemy', 'starlette', 'uvicorn', 'apscheduler', 'alembic'})\n"
        "sys.stderr.write('HEAVY=' + ','.join(heavy) + '\\n')\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], input=json.dumps({"id": "1", "text": COMPLAINT}),
                            capture_output=True, text=True, cwd=tmp_path,
                            env=cli_env(HF_HUB_CACHE=str(tmp_path / "empty-cache")), timeout=60)
    assert json.loads(result.stdout)["sentiment"]["label"] == "negative"
    assert "HEAVY=\n" in result.stderr


def test_when_a_config_names_a_local_transformers_model_then_scan_uses_it(run_cli, tmp_path, tiny_model_dir):
    (tmp_path / "c.yaml").write_text(f"sentiment:\n  backend: transformers\n  model: {tiny_model_dir}\n")
    out, stderr = scan_lines(run_cli, [json.dumps({"id": "1", "text": COMPLAINT}),
                                       json.dumps({"id": "2", "text": "x " * 5000})], "--config", "c.yaml")
    for obj in out:
        assert_contract(obj)
    assert "falling back" not in stderr


def test_when_transformers_backend_is_forced_without_a_model_then_the_error_says_what_to_do(run_cli, tmp_path):
    (tmp_path / "c.yaml").write_text("sentiment:\n  backend: transformers\n  model: nobody/no-such-model\n")
    result = run_cli("--config", "c.yaml", "scan", input="{}\n", env={"HF_HUB_CACHE": str(tmp_path)})
    assert result.returncode == 2
    assert "not on this machine" in result.stderr and "models pull" in result.stderr


def test_when_scan_runs_on_several_processes_then_output_is_identical_and_in_order(run_cli, tmp_path):
    lines = [json.dumps({"id": f"p{i}", "text": f"post {i}: my order is {i} days late @acme" if i % 3 else "fine"})
             for i in range(700)]
    lines.insert(300, "broken {")
    serial, _ = scan_lines(run_cli, lines, "--workers", "1")
    parallel, stderr = scan_lines(run_cli, lines, "--workers", "2")
    assert parallel == serial
    assert [o["id"] for o in parallel][:3] == ["p0", "p1", "p2"] and parallel[300]["line"] == 301
    assert "line 301: not valid JSON" in stderr


def test_when_commands_load_lazily_then_help_lists_them_all_and_unknown_ones_are_refused():
    from click.testing import CliRunner

    from brandwatch.cli import main

    runner = CliRunner()
    listed = runner.invoke(main, ["--help"]).output
    assert all(f"  {name} " in listed for name in ("scan", "run", "queue", "rules", "serve", "users"))
    rules_help = runner.invoke(main, ["rules", "--help"]).output
    assert all(f"  {name} " in rules_help for name in ("test", "lint", "explain", "stats", "rescan"))
    # Lazily loaded subcommands still take --config after their name.
    assert "--config FILE" in runner.invoke(main, ["rules", "stats", "--help"]).output
    refused = runner.invoke(main, ["nope"])
    assert refused.exit_code == 2 and "No such command" in refused.output


def test_scan_says_which_brands_and_competitors_each_post_concerns(run_cli, tmp_path):
    # The daemon queues nothing for a post about competitors alone; scan's readers need the same
    # facts to do likewise, so every output carries the post's voices (empty: no company named).
    (tmp_path / "c.yaml").write_text("brands:\n  - name: Acme\ncompetitors:\n  - name: Globex\n")
    posts = [{"id": "brand", "text": "@acme my order is 3 weeks late and nobody answers"},
             {"id": "rival", "text": "Globex lost my parcel again, worst courier ever"},
             {"id": "both", "text": "Acme is fine but Globex lost my parcel"},
             {"id": "none", "text": "lovely weather today"}]
    outs, _ = scan_lines(run_cli, [json.dumps(p) for p in posts], "--config", "c.yaml")
    voices = {out["id"]: out["voices"] for out in outs}

    assert voices["brand"] == [{"name": "Acme", "competitor": False, "complaint": True}]
    assert voices["rival"] == [{"name": "Globex", "competitor": True, "complaint": True}]
    assert voices["both"] == [{"name": "Acme", "competitor": False, "complaint": False},
                              {"name": "Globex", "competitor": True, "complaint": True}]
    assert voices["none"] == []
