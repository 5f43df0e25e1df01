"""The masker remembers how it masked short strings, and forgets as soon as what it knows changes."""

from __future__ import annotations

from brandwatch.secret_masker import MASK, SecretMasker


def test_a_value_learned_after_a_string_was_masked_is_masked_in_it_next_time():
    masker = SecretMasker()
    assert masker.mask("token hunter2x here") == "token hunter2x here"
    masker.remember(["hunter2x"])
    assert masker.mask("token hunter2x here") == f"token {MASK} here"


def test_new_rules_are_applied_to_strings_masked_before():
    class OneLeakRule:
        def match(self, text, context):
            class Hit:
                start, end, in_description = 0, 4, False
                rule = type("Rule", (), {"category": "leak"})

            return [Hit()] if text.startswith("abcd") else []

    masker = SecretMasker()
    assert masker.mask("abcd efgh") == "abcd efgh"
    masker.use_rules(OneLeakRule())
    assert masker.mask("abcd efgh") == f"{MASK} efgh"


def test_public_values_are_never_taken_from_or_put_in_the_memo():
    masker = SecretMasker()
    digest = "Ab3" * 9
    assert masker.mask(f"digest {digest}", public=[digest]) == f"digest {digest}"
    assert masker.mask(f"digest {digest}") == f"digest {MASK}"


def test_learning_a_value_forgets_only_the_masks_of_strings_that_hold_it():
    masker = SecretMasker()
    masker.mask("a label")
    masker.mask("token hunter2x here")
    masker.remember(["hunter2x"])
    assert "a label" in masker._memo and "token hunter2x here" not in masker._memo
    assert masker.mask("token hunter2x here") == f"token {MASK} here"


def test_remembering_a_known_value_again_keeps_the_memo():
    masker = SecretMasker()
    masker.remember(["hunter2x"])
    masker.mask("token hunter2x here")
    masker.remember(["hunter2x"])
    assert masker._memo == {"token hunter2x here": f"token {MASK} here"}


def test_a_value_forgotten_past_capacity_is_no_longer_masked_from_the_memo():
    masker = SecretMasker(capacity=1)
    masker.remember(["hunter2x"])
    assert masker.mask("was hunter2x") == f"was {MASK}"
    masker.remember(["swordfish"])
    assert masker.mask("was hunter2x") == "was hunter2x"


def test_a_longer_value_learned_later_is_replaced_before_a_shorter_one_it_holds():
    masker = SecretMasker()
    masker.remember(["abcd"])
    assert masker.mask("key abcdefgh") == f"key {MASK}efgh"
    masker.remember(["abcdefgh"])
    assert masker.mask("key abcdefgh") == f"key {MASK}"


def test_sql_parameters_are_never_memoised():
    masker = SecretMasker()
    line = "error [parameters: ('hunter2x',)]"
    assert masker.mask(line) == "error [parameters hidden]"
    assert line not in masker._memo


def test_every_mask_kept_across_learned_values_is_what_a_fresh_masker_gives():
    """Values found in no string, in one, or only across two remembered strings (which the joined
    search sees first): whatever the memo keeps must be what masking afresh gives."""
    import random

    rng = random.Random(7)
    words = ["alpha", "beta42", "gamma", "delta9x", "eps", "zeta77", "kappa"]
    strings = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 4))) for _ in range(300)]
    learned = ["delta9x", "gamma\0alpha", "x\0al", "zeta77 kappa", "nowhere123", "eps b"]
    masker = SecretMasker()
    for string in strings:
        masker.mask(string)
    known: list[str] = []
    for value in learned:
        masker.remember([value])
        known.append(value)
        fresh = SecretMasker()
        fresh.remember(known)
        for string, masked in masker._memo.items():
            assert masked == fresh.mask(string), (value, string)
        assert all(masker.mask(string) == fresh.mask(string) for string in strings)
