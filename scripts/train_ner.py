"""Train the Arabic name classifier of `govnews.extract.ner` on ANERcorp.

Reads `DATA/anercorp/train.bio` (one `token tag` a line, sentences separated by blank lines; `--data`
defaults to ../shared/data relative to the repository), keeps the first nine tenths of the sentences
for training and writes the last tenth to `--heldout` for `scripts/eval_ner.py`. The names of the
training part feed a lexicon feature and a list of known names (`ner.Phrases`, with the gazetteers);
inside the training part both are built fold by fold (each fold's from the other folds) so that the
model learns how far to trust them on unseen text. Word
counts of the training part and of the Arabic side of TICO-19 (`DATA/tico19/docs.jsonl`, CC0) give
each word a corpus feature: how frequent it is and how often it takes the article (names rarely do).
Only text whose terms allow shipping the model is counted (never SaudiNewsNet, CC BY-NC-SA).
Stage one is a LinearSVC; the last stage a linear-chain CRF trained with python-crfsuite (a
development dependency: the package only reads the weights it learns). The CRF also sees, for each
token, stage one's best score of each type over the other occurrences of its word in the document
(`ner.doc_evidence`); ANERcorp has no article marks, so a block of 11 consecutive sentences is taken
as an article, then 10 sentences each alone (`--doc-block`), so that short texts are tagged as well. `--dev` trains on the first
four fifths of the training part and scores its last fifth, for choosing features and settings
without the held-out tenth.

    .venv/bin/python scripts/train_ner.py --dev      # dev split of the training part: prints its scores
    .venv/bin/python scripts/train_ner.py            # writes govnews/extract/data/ner_ar.npz
    .venv/bin/python scripts/eval_ner.py build/ner/heldout.bio
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


def read_bio(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag) from a BIO file."""
    sents, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append((parts[0], parts[-1]))
    if cur:
        sents.append(cur)
    return sents


def write_bio(sents, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        for s in sents:
            f.write("\n".join(f"{w} {t}" for w, t in s) + "\n\n")


def word_stats(train: list[list[tuple[str, str]]], data: Path, corpus: str) -> dict[str, str] | None:
    """`ner.corpus_stats` of the words of text whose terms let the model ship (folded).

    `corpus` is `anercorp` (the training part itself), `tico19` (the Arabic side of TICO-19, CC0),
    `both` or `none`. SaudiNewsNet is CC BY-NC-SA and is never counted: the codes ship in the model.
    """
    import json
    import re
    from collections import Counter

    from govnews.extract import ner
    from govnews.extract.gazetteer import fold

    if corpus == "none":
        return None
    marks = re.compile("[\u064b-\u065f\u0670\u0640]")
    word = re.compile(r"[^\W\d_]+")
    counts: Counter = Counter()
    if corpus in ("anercorp", "both"):
        for sent in train:
            counts.update(w for w, _ in sent if word.fullmatch(w))
    if corpus in ("tico19", "both"):
        with (data / "tico19" / "docs.jsonl").open(encoding="utf-8") as f:
            for line in f:
                for sent in json.loads(line).get("ar_sents") or []:
                    counts.update(word.findall(marks.sub("", fold(sent))))
    stats = ner.corpus_stats(counts, min_count=2)
    print(f"corpus features ({corpus}): {sum(counts.values())} words, {len(stats)} kept")
    return stats


def train_model(
    train: list[list[tuple[str, str]]], stats: dict[str, str] | None, *, folds: int = 5, C: float = 0.1, phrases: bool = True, stages: int = 2,
    links: str = "both",
    last: str = "crf",
    c1: float = 1.0,
    c2: float = 1.0,
    iterations: int = 200,
    doc_block: tuple[int, ...] = (),
    doc_offsets: tuple[int, ...] = (0,),
):
    """Fit the stages of `ner.Model` on folded training sentences: LinearSVC, the last one a CRF (`last="crf"`)."""
    import numpy as np
    from scipy.sparse import csr_matrix, hstack
    from sklearn.svm import LinearSVC

    from govnews.extract import ner

    t0 = time.time()
    # features of every training token, the lexicon feature built from the other folds
    vocab: dict[str, int] = {}
    rows, cols, y, fold_of, sent_of, word_of = [], [], [], [], [], []
    r = 0
    for fold in range(folds):
        others = [s for k, s in enumerate(train) if k % folds != fold]
        lexicon = ner.train_lexicon(others)
        matcher = ner.Phrases(ner.train_phrases(others)) if phrases else None
        for k in range(fold, len(train), folds):
            words = [w for w, _ in train[k]]
            ph = matcher.tags([ner.stem(w)[1] for w in words]) if matcher else None
            for i, (_, tag) in enumerate(train[k]):
                for f in ner.token_features(words, i, lexicon, stats, ph):
                    cols.append(vocab.setdefault(f, len(vocab)))
                    rows.append(r)
                y.append(ner.LABELS.index(tag) if tag in ner.LABELS else 0)
                fold_of.append(fold)
                sent_of.append(k)
                word_of.append(words[i])
                r += 1
    X = csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(r, len(vocab)))
    X.sum_duplicates()
    X.data[:] = 1.0
    y = np.array(y)
    fold_of = np.array(fold_of)
    sent_of = np.array(sent_of)
    print(f"{len(train)} training sentences, {r} tokens, {len(vocab)} features ({time.time() - t0:.0f} s)")

    def fit(M):
        clf = LinearSVC(C=C, max_iter=5000, random_state=0)
        clf.fit(M, y)
        W = np.zeros((M.shape[1], len(ner.LABELS)), dtype=np.float32)
        b = np.full(len(ner.LABELS), -1e3, dtype=np.float32)
        for c, label in enumerate(clf.classes_):
            W[:, label] = clf.coef_[c]
            b[label] = clf.intercept_[c]
        return W, b

    # stage one, then each later stage from the word features and the tags the stage before gave the
    # tokens around; the tags of each fold come from a model that did not see the fold
    L = len(ner.LABELS)

    def neighbour_tags(tags, scores):
        trows, tcols, vals = [], [], []
        for r_ in range(r):
            for o, k in enumerate(ner.OFFSETS):
                j = r_ + k
                if 0 <= j < r and sent_of[j] == sent_of[r_]:
                    trows.append(r_)
                    tcols.append(o * 2 * L + tags[j])
                    vals.append(1.0)
                    if links == "both":
                        trows += [r_] * L
                        tcols += range(o * 2 * L + L, o * 2 * L + 2 * L)
                        vals += list(scores[j])
        T = csr_matrix((np.asarray(vals, dtype=np.float32), (trows, tcols)), shape=(r, len(ner.OFFSETS) * 2 * L))
        if not doc_block:
            return hstack([X, T]).tocsr()
        return hstack([X, T, doc_columns(scores)]).tocsr()

    def doc_columns(scores):
        """`ner.doc_evidence` of each token's neighbours, documents being blocks of consecutive sentences.

        The blocks take the sizes of `doc_block` in turn, so that the model meets short documents too.
        """
        keys_of: dict[str, int] = {}
        keys = np.array([keys_of.setdefault(w, len(keys_of)) for w in word_of], dtype=np.int64)
        block_of = np.repeat(np.arange(len(train)), [doc_block[b % len(doc_block)] for b in range(len(train))])[: len(train)]
        keys += block_of[sent_of] * len(keys_of)
        ev = ner.doc_evidence(scores, keys)
        F = ev.shape[1]
        drows, dcols, dvals = [], [], []
        for o, k in enumerate(ner.OFFSETS):
            if k not in doc_offsets:
                continue
            src = np.arange(r) + k
            ok = (src >= 0) & (src < r)
            ok[ok] &= sent_of[src[ok]] == sent_of[ok.nonzero()[0]]
            for f in range(F):
                rr = np.flatnonzero(ok)
                v = ev[src[rr], f]
                nz = v != 0
                drows.append(rr[nz])
                dcols.append(np.full(nz.sum(), o * F + f))
                dvals.append(v[nz])
        return csr_matrix((np.concatenate(dvals), (np.concatenate(drows), np.concatenate(dcols))), shape=(r, len(ner.OFFSETS) * F))

    Ws, bs, transes = [], [], []
    steps = None
    doc = None
    M = X
    for stage in range(stages):
        if stage == stages - 1 and last == "crf":
            W, b, steps = fit_crf(M, y, sent_of, c1=c1, c2=c2, iterations=iterations)
        else:
            W, b = fit(M)
        Ws.append(W[: len(vocab)])
        bs.append(b)
        if stage:
            ntr = len(ner.OFFSETS) * 2 * L
            transes.append(W[len(vocab) : len(vocab) + ntr].reshape(len(ner.OFFSETS), 2 * L, L))
            if doc_block and stage == stages - 1:
                doc = W[len(vocab) + ntr :].reshape(len(ner.OFFSETS), -1, L)
        if stage == stages - 1:
            break
        tags = np.zeros(r, dtype=np.int64)
        scores = np.zeros((r, L), dtype=np.float32)
        for fold in range(folds):
            test = fold_of == fold
            clf = LinearSVC(C=C, max_iter=5000, random_state=0).fit(M[~test], y[~test])
            d = clf.decision_function(M[test])
            part = np.full((d.shape[0], L), -ner.LINK_CLIP, dtype=np.float32)
            part[:, clf.classes_] = np.clip(d, -ner.LINK_CLIP, ner.LINK_CLIP)
            scores[test] = part
            tags[test] = clf.classes_[d.argmax(axis=1)]
        M = neighbour_tags(tags, scores)
    trans = np.stack(transes)
    if links == "tags":
        trans = trans[:, :, :L]

    W = np.stack(Ws, axis=1)
    keep = np.abs(W).max(axis=(1, 2)) > 1e-3
    names = [f for f, i in sorted(vocab.items(), key=lambda kv: kv[1])]
    kept = [f for f, k in zip(names, keep) if k]
    model = ner.Model(
        {f: i for i, f in enumerate(kept)},
        W[keep],
        np.stack(bs),
        trans,
        ner.train_lexicon(train),
        stats,
        ner.train_phrases(train) if phrases else None,
        steps,
        doc,
    )
    return model


def fit_crf(M, y, sent_of, *, c1: float, c2: float, iterations: int):
    """Fit a linear-chain CRF (crfsuite, L-BFGS) on the rows of `M`, one sequence a sentence.

    Returns (weights (columns, labels), bias (labels), transitions (labels, labels)): the same
    weights as a token classifier's, plus the learned score of each tag after each tag.
    """
    import tempfile

    import numpy as np
    import pycrfsuite

    from govnews.extract import ner

    t0 = time.time()
    L = len(ner.LABELS)
    trainer = pycrfsuite.Trainer(verbose=False)
    bounds = [0, *np.flatnonzero(np.diff(sent_of)) + 1, len(y)]
    for a, b in zip(bounds, bounds[1:]):
        items = []
        for r in range(a, b):
            lo, hi = M.indptr[r], M.indptr[r + 1]
            attrs = dict(zip(map(str, M.indices[lo:hi]), map(float, M.data[lo:hi])))
            attrs["b"] = 1.0
            items.append(attrs)
        trainer.append(items, [str(t) for t in y[a:b]])
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations, "feature.possible_transitions": True})
    with tempfile.TemporaryDirectory() as tmp:
        path = f"{tmp}/crf"
        trainer.train(path)
        tagger = pycrfsuite.Tagger()
        tagger.open(path)
        info = tagger.info()
        tagger.close()
    W = np.zeros((M.shape[1], L), dtype=np.float32)
    bias = np.zeros(L, dtype=np.float32)
    for (attr, label), w in info.state_features.items():
        if attr == "b":
            bias[int(label)] += w
        else:
            W[int(attr), int(label)] += w
    steps = np.zeros((L, L), dtype=np.float32)
    for (a, b), w in info.transitions.items():
        steps[int(a), int(b)] = w
    print(f"CRF over {M.shape[1]} columns: {len(info.state_features)} weights ({time.time() - t0:.0f} s)")
    return W, bias, steps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    ap.add_argument("--heldout", type=Path, default=REPO / "build" / "ner" / "heldout.bio")
    ap.add_argument("-o", "--output", type=Path, default=REPO / "govnews" / "extract" / "data" / "ner_ar.npz")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("-C", type=float, default=0.1)
    ap.add_argument("--stages", type=int, default=2)
    ap.add_argument("--last", choices=["crf", "svm"], default="crf", help="how the last stage is trained: a linear-chain CRF (python-crfsuite) or a LinearSVC")
    ap.add_argument("--c1", type=float, default=1.0, help="L1 penalty of the CRF")
    ap.add_argument("--c2", type=float, default=1.0, help="L2 penalty of the CRF")
    ap.add_argument("--iterations", type=int, default=200, help="L-BFGS iterations of the CRF")
    ap.add_argument("--links", choices=["tags", "both"], default="both", help="what a later stage sees of its neighbours: the tags of the stage before, or also its scores")
    ap.add_argument("--doc-block", default="11" + ",1" * 10, help="sentences taken as one document for the document features in training, one size or sizes taken in turn (comma-separated; "": no document features)")
    ap.add_argument("--doc-offsets", default="0", help="offsets whose document features the last stage sees, comma-separated")
    ap.add_argument("--eval-block", default="11,1", help="dev sentences tagged together as one document: the table is of the first size, the micro F1 of each is printed")
    ap.add_argument(
        "--dev",
        action="store_true",
        help="train on the first four fifths of the training part, score its last fifth and write no model",
    )
    ap.add_argument(
        "--corpus",
        choices=["both", "anercorp", "tico19", "none"],
        default="both",
        help="text counted for the corpus features: the ANERcorp training part, TICO-19's Arabic (CC0), both, or none",
    )
    args = ap.parse_args()

    from govnews.extract import ner
    from govnews.extract.gazetteer import fold_key

    t0 = time.time()
    sents = read_bio(args.data / "anercorp" / "train.bio")
    cut = len(sents) * 9 // 10
    train, held = sents[:cut], sents[cut:]
    write_bio(held, args.heldout)
    if args.dev:
        from eval_ner import micro, print_table, score

        dev_cut = len(train) * 4 // 5
        train, dev = train[:dev_cut], train[dev_cut:]
    train = [[(fold_key(w) or w, t) for w, t in s] for s in train]
    stats = word_stats(train, args.data, args.corpus)

    model = train_model(
        train,
        stats,
        folds=args.folds,
        C=args.C,
        stages=args.stages,
        links=args.links,
        last=args.last,
        c1=args.c1,
        c2=args.c2,
        iterations=args.iterations,
        doc_block=tuple(int(k) for k in args.doc_block.split(",") if k),
        doc_offsets=tuple(int(k) for k in args.doc_offsets.split(",")),
    )
    if args.dev:
        print(f"dev: {len(train)} sentences trained, the next {len(dev)} scored ({time.time() - t0:.0f} s)")
        blocks = [int(k) for k in args.eval_block.split(",")]
        print_table(score(model, dev, block=blocks[0]))
        for b in blocks[1:]:
            print(f"micro P/R/F1 with {b} sentence(s) a document: " + " ".join(f"{x:.3f}" for x in micro(score(model, dev, block=b))))
        return
    ner.save(model, args.output)
    size = args.output.stat().st_size
    print(f"kept {len(model.vocab)} features; wrote {args.output} ({size / 1e6:.1f} MB) in {time.time() - t0:.0f} s")
    print(f"held-out part: {len(held)} sentences in {args.heldout}")


if __name__ == "__main__":
    main()
