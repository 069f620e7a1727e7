"""A linear token classifier for Arabic names (PERS, LOC, ORG, MISC in BIO tags).

Every feature of a token is a feature of one word at an offset from -2 to +2 (the word, its affixes,
letter groups of its stem without clitics, its shape, whether the gazetteers or the training names
know it), or of that word's place in a known name (a training name or a gazetteer entry, matched on
word stems with one Aho-Corasick pass per document). A linear model over such features scores a
token as the sum of one vector per neighbouring word, so the vectors are computed once per word
form and cached: a document costs one dictionary look-up per token and a few numpy sums, not a
feature extraction per token. Tags are the best BIO sequence under those scores and the learned
score of each tag after each tag (the last stage is trained as a linear-chain CRF; `decode`), searched
only where a name is plausible. The last stage also weighs what the first said of the same word form
elsewhere in the document (`doc_evidence`): a name is mostly tagged alike all through an article.

The model is trained by `scripts/train_ner.py` on ANERcorp and shipped as `data/ner_ar.npz`
(see `data/README.md` for the data's terms). It is loaded on first use, once per process.

Its modules, from words to names:

    tags       the BIO labels, and the names a tag sequence holds (`spans`)
    features   the features of a word and of a token; corpus codes and the training lexicon
    phrases    known names (training names, gazetteer entries) found in a text's stems
    model      `Model`: the arrays of the stacked stages and the scores they give a text
    decoding   the best tag sequence under the scores (`decode`)
    artifact   the model's file: `save`, `load`, and the shipped model (`shipped`)
    mentions   name candidates for `names.find_names` (`candidates`)
"""

from __future__ import annotations

from govnews.extract.ner.artifact import ARTIFACT, load, save, shipped
from govnews.extract.ner.decoding import SLACK, best_path, decode
from govnews.extract.ner.features import (
    OFFSETS,
    PAD,
    PERSON_NAMES,
    corpus_stats,
    end_features,
    person_names,
    start_features,
    stem,
    stem_features,
    token_features,
    train_lexicon,
    whole_word_features,
    word_features,
)
from govnews.extract.ner.mentions import MIN_MARGIN, candidates, candidates_many
from govnews.extract.ner.model import DOC_FEATURES, LINK_CLIP, Model, doc_evidence, one_blas_thread
from govnews.extract.ner.phrases import WORLD_PLACES, Phrases, gazetteer_phrases, train_phrases
from govnews.extract.ner.tags import LABELS, index_spans, repair, spans

__all__ = [
    "ARTIFACT",
    "DOC_FEATURES",
    "LABELS",
    "LINK_CLIP",
    "MIN_MARGIN",
    "OFFSETS",
    "PAD",
    "PERSON_NAMES",
    "SLACK",
    "WORLD_PLACES",
    "Model",
    "Phrases",
    "best_path",
    "candidates",
    "candidates_many",
    "corpus_stats",
    "decode",
    "doc_evidence",
    "end_features",
    "gazetteer_phrases",
    "index_spans",
    "load",
    "one_blas_thread",
    "person_names",
    "repair",
    "save",
    "shipped",
    "spans",
    "start_features",
    "stem",
    "stem_features",
    "token_features",
    "train_lexicon",
    "train_phrases",
    "whole_word_features",
    "word_features",
]
