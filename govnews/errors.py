"""The errors govnews raises for things a user can cause.

The CLI turns any `GovnewsError` into one line on standard error and a non-zero exit;
anything else is a bug and keeps its traceback.
"""

from __future__ import annotations


class GovnewsError(Exception):
    """Base of every error a user can cause and fix."""

    exit_code = 2


class InputError(GovnewsError):
    """An input file (or one line of it) that cannot be used."""

    def __init__(self, path: str, message: str, *, line: int | None = None, kind: str = "unreadable"):
        self.path = str(path)
        self.line = line
        self.kind = kind
        self.reason = message
        where = f"{self.path}:{line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class ConfigError(GovnewsError):
    """A bad option, parameter or configuration value."""


class SchemaError(GovnewsError):
    """A table or dataset that does not match the declared schema."""


class MissingDependencyError(GovnewsError):
    """An optional dependency or data package that is not installed."""
