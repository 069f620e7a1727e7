"""Evaluate the consistency checks on injected errors, beside translate-toolkit's pofilter.

Reads TICO-19 parallel documents from DATA/tico19/docs.jsonl (`--data`, default ../shared/data
relative to the repository): one JSON object a document with parallel `ar_sents` and `en_sents`.
Half the documents (shuffled, seeded) teach the corpus lexicon (`--lexicon learned`: the seed plus
IBM Model 1 over their sentence pairs, as `govnews lexicon learn` does for a dataset); the other half
is cut into short releases of `--sentences` sentence pairs (paragraphs of three
sentences). A seeded sample of them is checked as it is (clean) and once per kind of injected error,
each injected into its own copy of the English:

| kind | injection | detected by a finding of |
|---|---|---|
| number | a number of the English changed (or a number phrase added to both sides, different) | `number` error (`date` for a year in a date) |
| date | a date phrase added to both sides, a different day or year in the English | `date` error |
| name | `وقال <name> ...` in the Arabic, another person's name in the English | `name` error |
| omission | an English sentence of 8+ words deleted | `omission` error on its Arabic |
| addition | a sentence of another release inserted in the English | `addition` error |
| untranslated | an English sentence replaced by its Arabic | `untranslated` error |
| length | an English sentence of 15+ words cut to its first third | `length` warning or `omission` (on it or its Arabic) |

A detection needs the finding on the injected span. It prints recall per kind, error-severity false
alarms per clean pair, and the same counts for pofilter (checks numbers, untranslated, unchanged,
long, short) run on the aligned segments written to a PO file (msgid Arabic, msgstr English): pofilter
detects an injection when it flags a segment holding the injected span.

    .venv/bin/python scripts/eval_checks.py --pairs 120
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from govnews import checks  # noqa: E402
from govnews.checks._text import ascii_digits  # noqa: E402
from govnews.lexicon import Lexicon  # noqa: E402

KINDS = ("number", "date", "name", "omission", "addition", "untranslated", "length")
EXPECTED = {
    "number": ({"number", "date"}, {"error"}),  # a year changed inside a date is the date check's
    "date": ({"date"}, {"error"}),
    "name": ({"name"}, {"error"}),
    "omission": ({"omission"}, {"error"}),
    "addition": ({"addition"}, {"error"}),
    "untranslated": ({"untranslated"}, {"error"}),
    "length": ({"length", "omission"}, {"error", "warning"}),
}
POFILTER_CHECKS = ["numbers", "untranslated", "unchanged", "long", "short"]
MONTHS_EN = "January February March April May June July August September October November December".split()
MONTHS_AR = "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
PEOPLE = [
    ("سعيد محمد الطاير", "Saeed Mohammed Al Tayer"),
    ("مريم المهيري", "Mariam Al Mheiri"),
    ("خالد الفالح", "Khalid Al-Falih"),
    ("نورة الكعبي", "Noura Al Kaabi"),
    ("يوسف العتيبة", "Yousef Al Otaiba"),
    ("أحمد بن سليم", "Ahmed bin Sulayem"),
    ("فهد العيسى", "Fahad Al-Eisa"),
    ("عبدالله النعيمي", "Abdullah Al Nuaimi"),
]
_END_RE = re.compile(r"[.!?؟。]$")
_EN_NUMBER_RE = re.compile(r"(?<![\d.,A-Za-z])\d+(?![\d.,A-Za-z])")  # a value, not part of a code (N95, R0)


@dataclass
class Case:
    ar: list[str]  # sentences
    en: list[str]
    side: str  # where the injected span is: "ar" or "en"
    sentence: int  # index of the sentence holding it
    span: tuple[int, int] | None  # offsets inside that sentence; None: the whole sentence


def _closed(sentence: str, lang: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if _END_RE.search(sentence) else sentence + "."


def build(sentences: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join sentences into paragraphs of three; return the text and each sentence's span."""
    text, spans = "", []
    for i, s in enumerate(sentences):
        if i:
            text += "\n\n" if i % 3 == 0 else " "
        spans.append((len(text), len(text) + len(s)))
        text += s
    return text, spans


def _pick(rng: random.Random, items: list[int]) -> int | None:
    return rng.choice(items) if items else None


def inject(kind: str, ar: list[str], en: list[str], rng: random.Random, other: list[str]) -> Case | None:
    ar, en = list(ar), list(en)
    words = [len(s.split()) for s in en]
    if kind == "number":
        shared = [i for i, s in enumerate(en) if set(_EN_NUMBER_RE.findall(s)) & set(_EN_NUMBER_RE.findall(ascii_digits(ar[i])))]
        i = _pick(rng, shared)
        if i is not None:
            value = rng.choice(sorted(set(_EN_NUMBER_RE.findall(en[i])) & set(_EN_NUMBER_RE.findall(ascii_digits(ar[i])))))
            match = next(m for m in _EN_NUMBER_RE.finditer(en[i]) if m.group() == value)
            new = str(int(value) + rng.choice([1, 2, 5, 10, 100]))
            en[i] = en[i][: match.start()] + new + en[i][match.end() :]
            return Case(ar, en, "en", i, (match.start(), match.start() + len(new)))
        i = rng.randrange(len(en))
        n = rng.randint(12, 950)
        ar[i] = ar[i][:-1] + f"، بمشاركة {n} شخصاً" + ar[i][-1]
        phrase = f"{n + rng.choice([1, 3, 10, 20])} people"
        en[i] = en[i][:-1] + f", with {phrase} taking part" + en[i][-1]
        start = en[i].index(phrase)
        return Case(ar, en, "en", i, (start, start + len(phrase)))
    if kind == "date":
        i = rng.randrange(len(en))
        year, month, day = rng.randint(2009, 2024), rng.randint(1, 12), rng.randint(1, 26)
        wrong = (day + rng.randint(1, 2), year) if rng.random() < 0.6 else (day, year + 1)
        ar[i] = ar[i][:-1] + f"، وذلك في {day} {MONTHS_AR[month - 1]} {year}" + ar[i][-1]
        phrase = f"{wrong[0]} {MONTHS_EN[month - 1]} {wrong[1]}"
        en[i] = en[i][:-1] + f", on {phrase}" + en[i][-1]
        start = en[i].index(phrase)
        return Case(ar, en, "en", i, (start, start + len(phrase)))
    if kind == "name":
        i = rng.randrange(len(en))
        (ar_name, _), (_, en_other) = rng.sample(PEOPLE, 2)
        ar[i] = ar[i] + f" وقال {ar_name} إن ذلك مهم."
        en[i] = en[i] + f" {en_other} said that this is important."
        start = en[i].index(en_other)
        return Case(ar, en, "en", i, (start, start + len(en_other)))
    if kind == "omission":
        i = _pick(rng, [k for k, w in enumerate(words) if w >= 8])
        if i is None:
            return None
        del en[i]
        return Case(ar, en, "ar", i, None)
    if kind == "addition":
        extra = [s for s in other if len(s.split()) >= 8]
        if not extra:
            return None
        i = rng.randrange(len(en) + 1)
        en.insert(i, rng.choice(extra))
        return Case(ar, en, "en", i, None)
    if kind == "untranslated":
        i = _pick(rng, [k for k, w in enumerate(words) if w >= 4])
        if i is None:
            return None
        en[i] = ar[i]
        return Case(ar, en, "en", i, None)
    if kind == "length":
        i = _pick(rng, [k for k, w in enumerate(words) if w >= 15])
        if i is None:
            return None
        kept = en[i].split()[: max(3, words[i] // 3)]
        en[i] = " ".join(kept).rstrip(",;:") + "."
        return Case(ar, en, "en", i, None)
    raise ValueError(kind)


def _absolute(case: Case, ar_spans, en_spans) -> tuple[int, int]:
    spans = ar_spans if case.side == "ar" else en_spans
    base = spans[case.sentence]
    if case.span is None:
        return base
    return base[0] + case.span[0], base[0] + case.span[1]


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int]) -> bool:
    return a is not None and a[0] < b[1] and b[0] < a[1]


def detected(kind: str, findings, case: Case, target: tuple[int, int], source: tuple[int, int] | None = None) -> bool:
    """Tell whether a finding of the expected check and severity covers the injected span (for a cut
    sentence, its Arabic source counts too: the finding points the translator at the right place)."""
    wanted, severities = EXPECTED[kind]
    for f in findings:
        if f.check not in wanted or f.severity not in severities:
            continue
        span = (f.ar_start, f.ar_end) if case.side == "ar" else (f.en_start, f.en_end)
        if span[0] is not None and _overlaps(span, target):
            return True
        if source is not None and f.ar_start is not None and _overlaps((f.ar_start, f.ar_end), source):
            return True
    return False


def pofilter_flags(prepared, ar_text: str, en_text: str, folder: Path) -> list[tuple]:
    """Write the aligned segments to a PO file, run pofilter's checks; return flagged units' spans."""
    from translate.filters import checks as po_checks
    from translate.storage import po

    ar_doc, en_doc, _, _, units = prepared
    store = po.pofile()
    spans = []
    for u in units:
        ar = (ar_doc.sentences[min(u.ar)].start, ar_doc.sentences[max(u.ar)].end) if u.ar else None
        en = (en_doc.sentences[min(u.en)].start, en_doc.sentences[max(u.en)].end) if u.en else None
        unit = store.addsourceunit(ar_text[ar[0] : ar[1]] if ar else "")
        unit.target = en_text[en[0] : en[1]] if en else ""
        spans.append((ar, en))
    path = folder / "segments.po"
    path.write_bytes(bytes(store))
    reread = po.pofile.parsefile(str(path))
    checker = po_checks.StandardChecker(
        checkerconfig=po_checks.CheckerConfig(targetlanguage="en"), limitfilters=POFILTER_CHECKS
    )
    flagged = []
    units_read = [u for u in reread.units if not u.isheader()]
    for (ar, en), unit in zip(spans, units_read):
        if unit.source == "" and unit.target:
            flagged.append((ar, en))  # an English segment with no Arabic: pofilter has no check for it
            continue
        if checker.run_filters(unit):
            flagged.append((ar, en))
    return flagged


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data")
    parser.add_argument("--pairs", type=int, default=120, help="releases sampled")
    parser.add_argument("--sentences", type=int, default=6, help="sentence pairs a release")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--lexicon", choices=["seed", "learned"], default="learned",
                        help="the shipped seed, or the seed plus what IBM Model 1 learns from the held-out half")
    parser.add_argument("--show", type=int, default=0, help="print this many missed injections and false alarms")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    documents = []
    with open(args.data / "tico19" / "docs.jsonl", encoding="utf-8") as handle:
        for line in handle:
            doc = json.loads(line)
            documents.append(
                [(_closed(a, "ar"), _closed(e, "en")) for a, e in zip(doc["ar_sents"], doc["en_sents"]) if a.strip() and e.strip()]
            )
    rng.shuffle(documents)
    # the corpus lexicon is learned from half the documents; releases are drawn from the other half
    held_out, tested = documents[: len(documents) // 2], documents[len(documents) // 2 :]
    lexicon = Lexicon.seed()
    if args.lexicon == "learned":
        lexicon = lexicon.learn([pair for doc in held_out for pair in doc])
    releases = [doc[k : k + args.sentences] for doc in tested for k in range(0, len(doc) - args.sentences + 1, args.sentences)]
    sample = rng.sample(releases, min(args.pairs, len(releases)))

    ours = {k: [0, 0] for k in KINDS}  # detected, injected
    theirs = {k: [0, 0] for k in KINDS}
    false_alarms = pofilter_false = 0
    clean_findings: dict[str, int] = {}
    started = time.perf_counter()
    checked = 0
    shown = 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for n, release in enumerate(sample):
            ar_sents = [a for a, _ in release]
            en_sents = [e for _, e in release]
            other = [e for _, e in sample[(n + 1) % len(sample)]]
            ar_text, _ = build(ar_sents)
            en_text, _ = build(en_sents)
            prepared = checks.prepare(ar_text, en_text, lexicon=lexicon)
            findings = checks.check_pair(*prepared, lexicon=lexicon)
            checked += 1
            errors = [f for f in findings if f.severity == "error"]
            false_alarms += len(errors)
            for f in errors:
                clean_findings[f.check] = clean_findings.get(f.check, 0) + 1
                if shown < args.show:
                    shown += 1
                    context = en_text[max(0, (f.en_start or 0) - 40) : (f.en_end or 0) + 40] if f.en_start is not None else ""
                    print(f"FALSE ALARM {f.check}: {f.message} [{context}]", file=sys.stderr)
            pofilter_false += len(pofilter_flags(prepared, ar_text, en_text, folder))
            for kind in KINDS:
                case = inject(kind, ar_sents, en_sents, rng, other)
                if case is None:
                    continue
                ar_text2, ar_spans = build(case.ar)
                en_text2, en_spans = build(case.en)
                target = _absolute(case, ar_spans, en_spans)
                prepared2 = checks.prepare(ar_text2, en_text2, lexicon=lexicon)
                findings2 = checks.check_pair(*prepared2, lexicon=lexicon)
                checked += 1
                source = ar_spans[case.sentence] if kind == "length" else None
                hit = detected(kind, findings2, case, target, source)
                ours[kind][0] += hit
                ours[kind][1] += 1
                if not hit and shown < args.show:
                    shown += 1
                    text = ar_text2 if case.side == "ar" else en_text2
                    print(f"MISSED {kind}: {text[target[0]:target[1]]!r} -> "
                          f"{[(f.check, f.severity, f.message[:80]) for f in findings2]}", file=sys.stderr)
                flags = pofilter_flags(prepared2, ar_text2, en_text2, folder)
                side = 0 if case.side == "ar" else 1
                theirs[kind][0] += any(_overlaps(span[side], target) for span in flags)
                theirs[kind][1] += 1
    elapsed = time.perf_counter() - started

    print(f"TICO-19: {len(sample)} releases of {args.sentences} sentence pairs, seed {args.seed}, {args.lexicon} lexicon")
    print(f"{'kind':<14}{'injected':>9}{'govnews':>10}{'pofilter':>10}")
    for kind in KINDS:
        d, t = ours[kind]
        pd, _ = theirs[kind]
        print(f"{kind:<14}{t:>9}{d / t if t else 0:>10.3f}{pd / t if t else 0:>10.3f}")
    print(f"{'false alarms per clean pair':<33}{false_alarms / len(sample):>10.3f}{pofilter_false / len(sample):>10.3f}")
    print(f"(govnews: error-severity findings; pofilter: flagged segments) clean errors by check: {clean_findings}")
    print(f"{checked} pairs checked in {elapsed:.1f} s ({checked / elapsed:.1f} pairs/s, segmenting, extracting, "
          "aligning and checking; pofilter time included)")


if __name__ == "__main__":
    main()
