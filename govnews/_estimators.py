"""The scikit-learn pieces of a classifier, importable by name so that saved models load.

Imported only when a classifier is trained or applied: it imports scikit-learn.
"""

from __future__ import annotations

import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin

from .terms import words

intern = sys.intern


def first(doc: tuple[list[str], list[str]]) -> list[str]:
    return doc[0]


def second(doc: tuple[list[str], list[str]]) -> list[str]:
    return doc[1]


class Analyzer(TransformerMixin, BaseEstimator):
    """Turn texts into (words, sentencepiece pieces) once, so that cross-validation folds share the work."""

    def __init__(self, subwords_model: bytes = b""):
        self.subwords_model = subwords_model  # a serialized sentencepiece model

    def __getstate__(self) -> dict[str, Any]:
        state = super().__getstate__()
        state.pop("_sp", None)  # a live processor does not pickle; it is rebuilt from the bytes
        return state

    def fit(self, texts: Sequence[str], labels: Sequence[str] | None = None) -> Analyzer:
        return self

    def __sklearn_is_fitted__(self) -> bool:
        return True

    def transform(self, texts: Iterable[str]) -> list[tuple[list[str], list[str]]]:
        if getattr(self, "_sp", None) is None:
            from .subwords import processor

            self._sp = processor(self.subwords_model)
        texts = list(texts)
        pieces = self._sp.encode(texts, out_type=str)
        # one string object a distinct token: a corpus of 30k articles fits in memory
        return [([intern(w) for w in words(text)], [intern(p) for p in ps]) for text, ps in zip(texts, pieces)]


class CalibratedLinear(ClassifierMixin, BaseEstimator):
    """A linear SVM with sigmoid-calibrated probabilities; a logistic regression when a label is too rare to calibrate."""

    def __init__(self, C: float = 0.5):
        self.C = C

    def fit(self, X, y) -> CalibratedLinear:
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.linear_model import LogisticRegression
        from sklearn.svm import LinearSVC

        folds = min(3, min(Counter(y).values()))
        svm = LinearSVC(C=self.C, class_weight="balanced")
        if folds >= 2:
            self.model_ = CalibratedClassifierCV(svm, method="sigmoid", cv=folds)
        else:
            self.model_ = LogisticRegression(C=10.0, max_iter=1000, class_weight="balanced")
        self.model_.fit(X, y)
        self.classes_ = self.model_.classes_
        return self

    def predict_proba(self, X):
        return self.model_.predict_proba(X)

    def predict(self, X):
        return self.classes_[self.predict_proba(X).argmax(axis=1)]
