"""The model's file: written by `save`, read by `load`. The model is trained by
`scripts/train_ner.py` on ANERcorp and shipped as `data/ner_ar.npz` (see `data/README.md` for the
data's terms). It is loaded on first use, once per process (`shipped`)."""

from __future__ import annotations

import functools
from importlib import resources

from govnews.extract.ner.model import Model

ARTIFACT = "ner_ar.npz"


def save(model: Model, path) -> None:
    """Write a model as a compressed numpy archive."""
    import numpy as np

    names = sorted(model.vocab, key=model.vocab.__getitem__)
    lex = sorted(model.lexicon.items())
    np.savez_compressed(
        path,
        features=np.array("\n".join(names)),
        weights=model.weights.astype(np.float16),
        bias=model.bias.astype(np.float32),
        trans=model.trans.astype(np.float32),
        lexicon=np.array("\n".join(f"{w}\t{t}" for w, t in lex)),
        stats=np.array("\n".join(f"{w}\t{c}" for w, c in sorted((model.stats or {}).items()))),
        phrases=np.array("\n".join(f"{p}\t{t}" for p, t in sorted(model.phrases.items())) if model.phrases is not None else "-"),
        **({"steps": model.steps.astype(np.float32)} if model.steps is not None else {}),
        **({"doc": model.doc.astype(np.float32)} if model.doc is not None else {}),
    )


def load(path=None) -> Model:
    """Read a model written by `save` (by default the one shipped with govnews)."""
    if path is None:
        with resources.as_file(resources.files("govnews.extract").joinpath("data").joinpath(ARTIFACT)) as p:
            return _read(p)
    return _read(path)


def _read(path) -> Model:
    import numpy as np

    z = np.load(path)
    names = str(z["features"]).split("\n")
    lexicon = dict(line.split("\t") for line in str(z["lexicon"]).split("\n") if line)
    stats = dict(line.split("\t") for line in str(z["stats"]).split("\n") if line) if "stats" in z else None
    phrases = None
    if "phrases" in z and str(z["phrases"]) != "-":
        phrases = dict(line.split("\t") for line in str(z["phrases"]).split("\n") if line)
    vocab = {f: i for i, f in enumerate(names)}
    steps = z["steps"] if "steps" in z else None
    doc = z["doc"] if "doc" in z else None
    return Model(vocab, z["weights"].astype(np.float32), z["bias"], z["trans"], lexicon, stats or None, phrases, steps, doc)


@functools.cache
def shipped() -> Model | None:
    """The shipped model, loaded once; None when the package was installed without it."""
    if not resources.files("govnews.extract").joinpath("data").joinpath(ARTIFACT).is_file():
        return None
    return load()
