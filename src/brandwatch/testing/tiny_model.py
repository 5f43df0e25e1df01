"""Build a tiny random BERT sentiment classifier with a word-list tokenizer, saved to a directory.

Model weights cannot be downloaded in tests or air-gapped CI; this exercises the real loading and
inference code path (AutoTokenizer/AutoModelForSequenceClassification from a local path) in ~0.1 s.
"""

from __future__ import annotations

from pathlib import Path

WORDS = ["the", "a", "is", "my", "order", "late", "love", "great", "bad", "worst", "support", "ever",
         "and", "nobody", "answers", "acme", "@", ",", ".", "!", "?", "#"]
LABELS = {0: "negative", 1: "neutral", 2: "positive"}


def build_tiny_model(directory: Path, *, seed: int = 0, labels: dict[int, str] | None = None,
                     hidden_size: int = 32, layers: int = 2) -> Path:
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertTokenizerFast

    directory.mkdir(parents=True, exist_ok=True)
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS]
    vocab_file = directory / "vocab.txt"
    vocab_file.write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = BertTokenizerFast(vocab_file=str(vocab_file), do_lower_case=True, model_max_length=512)
    id2label = labels or LABELS
    config = BertConfig(vocab_size=len(vocab), hidden_size=hidden_size, num_hidden_layers=layers,
                        num_attention_heads=2, intermediate_size=hidden_size * 2,
                        max_position_embeddings=512, num_labels=len(id2label),
                        id2label=id2label, label2id={v: k for k, v in id2label.items()})
    torch.manual_seed(seed)
    model = BertForSequenceClassification(config)
    model.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    return directory
