"""The Arabic name classifier of `govnews.extract.ner`: its word lists, known names and stacked stages."""

import numpy as np
import pytest

from govnews.extract import ner
from govnews.extract.ner import decoding
from govnews.extract.gazetteer import fold_key


def _names(model, sentence):
    words = [fold_key(w) for w in sentence.split()]
    return [(" ".join(words[i:j]), t) for i, j, t in ner.spans(model.predict(words))]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("وقالت المستشارة الألمانية أنجيلا ميركل إن بلادها تدعم الاتفاق", ("انجيلا ميركل", "PERS")),
        ("وفاز بايرن ميونيخ على فيردر بريمن في الدوري الألماني", ("فيردر بريمن", "ORG")),
        ("وصل وزير الخارجية إلى هامبورغ قادما من برلين", ("هامبورغ", "LOC")),
        ("وسجل اللاعب الإسباني رافائيل نادال فوزا سهلا في ملبورن", ("رافاييل نادال", "PERS")),
    ],
)
def test_shipped_classifier_finds_names_it_never_saw(sentence, expected):
    assert expected in _names(ner.shipped(), sentence)


@pytest.mark.parametrize(
    "word, known",
    [("فيدرر", True), ("شوماخر", True), ("ساركوزي", True), ("كريستوفر", True), ("الحكومه", False), ("قال", False), ("الاقتصاد", False)],
)
def test_personal_names_list(word, known):
    assert (word in ner.person_names()) is known


@pytest.mark.parametrize(
    "words, expected",
    [
        (["وصل", "الي", "هامبورغ"], ["O", "O", "B-LOC"]),  # a city of the world places list
        (["في", "بوتسوانا"], ["O", "B-LOC"]),  # a country of CLDR's list, after no clitic
        (["فاز", "بايرن", "ميونيخ"], ["O", "B-ORG", "I-ORG"]),  # a club, longer than the city in it
        (["قالت", "رويترز"], ["O", "B-ORG"]),
    ],
)
def test_gazetteers_and_world_places_are_known_names(words, expected):
    tags = ner.Phrases({}).tags([ner.stem(w)[1] for w in words])
    assert [ner.LABELS[t] for t in tags] == expected


def _model(stages, trans):
    L = len(ner.LABELS)
    vocab = {"0|w=ميركل": 0, "0|w=انجيلا": 1}
    weights = np.zeros((2, stages, L), dtype=np.float32)
    weights[0, :, ner.LABELS.index("B-PERS")] = 2.0  # ميركل alone looks like a name's first word
    weights[1, :, ner.LABELS.index("B-PERS")] = 5.0
    bias = np.zeros((stages, L), dtype=np.float32)
    bias[:, 0] = 1.0
    return ner.Model(vocab, weights, bias, trans, {})


def test_later_stage_continues_a_name_from_the_scores_before():
    L = len(ner.LABELS)
    r = ner.OFFSETS.index(-1)
    trans = np.zeros((1, len(ner.OFFSETS), 2 * L, L), dtype=np.float32)
    trans[0, r, L + ner.LABELS.index("B-PERS"), ner.LABELS.index("I-PERS")] = 1.0  # stage one's B-PERS score before
    trans[0, r, L + ner.LABELS.index("B-PERS"), ner.LABELS.index("B-PERS")] = -1.0
    model = _model(2, trans)
    words = ["انجيلا", "ميركل"]
    s = model.scores(words)
    # stage one scores انجيلا B-PERS 5 (clipped to 3): ميركل gains 3 as I-PERS and loses 3 as B-PERS
    assert s[1, ner.LABELS.index("I-PERS")] == pytest.approx(3.0)
    assert s[1, ner.LABELS.index("B-PERS")] == pytest.approx(2.0 - 3.0)
    assert model.predict(words) == ["B-PERS", "I-PERS"]
    assert model.predict(words, stages=1) == ["B-PERS", "B-PERS"]
    assert model.predict(words, [0, 1]) == ["B-PERS", "B-PERS"]  # not across a sentence end


@pytest.mark.parametrize(
    "best, keys, expected",
    [
        # (each token's best type and its score, word numbers) -> the PERS column and the "elsewhere" flag
        ([("PERS", 2.0), ("O", 1.0), ("PERS", -1.0)], [7, 3, 7], [(-1.0, 1), (0.0, 0), (2.0, 1)]),
        ([("PERS", 2.0), ("PERS", 2.0), ("PERS", 0.5)], [1, 1, 1], [(2.0, 1), (2.0, 1), (2.0, 1)]),  # a tie: each sees the other's 2
        ([("PERS", 3.0), ("LOC", 1.0)], [1, 2], [(0.0, 0), (0.0, 0)]),  # no word twice: nothing to say
        ([("PERS", 3.0)], [5], [(0.0, 0)]),
    ],
)
def test_document_evidence_is_the_best_of_the_other_occurrences(best, keys, expected):
    L = len(ner.LABELS)
    scores = np.full((len(best), L), -3.0, dtype=np.float32)
    for i, (type_, value) in enumerate(best):
        scores[i, 0 if type_ == "O" else ner.LABELS.index("I-" + type_)] = value  # I- counts as much as B-
    ev = ner.doc_evidence(scores, np.array(keys))
    assert ev.shape == (len(best), ner.DOC_FEATURES)
    assert [(float(e[1]), int(e[-1])) for e in ev] == expected


def test_a_name_found_elsewhere_in_the_document_is_surer(tmp_path):
    L = len(ner.LABELS)
    trans = np.zeros((1, len(ner.OFFSETS), 2 * L, L), dtype=np.float32)
    doc = np.zeros((len(ner.OFFSETS), ner.DOC_FEATURES, L), dtype=np.float32)
    doc[ner.OFFSETS.index(0), 1, ner.LABELS.index("B-PERS")] = 1.0  # the word's best PERS score elsewhere
    model = _model(2, trans)
    model = ner.Model(model.vocab, model.weights, model.bias, trans, {}, doc=doc)
    words = ["انجيلا", "وقالت", "ميركل", "وقالت", "انجيلا"]
    s = model.scores(words, [0, 0, 1, 1, 2])
    b = ner.LABELS.index("B-PERS")
    # stage one: انجيلا B-PERS 5 (clipped to 3), ميركل 2; each انجيلا gains the other's 3, ميركل is alone
    assert s[[0, 2, 4], b].tolist() == pytest.approx([8.0, 2.0, 8.0])
    assert s[1, b] == s[3, b] == pytest.approx(0.0)  # وقالت: its other occurrence scores 0 as PERS
    assert model.predict(words[2:3]) == ["B-PERS"] and model.predict(words[4:]) == ["B-PERS"]
    path = tmp_path / "m.npz"
    ner.save(model, path)
    np.testing.assert_allclose(ner.load(str(path)).scores(words, [0, 0, 1, 1, 2]), s)


def test_two_stage_files_with_tag_links_only_still_load(tmp_path):
    L = len(ner.LABELS)
    old = np.zeros((len(ner.OFFSETS), L, L), dtype=np.float32)  # (offsets, tags, labels): no score links
    old[ner.OFFSETS.index(-1), ner.LABELS.index("B-PERS"), ner.LABELS.index("I-PERS")] = 4.0
    path = tmp_path / "m.npz"
    ner.save(_model(2, old), path)
    model = ner.load(str(path))
    assert model.stages == 2 and model.trans.shape == (1, len(ner.OFFSETS), L, L)
    assert model.predict(["انجيلا", "ميركل"]) == ["B-PERS", "I-PERS"]


def test_three_stages_chain_their_tags():
    L = len(ner.LABELS)
    trans = np.zeros((2, len(ner.OFFSETS), L, L), dtype=np.float32)
    r = ner.OFFSETS.index(-1)
    trans[:, r, ner.LABELS.index("B-PERS"), ner.LABELS.index("I-PERS")] = 4.0
    model = _model(3, trans)
    assert model.stages == 3
    assert model.predict(["انجيلا", "ميركل"]) == ["B-PERS", "I-PERS"]
    assert model.word_vectors("ميركل").shape == (3, len(ner.OFFSETS), L)


def _viterbi(scores, step):
    """Plain Viterbi over every token, for comparison."""
    start, hard = decoding._transitions()
    step = hard + step
    cur = scores[0] + start
    back = []
    for s in scores[1:]:
        cand = cur[:, None] + step
        back.append(cand.argmax(axis=0))
        cur = cand.max(axis=0) + s
    k = int(cur.argmax())
    path = [k]
    for bp in reversed(back):
        k = int(bp[k])
        path.append(k)
    return [ner.LABELS[k] for k in reversed(path)]


def test_decoding_all_runs_at_once_is_viterbi_when_nothing_is_pruned(monkeypatch):
    monkeypatch.setattr(decoding, "SLACK", 1e9)  # where `best_path` reads it
    rng = np.random.default_rng(7)
    L = len(ner.LABELS)
    for _ in range(200):
        n = int(rng.integers(1, 30))
        scores = rng.normal(0, 2, (n, L)).astype(np.float32)
        steps = rng.normal(0, 1, (L, L)).astype(np.float32)
        assert ner.decode(scores, steps=steps) == _viterbi(scores, steps)


def test_learned_steps_carry_a_name_on():
    L = len(ner.LABELS)
    scores = np.zeros((3, L), dtype=np.float32)
    scores[:, 0] = 1.0
    scores[0, ner.LABELS.index("B-PERS")] = 3.0
    scores[1, ner.LABELS.index("I-PERS")] = 0.5  # below O on its own
    assert ner.decode(scores) == ["B-PERS", "O", "O"]
    steps = np.zeros((L, L), dtype=np.float32)
    steps[ner.LABELS.index("B-PERS"), ner.LABELS.index("I-PERS")] = 1.0
    assert ner.decode(scores, steps=steps) == ["B-PERS", "I-PERS", "O"]
    # a sentence end between them: no step across it
    assert ner.decode(scores, [0, 1, 1], steps=steps) == ["B-PERS", "O", "O"]


def test_shipped_classifier_has_learned_steps():
    model = ner.shipped()
    assert model.steps is not None and model.steps.shape == (len(ner.LABELS), len(ner.LABELS))
    # a person's name goes on more readily than it jumps to an organization's
    b, i_pers, i_org = (ner.LABELS.index(t) for t in ("B-PERS", "I-PERS", "I-ORG"))
    assert model.steps[b, i_pers] > model.steps[b, i_org]


def test_a_full_word_cache_keeps_the_common_words_and_scores_as_before(seeds):
    from govnews.extract.tokens import tokenize

    texts = [seeds[k] for k in ("000", "002", "003", "004")]
    fresh = ner.load()
    expected = [fresh.scores(tokenize(t).words) for t in texts]
    small = ner.load()
    small._CACHE_SIZE = 400  # far fewer word forms than the articles hold: evictions on every article
    for _ in range(2):
        for text, want in zip(texts, expected):
            np.testing.assert_allclose(small.scores(tokenize(text).words), want, rtol=1e-5, atol=1e-5)
    assert len(small._ids) <= 400 + max(len(tokenize(t).words) for t in texts)
    assert small._ids[ner.PAD] == 0
    common = next(w for w in ("في", "فى") if w in small._ids)  # a word of every article survives the evictions
    assert small._uses[small._ids[common]] > 0


def test_index_spans_are_the_spans_of_the_labels():
    import random

    rng = random.Random(1)
    for _ in range(5000):
        tags = [rng.randrange(len(ner.LABELS)) for _ in range(rng.randrange(12))]
        assert ner.index_spans(tags) == ner.spans([ner.LABELS[t] for t in tags])
