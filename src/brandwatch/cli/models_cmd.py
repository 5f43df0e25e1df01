"""`brandwatch models pull | which | train` (alias `train-sentiment`)."""

from __future__ import annotations

from pathlib import Path

import click

from brandwatch.cli.context import CliContext, pass_cli
DEFAULT_SEED = 13


@click.group("models")
def command() -> None:
    """Sentiment models: download for offline use, and see which backend is in use."""


# A sentiment model trained on tweets in eight languages (ar, en, fr, de, hi, it, es, pt), labels
# negative/neutral/positive: for sites that see many non-English posts and can reach a model hub.
MULTILINGUAL_MODEL = "cardiffnlp/twitter-xlm-roberta-base-sentiment"


@command.command("pull")
@click.argument("reference", required=False)
@click.option("--multilingual", is_flag=True,
              help=f"Download the multilingual sentiment model {MULTILINGUAL_MODEL} (then set "
                   "sentiment.model to it).")
@pass_cli
def pull(cli: CliContext, reference: str | None, multilingual: bool) -> None:
    """Download the configured (or named) hub model into the local cache; needs internet."""
    from brandwatch.sentiment.transformers_backend import pull as download

    if reference and multilingual:
        raise click.UsageError("give a model reference or --multilingual, not both")
    reference = MULTILINGUAL_MODEL if multilingual else reference or cli.settings.sentiment.model
    click.echo(f"downloading {reference} …", err=True)
    click.echo(download(reference))
    if reference != cli.settings.sentiment.model:
        click.echo(f"to use it, set sentiment.model: {reference} in the config", err=True)


@command.command("which")
@pass_cli
def which(cli: CliContext) -> None:
    """Print the sentiment backend `scan` and `run` would use, and whether it fell back."""
    from brandwatch.sentiment.select import open_backend

    backend, notice = open_backend(cli.settings)
    click.echo(backend.description)
    if notice:
        click.echo(f"fallback: {notice}")


def _train_options(function):
    options = [
        click.option("--epochs", type=click.IntRange(1, 50), default=2, show_default=True),
        click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
                     help="Where to write the model (default: sentiment.local_model_dir, "
                          "else <data_dir>/models/sentiment, where `auto` looks)."),
        click.option("--limit", type=click.IntRange(1), default=None,
                     help="Train on N texts of each source only: a quick check that training works, "
                          "not a usable model."),
        click.option("--data", "data_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
                     default=None, help="Folder of the rated-sentence TSV files (default: the bundled data)."),
        click.option("--corpus", "corpus_path", type=click.Path(dir_okay=False, exists=True, path_type=Path),
                     default=None, help="Complaint corpus JSON Lines (default: data/complaints/corpus.jsonl)."),
        click.option("--base", "base_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
                     default=None, help="Base model folder instead of all-MiniLM-L6-v2 (needs --base-sha256)."),
        click.option("--base-sha256", default=None, help="SHA-256 that --base's model.safetensors must have."),
        click.option("--freeze-layers", type=click.IntRange(0, 48), default=2, show_default=True,
                     help="Keep the embeddings and this many lower encoder layers fixed (faster)."),
        click.option("--ratings-fraction", type=click.FloatRange(0.05, 1.0), default=1.0, show_default=True,
                     help="Share of the rated sentences used per epoch."),
        click.option("--seed", type=int, default=DEFAULT_SEED, show_default=True),
        click.option("--threads", type=click.IntRange(1), default=None, help="torch CPU threads (default: all cores)."),
    ]
    for option in reversed(options):
        function = option(function)
    return function


@_train_options
@pass_cli
def _train(cli: CliContext, epochs: int, out_dir: Path | None, limit: int | None, data_dir: Path | None,
           corpus_path: Path | None, base_dir: Path | None, base_sha256: str | None, freeze_layers: int,
           ratings_fraction: float, seed: int, threads: int | None) -> None:
    """Train the offline multi-task model (sentiment, complaint, topic) on CPU with no model hub."""
    from brandwatch.sentiment.base_model import BaseModel, default_base
    from brandwatch.sentiment.multitask_training import MultiTaskOptions, train_multitask_model
    from brandwatch.sentiment.select import local_model_dir

    if (base_dir is None) != (base_sha256 is None):
        raise click.UsageError("--base and --base-sha256 go together")
    base = BaseModel(base_dir, base_sha256.lower(), str(base_dir)) if base_dir else default_base()
    out_dir = out_dir or local_model_dir(cli.settings)
    options = MultiTaskOptions(epochs=epochs, limit=limit, seed=seed, threads=threads, freeze_layers=freeze_layers,
                               ratings_fraction=ratings_fraction)
    click.echo(f"training from {base.origin} into {out_dir}", err=True)
    report = train_multitask_model(out_dir, base, options, data_dir, corpus_path)
    click.echo(f"trained {report.steps} steps in {report.train_seconds:.0f} s; model in {report.out_dir}", err=True)
    click.echo(metrics_summary(report.metrics))


def metrics_summary(metrics: dict) -> str:
    """The validation figures of a trained multi-task model, as a Markdown table."""
    from brandwatch.sentiment.evaluation import scores_table
    from brandwatch.sentiment.metrics import Scores

    graph = "int8" if metrics["graph"].endswith("int8.onnx") else "float32"
    scores = metrics[graph]
    table = scores_table({"trained": {corpus: Scores(s["count"], s["accuracy"], s["macro_recall"], s["macro_f1"])
                                      for corpus, s in scores["ratings"].items()}})
    lines = [table, "", f"graph: {metrics['graph']} (int8 agreement with float32: {metrics['int8_agreement']:.3f})"]
    if "complaint_macro_f1" in scores:
        lines.append(f"complaint macro-F1 {scores['complaint_macro_f1']:.3f}, topic accuracy "
                     f"{scores['topic_accuracy'] or 0:.3f}, post sentiment macro-recall "
                     f"{scores['posts_sentiment']['macro_recall']:.3f} (complaint corpus validation split)")
    return "\n".join(lines)


# `train-sentiment` was the command's first name; it stays as an alias.
_train_command = command.command("train")(_train)
command.add_command(_train_command, "train-sentiment")
