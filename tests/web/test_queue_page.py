"""The queue page: priority order, filters, counts per filter, overdue, pagination."""

from __future__ import annotations

import re
from datetime import timedelta

from brandwatch.web import queue_view


def _row_ids(html: str) -> list[int]:
    return [int(i) for i in re.findall(r'<tr class="row" data-id="(\d+)"', html)]


def _facet_count(html: str, facet: str, value: str) -> int:
    match = re.search(rf'data-filter="{facet}={re.escape(value)}">(?:(?!</a>).)*<span class="count">(\d+)</span>',
                      html, re.S)
    assert match, f"no {facet}={value} facet"
    return int(match.group(1))


def test_when_opened_then_open_findings_are_listed_most_severe_first(reviewer, finding_of):
    html = reviewer.get("/queue").text
    ids = _row_ids(html)
    assert ids[0] == finding_of("1861001")  # the critical leaked key
    severities = re.findall(r'<td><span class="sev sev-(\w+)">', html)
    rank = {"critical": 3, "high": 2, "medium": 1, "low": 0}
    assert [rank[s] for s in severities] == sorted((rank[s] for s in severities), reverse=True)
    assert finding_of("1861002") not in ids  # resolved in the demo history
    assert finding_of("1861006") not in ids  # dismissed


def test_when_filtering_by_category_then_only_that_category_is_listed(reviewer, finding_of):
    html = reviewer.get("/queue?category=leak").text
    assert sorted(_row_ids(html)) == sorted(finding_of(p) for p in ("1861001", "t3_9y0k1", "t3_9xq7c", "1861009"))


def test_when_filtering_then_each_facet_counts_with_the_other_filters_applied(reviewer):
    html = reviewer.get("/queue?category=leak").text
    assert _facet_count(html, "severity", "critical") == 2
    assert _facet_count(html, "severity", "high") == 2
    assert _facet_count(html, "category", "complaint") == 5  # category's own counts ignore the category filter
    assert _facet_count(html, "team", "security") == 2


def test_when_filtering_by_status_then_closed_findings_can_be_listed(reviewer, finding_of):
    assert '<span class="count"></span>' in reviewer.get("/queue").text  # closed states: offered, not counted
    html = reviewer.get("/queue?status=dismissed").text
    assert _row_ids(html) == [finding_of("1861006")]
    assert _facet_count(html, "status", "dismissed") == 1 and _facet_count(html, "status", "new") == 9


def test_when_filtering_by_assignee_or_unassigned_then_rows_match(reviewer, finding_of):
    assert _row_ids(reviewer.get("/queue?assignee=lee").text) == [finding_of("t3_9xm11")]
    unassigned = _row_ids(reviewer.get("/queue?assignee=(unassigned)").text)
    assert finding_of("1861001") in unassigned and finding_of("t3_9xm11") not in unassigned


def test_when_filtering_overdue_then_only_findings_past_their_sla_are_listed(reviewer, clock, finding_of):
    html = reviewer.get("/queue?overdue=1").text
    ids = _row_ids(html)
    assert finding_of("1861005") in ids  # high, raised 20 h ago, 4 h SLA
    assert finding_of("1861001") not in ids  # critical, raised 36 min ago, 1 h SLA
    clock.advance(timedelta(hours=1))
    assert finding_of("1861001") in _row_ids(reviewer.get("/queue?overdue=1").text)


def test_when_there_are_more_findings_than_a_page_then_pages_split_them(reviewer, monkeypatch):
    monkeypatch.setattr(queue_view, "PAGE_SIZE", 4)
    first, second = reviewer.get("/queue").text, reviewer.get("/queue?page=2").text
    assert len(_row_ids(first)) == 4 and len(_row_ids(second)) == 4
    assert not set(_row_ids(first)) & set(_row_ids(second))
    assert "page 1 of 3" in first and 'href="/queue?page=2"' in first


def test_when_filters_hold_odd_values_then_the_page_still_renders_empty(reviewer):
    response = reviewer.get("/queue?severity=%3Cscript%3E&page=abc")
    assert response.status_code == 200 and "Nothing matches these filters" in response.text
    assert "<script>" not in response.text.split("</head>", 1)[1]


def test_when_a_facet_value_is_chosen_then_the_queue_lists_as_many_findings_as_its_count_said(reviewer):
    """The counts are summed from one grouped query; choosing each value must agree with them."""
    start = "category=complaint"
    html = reviewer.get(f"/queue?{start}").text
    facets = re.findall(r'data-filter="(severity|team|assignee|status)=([^"]+)">(?:(?!</a>).)*'
                        r'<span class="count">(\d+)</span>', html, re.S)
    assert len(facets) >= 8
    for facet, value, count in facets:
        chosen = reviewer.get("/queue", params=[("category", "complaint"), (facet, value)]).text
        total = int(re.search(r'id="queue-total">(\d+) finding', chosen).group(1))
        assert total == int(count), (facet, value)
        assert len(_row_ids(chosen)) == min(total, queue_view.PAGE_SIZE), (facet, value)
