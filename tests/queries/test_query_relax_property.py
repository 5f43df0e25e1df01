"""Property: a loosened query (what a platform search or a collector can read) never rejects a post
the full query accepts; otherwise a platform search would lose posts the brand wants."""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings, strategies as st

from brandwatch.collectors.brand_search import _COLLECTED
from brandwatch.queries.compiled import compile_node
from brandwatch.queries.facts import PostFacts
from brandwatch.queries.native import REDDIT_READER, X_READER
from brandwatch.queries.query import compile_query
from brandwatch.queries.relax import relax
from brandwatch.query_syntax import QuerySyntaxError

LEAVES = ["acme", "rocket", "broken", "#acme", "@acme", "roc*", '"acme rocket"', "cs:Acme", "author:bob",
          "platform:x", "platform:reddit", "lang:en", "subreddit:acme", "author:bo*"]
POSITIONAL = ["acme", "rocket", "broken", "roc*", '"acme rocket"', "cs:Acme", "#acme"]
POST_WORDS = ["acme", "Acme", "rocket", "rockets", "broken", "#acme", "@acme", "the", "ACME"]


def _combine(children):
    return st.one_of(
        st.tuples(children, children).map(lambda p: f"({p[0]} AND {p[1]})"),
        st.tuples(children, children).map(lambda p: f"({p[0]} OR {p[1]})"),
        st.tuples(children, children).map(lambda p: f"({p[0]} AND NOT {p[1]})"),
        st.tuples(st.sampled_from(POSITIONAL), st.sampled_from(POSITIONAL), st.integers(0, 2),
                  st.booleans()).map(lambda p: f"({p[0]} {'ONEAR' if p[3] else 'NEAR'}/{p[2]} {p[1]})"),
    )


QUERIES = st.recursive(st.sampled_from(LEAVES), _combine, max_leaves=6)
POSTS = st.builds(
    lambda text, platform, author, subreddit, lang: PostFacts(
        text, platform, author, subreddit if platform == "reddit" else None, lang),  # only Reddit has subreddits
    st.lists(st.sampled_from(POST_WORDS), max_size=8).map(" ".join), st.sampled_from(["x", "reddit"]),
    st.sampled_from(["bob", "bobby", "jane", None]), st.sampled_from(["acme", "gadgets", None]),
    st.sampled_from(["en", "de", None]))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(QUERIES, POSTS)
def test_when_a_query_accepts_a_post_then_every_loosened_form_accepts_it_too(text, post):
    try:
        query = compile_query(text)
    except QuerySyntaxError:
        assume(False)
        return
    if not query.matches(post):
        return
    for reader in (X_READER, REDDIT_READER, _COLLECTED):
        if reader.platform not in (None, post.platform):
            continue
        relaxed = relax(query.tree, reader)
        assert relaxed is not False, (text, reader.platform)
        if relaxed is not True:
            assert compile_node(relaxed).holds(query.read(post)), (text, post, relaxed)


PIECES = ["acme", "AND", "OR", "NOT", "(", ")", '"', "NEAR/2", "near/2", "ONEAR", "*", "ac*", "author:",
          "lang:xx", "cs:", "site:", "-x", " ", "#", "@", "platform:x", "ß", "ｆｕｌｌ"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=10).map(" ".join))
def test_when_any_text_is_parsed_then_it_compiles_or_the_error_points_inside_it(text):
    try:
        compile_query(text)
    except QuerySyntaxError as exc:
        assert 0 <= exc.offset <= len(text) and exc.problem
