from brandwatch.secrecy import MASKED, mask_values

SECRET = "https://ft6lo.webhook.office.com/webhookb2/2c5493fe-e787"


def test_when_a_preview_is_cut_inside_a_leaked_value_then_the_piece_it_kept_is_hidden_too():
    assert mask_values("ugh, just pushed https://ft6lo.webhook.office.com/webh…", [SECRET]) == f"ugh, just pushed {MASKED}…"
    assert mask_values("…b2/2c5493fe-e787 to a public repo", [SECRET]) == f"…{MASKED} to a public repo"
    assert mask_values("a short tail htt", [SECRET]) == "a short tail htt"  # too little to give anything away
