"""`extract` and `analyze` on the sample articles against their hand-checked gold, and the
statistical backends (the shipped classifier, camel-tools' model loaded from a folder)."""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govnews.errors import ConfigError, MissingDependencyError
from govnews.extract import analyze, analyze_many, extract
from govnews.extract import ner

NAME_TYPES = ("PERSON", "ORG", "LOC", "EVENT")


@pytest.fixture(scope="module")
def analyses(seeds, gold):
    return {k: analyze(seeds[k], lang=gold[k]["lang"]) for k in seeds}


@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_every_gold_name_is_found_with_title_and_role(doc, analyses, gold):
    found = analyses[doc].entities
    for g in gold[doc]["entities"]:
        if g["type"] not in NAME_TYPES:
            continue
        same = [e for e in found if e.type == g["type"] and e.text == g["text"]]
        assert same, f"{g['type']} {g['text']!r} missing"
        for key in ("title", "role"):
            if key in g:
                assert any(e.attrs.get(key) == g[key] for e in same), (g["text"], key, [e.attrs for e in same])
        if "aliases" in g:
            assert any(e.attrs.get("aliases") == g["aliases"] for e in same)


@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_every_gold_event_is_found_with_its_fields(doc, analyses, gold):
    events = analyses[doc].events
    for g in gold[doc]["events"]:
        match = [e for e in events if e.event_type == g["type"] and (e.title == g.get("title") if g.get("title") else e.name == g["text"])]
        assert match, f"event {g['type']} {g.get('title') or g['text']!r} missing from {events}"
        ev = match[0]
        for key in ("organizer", "location", "start", "end", "participants", "venue", "title"):
            if key in g:
                assert getattr(ev, key) == g[key], (key, getattr(ev, key), g[key])
        if "speakers" in g:
            assert ev.attrs.get("speakers") == g["speakers"]
        if "program" in g:
            assert ev.attrs.get("program") == g["program"]
        if "ordinal" in g:
            assert ev.attrs.get("ordinal") == g["ordinal"]
        if "expected_participants" in g:
            assert ev.attrs.get("expected_participants") == g["expected_participants"]


@pytest.mark.parametrize("doc", ["000", "001", "002", "003", "004"])
def test_entities_are_sorted_exact_and_disjoint(doc, seeds, analyses):
    text = seeds[doc]
    ents = analyses[doc].entities
    assert [e.start for e in ents] == sorted(e.start for e in ents)
    for a, b in zip(ents, ents[1:]):
        assert a.end <= b.start
    for e in ents:
        assert text[e.start : e.end] == e.text
        assert e.entity_id and e.entity_id.startswith("e") and e.link is None


def test_mentions_of_one_entity_share_an_id(analyses):
    def ids(doc, *texts):
        return {e.entity_id for e in analyses[doc].entities if e.text in texts}

    assert len(ids("000", "محمد السباع", "السباع")) == 1
    assert len(ids("000", "معهد الإدارة العامة", "بيبا")) == 1
    assert len(ids("001", "Mohamed Al-Sabba’a", "Al-Sabba’a")) == 1
    assert len(ids("001", "Institute of Public Administration", "BIPA")) == 1
    assert len(ids("004", "فادي سالم", "سالم")) == 1
    assert len(ids("003", "جمهورية مصر العربية", "مصر")) == 1
    event_ids = {e.entity_id for e in analyses["004"].entities if e.type == "EVENT"}
    assert event_ids == {analyses["004"].events[0].attrs["entity_id"]}


def test_event_references_point_at_entities(analyses):
    ev = analyses["002"].events[0]
    by_id = {e.entity_id: e for e in analyses["002"].entities}
    assert by_id[ev.attrs["organizer_id"]].text == "الأمانة العامة للمجلس التنفيذي بدبي"
    assert by_id[ev.attrs["location_id"]].value == "دبي"


def test_extract_is_analyze_entities_and_detects_the_language(seeds):
    assert extract(seeds["001"]) == analyze(seeds["001"], lang="en").entities
    assert extract(seeds["002"]) == analyze(seeds["002"], lang="ar").entities
    assert extract("") == []


def test_values_come_with_names(seeds):
    dates = [e for e in extract(seeds["004"], lang="ar") if e.type == "DATE"]
    assert any(e.value == "2014-09-17/2014-09-18" for e in dates)


@pytest.mark.parametrize("kwargs", [{"lang": "fr"}, {"lang": "ar", "backend": "spacy"}])
def test_bad_options_are_rejected(kwargs):
    with pytest.raises(ConfigError):
        analyze("نص", **kwargs)


def test_shipped_classifier_tags_names():
    model = ner.shipped()
    assert model is not None
    words = ["قال", "الرييس", "اللبناني", "اميل", "لحود", "في", "بيروت", "امس"]
    tags = model.predict(words)
    assert tags[6] == "B-LOC"
    assert len(tags) == len(words) and all(t in ner.LABELS for t in tags)


def test_classifier_round_trips_through_its_file(tmp_path):
    import numpy as np

    vocab = {"0|w=دبي": 0, "0|flag": 1}
    weights = np.zeros((2, 2, len(ner.LABELS)), dtype=np.float32)
    weights[0, :, ner.LABELS.index("B-LOC")] = 5.0
    trans = np.zeros((len(ner.OFFSETS), len(ner.LABELS), len(ner.LABELS)), dtype=np.float32)
    bias = np.zeros((2, len(ner.LABELS)), dtype=np.float32)
    bias[:, 0] = 1.0
    model = ner.Model(vocab, weights, bias, trans, {"دبي": "B-LOC"})
    path = tmp_path / "m.npz"
    ner.save(model, path)
    again = ner.load(str(path))
    assert again.predict(["زار", "دبي"]) == ["O", "B-LOC"]
    assert again.lexicon == {"دبي": "B-LOC"} and again.phrases is None
    model.phrases = {"مجلس امن": "ORG"}
    ner.save(model, path)
    assert ner.load(str(path)).phrases == {"مجلس امن": "ORG"}


def test_bio_spans():
    assert ner.spans(["B-PERS", "I-PERS", "O", "B-LOC", "B-LOC", "I-ORG"]) == [
        (0, 2, "PERS"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
    ]
    assert ner.repair(["I-ORG", "I-ORG", "O"]) == ["B-ORG", "I-ORG", "O"]


def _scores(*rows):
    import numpy as np

    out = np.zeros((len(rows), len(ner.LABELS)), dtype=np.float32)
    for i, row in enumerate(rows):
        for tag, value in row.items():
            out[i, ner.LABELS.index(tag)] = value
    return out


@pytest.mark.parametrize(
    "rows, expected",
    [
        # a person's second word scored a little higher as an organization stays in the person
        (({"B-PERS": 2}, {"I-ORG": 3, "I-PERS": 2.5}), ["B-PERS", "I-PERS"]),
        # an I- tag can never open a name
        (({"I-LOC": 2, "B-LOC": 1.5}, {}), ["B-LOC", "O"]),
        # a clear O between two names
        (({"B-LOC": 2}, {"O": 3}, {"B-ORG": 2}, {"I-ORG": 2}), ["B-LOC", "O", "B-ORG", "I-ORG"]),
    ],
)
def test_decoding_keeps_bio_sequences_valid(rows, expected):
    assert ner.decode(_scores(*rows)) == expected


def test_decoding_stops_names_at_sentence_ends():
    rows = ({"B-PERS": 2}, {"I-PERS": 2})
    assert ner.decode(_scores(*rows), [0, 1]) == ["B-PERS", "O"]


@pytest.mark.parametrize(
    "words, expected",
    [
        (["زار", "الامارات", "العربيه", "المتحده"], ["O", "B-LOC", "I-LOC", "I-LOC"]),  # gazetteer, longest
        (["وفد", "لمجلس", "الامن", "الدولي"], ["O", "B-ORG", "I-ORG", "O"]),  # a training name, after a clitic
        (["قال", "المجلس", "امس"], ["O", "O", "O"]),  # one word of a known name alone
    ],
)
def test_known_names_are_found_by_their_stems(words, expected):
    phrases = ner.Phrases(ner.train_phrases([[("مجلس", "B-ORG"), ("الامن", "I-ORG")]]))
    tags = phrases.tags([ner.stem(w)[1] for w in words])
    assert [ner.LABELS[t] for t in tags] == expected


def test_shipped_classifier_scores_a_document_as_its_sentences():
    import numpy as np

    model = ner.shipped()
    first = ["اعلن", "وزير", "الخارجيه", "الفرنسي", "جان", "مارك", "ايرولت", "."]
    second = ["وصل", "الرييس", "الي", "القاهره", "امس"]  # no word of the first
    together = model.scores(first + second, [0] * len(first) + [1] * len(second))
    apart = np.concatenate([model.scores(first), model.scores(second)])
    assert np.allclose(together, apart, atol=1e-4)
    assert model.predict(first)[4:7] == ["B-PERS", "I-PERS", "I-PERS"]


def test_articles_analyzed_together_get_what_each_gets_alone(seeds):
    from conftest import DATA

    texts = [*seeds.values(), *(p.read_text(encoding="utf-8") for p in sorted((DATA / "releases").glob("*.txt")))]
    texts += [row["text"] for row in map(json.loads, (DATA / "saudinewsnet_paragraphs.jsonl").read_text(encoding="utf-8").splitlines())]
    together = analyze_many([(text, "auto", None) for text in texts])
    assert [x.entities for x in together] == [analyze(text).entities for text in texts]
    assert [x.events for x in together] == [analyze(text).events for text in texts]
    assert sum(e.attrs.get("source") == "model" for x in together for e in x.entities) > 10  # the classifier took part


def test_shipped_classifier_is_surer_of_a_name_the_article_names_again():
    model = ner.shipped()
    first = ["اعلن", "وزير", "الخارجيه", "الفرنسي", "جان", "مارك", "ايرولت", "."]
    second = ["واكد", "ايرولت", "ان", "بلاده", "ستشارك", "في", "المويتمر"]
    together = model.scores(first + second, [0] * len(first) + [1] * len(second))[len(first) + 1]
    alone = model.scores(second)[1]
    b = ner.LABELS.index("B-PERS")
    assert together[b] - together[0] > alone[b] - alone[0]
    assert model.predict(first + second, [0] * len(first) + [1] * len(second))[len(first) + 1] == "B-PERS"


# ---------------------------------------------------------------- camel-tools backend


def _tiny_camel_model(folder, favoured="B-PERS"):
    """A randomly initialised BERT token classifier with camel-tools' labels, favouring one label."""
    torch = pytest.importorskip("torch")
    transformers = pytest.importorskip("transformers")
    labels = ["B-LOC", "B-MISC", "B-ORG", "B-PERS", "I-LOC", "I-MISC", "I-ORG", "I-PERS", "O"]
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", "قال", "محمد", "في", "دبي", "اليوم"]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=8,
        num_hidden_layers=1,
        num_attention_heads=1,
        intermediate_size=8,
        max_position_embeddings=300,
        id2label=dict(enumerate(labels)),
        label2id={l: i for i, l in enumerate(labels)},
    )
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():
        model.classifier.weight.zero_()
        model.classifier.bias.fill_(-5.0)
        model.classifier.bias[labels.index(favoured)] = 5.0
    model.save_pretrained(folder)
    transformers.BertTokenizer(str(folder / "vocab.txt"), do_lower_case=False).save_pretrained(folder)
    return folder


def test_camel_backend_loads_a_model_folder(tmp_path, monkeypatch):
    from govnews.extract import camel
    from govnews.extract.tokens import tokenize

    folder = _tiny_camel_model(tmp_path / "data" / "ner" / "arabert")
    (tmp_path / "catalogue.json").write_text('{"version": "1.6", "packages": {}, "components": {}}')
    monkeypatch.delenv("GOVNEWS_CAMEL_NER_MODEL", raising=False)
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    assert camel.model_path() == folder
    camel.recognizer.cache_clear()
    text = "قال محمد في دبي اليوم"
    cands = camel.candidates(tokenize(text))
    assert [(c.type, text[c.start : c.end]) for c in cands] == [
        ("PERSON", w) for w in text.split()
    ]
    ents = analyze(text, lang="ar", backend="camel").entities
    assert ("LOC", "دبي") in [(e.type, e.text) for e in ents]  # the gazetteer still wins
    assert any(e.attrs.get("source") == "camel" for e in ents)
    camel.recognizer.cache_clear()


def test_camel_backend_without_its_model_says_what_to_install(tmp_path, monkeypatch):
    from govnews.extract import camel

    monkeypatch.setenv("GOVNEWS_CAMEL_NER_MODEL", str(tmp_path / "nothing"))
    camel.recognizer.cache_clear()
    with pytest.raises(MissingDependencyError, match="camel_data -i ner"):
        analyze("قال محمد في دبي", lang="ar", backend="camel")
    monkeypatch.setenv("GOVNEWS_NER_BACKEND", "camel")
    with pytest.raises(MissingDependencyError):
        extract("قال محمد في دبي", lang="ar")
    camel.recognizer.cache_clear()


def test_corpus_codes_tell_names_from_common_nouns():
    counts = {"لحود": 12, "اهتمام": 40, "الاهتمام": 60, "الرياض": 300, "و": 1000}
    codes = ner.corpus_stats(counts, per=None)
    assert codes["لحود"] == "f3d0"  # never with the article
    assert codes["اهتمام"] == "f5d3" and codes["الاهتمام"] == "f5d3"  # 60 of 100 with it
    assert "و" not in ner.corpus_stats({"و": 2})  # rarer than the threshold
    # counted per ten million words: 12 of 10,000 words is 12,000 of ten million (2^13.55)
    scaled = ner.corpus_stats({"لحود": 12, "و": 9988})
    assert scaled["لحود"] == "f13d0"


_WORDS = [
    "وزارة", "الصحة", "السيد", "علي", "على", "محمد", "بن", "ورشة", "عمل", "بعنوان", "“", "”", "دبي", "بدبي",
    "للمجلس", "التنفيذي", "Mr.", "Dr.", "Ministry", "of", "Health", "(", "BIPA", ")", "workshop", "the", "في",
    "2024", "مايو", "قمة", "الدورة", "هذه", "،", ".", "\n", "ـ", "زارَ", "مملكةَ", "البحرين",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30), st.sampled_from(["ar", "en"]))
def test_any_mix_of_words_gives_exact_disjoint_mentions(words, lang):
    text = " ".join(words)
    x = analyze(text, lang=lang)
    for e in x.entities:
        assert text[e.start : e.end] == e.text
    for a, b in zip(x.entities, x.entities[1:]):
        assert a.end <= b.start
