"""ClaimgraphError and its subclasses: messages that name the input and say the fix."""

from __future__ import annotations


class ClaimgraphError(Exception):
    """Base class of every error the library raises on purpose."""


class ArticleError(ClaimgraphError):
    """An article that cannot be read: the message names the file and the reason."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class CatalogError(ClaimgraphError):
    """An entity catalog file that is malformed."""


class ExportError(ClaimgraphError):
    """An export that could not be written or does not conform to the contract."""


class StoreError(ClaimgraphError):
    """A triple store that is unreachable or refused the data."""


class QueryError(ClaimgraphError):
    """A query that is not valid SPARQL, is not allowed over kg/, or outran its limits."""
