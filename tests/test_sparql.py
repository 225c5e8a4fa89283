"""The query text: what counts as an update or a SERVICE call (never a word inside a
string, an IRI or a comment), the parser's complaint with a caret under the right
character, and IRIs shortened with the longest namespace."""

from __future__ import annotations

import pytest

from claimgraph.errors import QueryError
from claimgraph.export.rdf import PREFIXES as EXPORT_PREFIXES
from claimgraph.sparql import (
    PREFIXES, READ_ONLY, check_read_only, declared_prefixes, form, in_order_of_use, selects_all, shorten, syntax_error,
)


def test_the_predeclared_prefixes_are_the_ones_the_exports_write():
    for prefix, namespace in EXPORT_PREFIXES.items():
        assert PREFIXES[prefix] == str(namespace)
    assert PREFIXES["rdf"] == "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


@pytest.mark.parametrize(("query", "expected"), [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("prefix ex: <http://e/> base <http://b/> ask { ?s ?p ?o }", "ASK"),
    ("# INSERT in a comment\nCONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("PREFIX insert: <http://e/> DESCRIBE insert:x", "DESCRIBE"),
    ("insert data { <a> <b> 'SELECT' }", "INSERT"),
    ("PREFIX ex: <http://e/>\nDELETE WHERE { ?s ex:p ?o }", "DELETE"),
    ("", ""),
])
def test_the_form_of_a_query(query, expected):
    assert form(query) == expected


@pytest.mark.parametrize("query", [
    'SELECT ?x WHERE { ?x ?p "SERVICE <http://example.org/>" }',
    "SELECT ?x WHERE { ?x ?p ?o } # SERVICE <http://example.org/>",
    "PREFIX service: <http://e/> SELECT ?service WHERE { ?service service:x ?o }",
    "SELECT ?x WHERE { ?x <http://e/SERVICE> ?o }",
    "SELECT ?x WHERE { ?x ?p '''a\nSERVICE <http://e/> { }''' }",
])
def test_service_in_a_string_an_iri_a_name_or_a_comment_is_no_call(query):
    check_read_only(query)


def test_a_lower_case_service_is_a_call():
    with pytest.raises(QueryError, match=r"SERVICE at line 2, column 3"):
        check_read_only("SELECT ?x WHERE {\n  service <http://e/sparql> { ?x ?p ?o } }")
    check_read_only("SELECT ?x WHERE { service <http://e/sparql> { ?x ?p ?o } }", allow_service=True)


def test_an_update_is_refused_even_with_service_allowed():
    with pytest.raises(QueryError) as err:
        check_read_only("DROP ALL", allow_service=True)
    assert str(err.value) == READ_ONLY


def test_declared_prefixes():
    assert declared_prefixes("PREFIX ex: <http://e/> PREFIX : <http://d/> SELECT * {}") == {
        "ex": "http://e/", "": "http://d/"}


@pytest.mark.parametrize(("query", "star"), [
    ("SELECT * WHERE {}", True), ("select distinct * {}", True), ("SELECT ?a WHERE {}", False),
    ("SELECT ?a WHERE { { SELECT * WHERE {} } }", False), ("ASK {}", False)])
def test_select_star(query, star):
    assert selects_all(query) is star


def test_variables_in_the_order_they_are_used():
    query = 'SELECT * WHERE { ?s ?p $o . ?o ?q "?zz" }'
    assert in_order_of_use(query, ["o", "p", "q", "s"]) == ["s", "p", "o", "q"]


def test_the_caret_stands_under_the_character_after_wide_ones():
    query = 'SELECT ?x WHERE { ?x rdfs:label "英伟达" . ?x foaf:name ?n }'
    err = syntax_error(query, "error at 1:44: expected OPTIONAL")
    message, line, caret = str(err).split("\n")
    assert message == ("the query is not valid SPARQL: line 1, column 44: unknown prefix foaf:; "
                       "declare it, e.g. PREFIX foaf: <http://…#>")
    assert line == query
    assert caret == " " * 46 + "^"  # 43 characters before foaf:, three of them two columns wide
    assert query[43:48] == "foaf:"


def test_a_long_line_is_shown_around_the_error():
    query = "SELECT ?x WHERE { " + "?x ?p ?o . " * 20 + "?x ?p }"
    err = syntax_error(query, f"error at 1:{len(query)}: expected one of \",\", [_]")
    message, line, caret = str(err).split("\n")
    assert message.endswith(f"column {len(query)}: expected \",\"")
    assert len(line) == 72 and query.endswith(line)
    assert caret == " " * 71 + "^"


def test_a_message_without_a_position_is_kept_on_one_line():
    assert str(syntax_error("x", "something\nwent  wrong")) == "the query is not valid SPARQL: something went wrong"


@pytest.mark.parametrize(("iri", "short"), [
    ("http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "rdf:type"),
    ("https://w3id.org/claimgraph/id/entity/%E8%8B%B1", "cgid:entity/英"),
    ("https://w3id.org/claimgraph/ns#Opinion", "cg:Opinion"),
    ("http://www.wikidata.org/entity/Q42", "wd:Q42"),
    ("https://schema.org/", "https://schema.org/"),
    ("http://example.org/x", "http://example.org/x"),
])
def test_shorten(iri, short):
    assert shorten(iri) == short
