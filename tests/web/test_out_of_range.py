"""Out-of-range parameters give 400 with the security headers, not a 500 (issue 19, deliver 7)."""

import pytest


@pytest.mark.parametrize("page", ["99999999999999999999999", "0", "-3", "1000001"])
def test_when_the_queue_page_is_out_of_range_then_400_with_the_security_headers(reviewer, page):
    response = reviewer.get(f"/queue?page={page}")
    assert response.status_code == 400
    assert "page must be from 1 to 1000000" in response.text
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"


def test_when_the_queue_page_is_in_range_then_it_is_served(reviewer):
    assert reviewer.get("/queue?page=1").status_code == 200
    assert reviewer.get("/queue?page=1000000").status_code == 200
