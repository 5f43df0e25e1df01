"""Reviewers work the queue; only admins manage accounts and see routing and rules."""

from __future__ import annotations

import pytest

from brandwatch.web.accounts import verify_login
from tests.web.conftest import csrf_of


@pytest.mark.parametrize("path", ["/admin/users", "/admin/routing", "/admin/rules"])
def test_when_a_reviewer_opens_an_admin_page_then_it_is_forbidden(reviewer, path):
    assert reviewer.get(path).status_code == 403


def test_when_a_reviewer_posts_to_add_a_user_then_it_is_forbidden_and_nobody_is_added(reviewer, demo_engine):
    response = reviewer.post("/admin/users", data={"name": "mallory", "role": "admin", "password": "x" * 12,
                                                   "csrf_token": csrf_of(reviewer, "/queue")})
    assert response.status_code == 403
    assert verify_login(demo_engine, "mallory", "x" * 12) is None


def test_when_a_reviewer_looks_at_the_menu_then_there_is_no_admin_link(reviewer):
    assert 'href="/admin/users"' not in reviewer.get("/queue").text


def test_when_an_admin_adds_a_reviewer_then_that_account_can_log_in(admin, demo_engine):
    response = admin.post("/admin/users", data={"name": "omar", "role": "reviewer", "password": "a long passphrase",
                                                "csrf_token": csrf_of(admin, "/admin/users")})
    assert response.status_code == 303
    account = verify_login(demo_engine, "omar", "a long passphrase")
    assert account is not None and account.role == "reviewer"


def test_when_an_admin_disables_a_reviewer_then_that_reviewer_cannot_log_in(admin, demo_engine):
    token = csrf_of(admin, "/admin/users")
    assert admin.post("/admin/users/rita/disable", data={"csrf_token": token}).status_code == 303
    assert verify_login(demo_engine, "rita", "correct horse battery") is None


def test_when_an_admin_opens_routing_and_rules_then_both_pages_render(admin):
    routing = admin.get("/admin/routing")
    assert routing.status_code == 200 and "security-oncall" in routing.text
    assert admin.get("/admin/rules").status_code == 200


def test_when_the_rule_files_cannot_be_read_then_the_rules_page_says_why(admin, app, tmp_path):
    from brandwatch.testing.console_demo import DEMO_SETTINGS
    from brandwatch.web.rule_catalog import load_rule_catalog

    catalog = load_rule_catalog(DEMO_SETTINGS, tmp_path / "no-such-rules")
    assert catalog.rules == {} and catalog.problem
    app.state.rules = lambda: catalog
    html = admin.get("/admin/rules").text
    assert "Rules could not be loaded" in html
