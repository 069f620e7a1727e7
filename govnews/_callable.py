"""Modules that are also the function they are named after.

`govnews.normalize`, `govnews.extract` and `govnews.align` are modules of the package and,
as INTERFACE.md promises, functions: `govnews.normalize(text, profile="search")`. Whichever
way a module was first imported, calling it calls its function of the same name.
"""

from __future__ import annotations

import sys
import types


class _CallableModule(types.ModuleType):
    def __call__(self, *args, **kwargs):
        return getattr(self, self.__name__.rsplit(".", 1)[-1])(*args, **kwargs)


def make_callable(module_name: str) -> None:
    """Let module `module_name` be called as its function of the same name."""
    sys.modules[module_name].__class__ = _CallableModule
