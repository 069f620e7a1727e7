"""camel-tools' NER model as the statistical part of Arabic name finding (`backend="camel"`).

The model is camel-tools' fine-tuned AraBERT token classifier, installed on a connected machine with
`camel_data -i ner`. It is looked for in `$GOVNEWS_CAMEL_NER_MODEL`, else in camel-tools' data folder
(`$CAMELTOOLS_DATA`, else `~/.camel_tools`) under `data/ner/arabert`; it is loaded on first use, once
per process, on the CPU.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path

from govnews.errors import MissingDependencyError
from govnews.extract.gazetteer import fold_key
from govnews.extract.ner import spans
from govnews.extract.tokens import Tokens

_TYPES = {"PERS": "PERSON", "LOC": "LOC", "ORG": "ORG"}


def model_path() -> Path:
    """The folder of camel-tools' NER model (whether or not it exists)."""
    explicit = os.environ.get("GOVNEWS_CAMEL_NER_MODEL")
    if explicit:
        return Path(explicit)
    home = os.environ.get("CAMELTOOLS_DATA") or str(Path.home() / ".camel_tools")
    return Path(home) / "data" / "ner" / "arabert"


@functools.cache
def recognizer(path: str | None = None):
    """Load camel-tools' `NERecognizer` from `path` (default: `model_path()`), once."""
    folder = Path(path) if path else model_path()
    if not (folder / "config.json").is_file():
        raise MissingDependencyError(
            f"camel-tools NER model not found in {folder}: install it with `camel_data -i ner` "
            "(or set GOVNEWS_CAMEL_NER_MODEL to its folder)"
        )
    _catalogue_stand_in()
    try:
        from camel_tools.ner import NERecognizer
    except ImportError as exc:  # camel-tools or transformers missing
        raise MissingDependencyError(f"the camel backend needs camel-tools with transformers: {exc}") from exc
    return NERecognizer(str(folder), use_gpu=False)


def _catalogue_stand_in() -> None:
    """Give camel-tools a stand-in catalogue when its data folder has none.

    Importing `camel_tools.ner` imports `camel_tools.data`, which downloads the catalogue when the data
    folder lacks it; the model is loaded from its folder here, so the catalogue is not needed.
    """
    home = Path(os.environ.get("CAMELTOOLS_DATA") or Path.home() / ".camel_tools")
    if (home / "catalogue.json").is_file():
        return
    import json
    import tempfile

    stand_in = Path(tempfile.mkdtemp(prefix="govnews-camel-"))
    (stand_in / "catalogue.json").write_text(
        json.dumps({"version": "1.6", "packages": {}, "components": {}}), encoding="utf-8"
    )
    os.environ["CAMELTOOLS_DATA"] = str(stand_in)


def candidates(tk: Tokens, *, path: str | None = None):
    """Name candidates camel-tools' model finds in a tokenized Arabic text (for `names.find_names`)."""
    from govnews.extract.names import Cand

    if len(tk) == 0:
        return []
    sentences: list[list[int]] = []
    for i, s in enumerate(tk.sent):
        if not sentences or tk.sent[sentences[-1][0]] != s:
            sentences.append([])
        sentences[-1].append(i)
    words = [[tk.text[tk.starts[i] : tk.ends[i]] for i in sent] for sent in sentences]
    labels = recognizer(path).predict(words)
    out = []
    for sent, tags in zip(sentences, labels):
        for i, j, t in spans(list(tags)):
            type_ = _TYPES.get(t)
            if type_ is None:
                continue
            start, end = tk.starts[sent[i]], tk.ends[sent[j - 1]]
            value = tk.text[start:end]
            out.append(Cand(start, end, type_, value, {"source": "camel"}, key=fold_key(value), prio=0))
    return out
