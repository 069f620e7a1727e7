"""govnews: bilingual Arabic/English press-release corpora.

>>> import govnews
>>> ds = govnews.load("build/sample")                 # doctest: +SKIP
>>> govnews.normalize("الإعلام ٢٠٢٤", profile="search")  # doctest: +SKIP
'الاعلام 2024'
"""

__version__ = "0.1.0"

__all__ = ["__version__", "align", "check", "extract", "load", "normalize"]

_PUBLIC = {"load": ".io", "check": ".checks", "normalize": ".normalize", "extract": ".extract", "align": ".align"}


def __getattr__(name: str):
    # Imported on first use so that `import govnews` stays light. `normalize`, `extract` and
    # `align` are modules that can be called as their function (see _callable.py).
    if name not in _PUBLIC:
        raise AttributeError(f"module 'govnews' has no attribute {name!r}")
    import importlib

    module = importlib.import_module(_PUBLIC[name], __name__)
    return module if module.__name__.endswith("." + name) else getattr(module, name)
