"""Errors of the log's proof endpoints."""

from services.common.errors import NotFound, Unprocessable


class TreeHeadNotFound(NotFound):
    slug, title = "tree-head-not-found", "No signed tree head of this size"


class EntryNotSealed(NotFound):
    slug, title = "entry-not-sealed", "No sealed entry at this leaf index"


class TreeSizeOutOfRange(Unprocessable):
    slug, title = "tree-size-out-of-range", "The tree sizes do not fit the log"
