"""Render consistency findings for translators: plain text, JSON, or one self-contained HTML page.

The HTML page needs nothing but a browser: inline CSS, no scripts, no network. It shows the pair
side by side, aligned unit by unit (Arabic right to left), every finding marked on both sides with
its message as the mark's title and listed beside the unit, and a summary at the top.
"""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, Sequence

from govnews.errors import GovnewsError
from govnews.records import AlignedUnit, Finding, SentenceSpan

__all__ = ["Section", "render", "render_dataset", "render_sections", "summary"]

Format = Literal["text", "json", "html"]
SEVERITY_ORDER = ("error", "warning", "info")
FINDING_KEYS = ("check", "severity", "ar_start", "ar_end", "en_start", "en_end", "ar_text", "en_text", "message")

_ARABIC_RUN_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+(?:[\s\d]+[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]+)*")
UnitSpans = tuple[tuple[int, int] | None, tuple[int, int] | None]


@dataclass
class Section:
    """One checked pair: its texts, its aligned units as spans, its findings."""

    findings: Sequence[Finding]
    ar_text: str
    en_text: str
    units: list[UnitSpans] | None = None  # (Arabic span, English span) of each unit; None: worked out
    ar_doc_id: str | None = None
    en_doc_id: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# -- summary, text and JSON ------------------------------------------------------------------------------


def summary(findings: Sequence[Finding], *, pairs: int = 1) -> dict[str, Any]:
    """Count findings by severity and by check (and severity within each check).

    >>> summary([])
    {'pairs_checked': 1, 'findings': 0, 'by_severity': {'error': 0, 'warning': 0, 'info': 0}, 'by_check': {}}
    """
    by_check: dict[str, Counter] = {}
    for f in findings:
        by_check.setdefault(f.check, Counter())[f.severity] += 1
    severities = Counter(f.severity for f in findings)
    return {
        "pairs_checked": pairs,
        "findings": len(findings),
        "by_severity": {s: severities.get(s, 0) for s in SEVERITY_ORDER},
        "by_check": {c: {s: n for s, n in sorted(v.items(), key=lambda kv: SEVERITY_ORDER.index(kv[0]))}
                     for c, v in sorted(by_check.items())},
    }


def _finding_dict(f: Finding) -> dict[str, Any]:
    return {key: getattr(f, key) for key in FINDING_KEYS}


def _summary_line(counts: dict[str, Any]) -> str:
    sev = counts["by_severity"]
    checks = ", ".join(f"{c} {sum(v.values())}" for c, v in counts["by_check"].items()) or "none"
    return (
        f"{sev['error']} error(s), {sev['warning']} warning(s), {sev['info']} note(s) in "
        f"{counts['pairs_checked']} pair(s) checked; by check: {checks}"
    )


def _side(label: str, start: int | None, end: int | None, text: str | None) -> str:
    if start is None:
        return ""
    shown = " ".join((text or "").split())
    shown = shown if len(shown) <= 70 else shown[:69] + "…"
    return f"{label} {start}-{end} «{shown}»"


def _text_findings(findings: Sequence[Finding]) -> list[str]:
    lines = []
    for f in findings:
        where = "  ".join(
            s for s in (_side("ar", f.ar_start, f.ar_end, f.ar_text), _side("en", f.en_start, f.en_end, f.en_text)) if s
        )
        lines.append(f"{f.severity:<8}{f.check:<13}{where}")
        lines.append(f"{'':<21}{f.message}")
    return lines


# -- HTML ----------------------------------------------------------------------------------------------

_CSS = """
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;
 margin:0;background:#f4f5f7;color:#1d2330}
header{background:#1f3b57;color:#fff;padding:14px 24px}
header h1{margin:0 0 4px;font-size:20px}
header p{margin:0;opacity:.85}
main{padding:16px 24px}
.summary{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 16px}
.card{background:#fff;border-radius:8px;padding:10px 16px;box-shadow:0 1px 2px rgba(0,0,0,.08);min-width:110px}
.card b{display:block;font-size:26px;line-height:1.1}
.card.error b{color:#b3261e}.card.warning b{color:#a05a00}.card.info b{color:#2457a6}
table.counts{border-collapse:collapse;background:#fff;border-radius:8px;overflow:hidden;
 box-shadow:0 1px 2px rgba(0,0,0,.08)}
table.counts th,table.counts td{padding:4px 12px;border-bottom:1px solid #e6e8ec;text-align:left}
table.counts td.n{text-align:right;font-variant-numeric:tabular-nums}
section.pair{margin:22px 0}
section.pair h2{font-size:17px;margin:0 0 8px}
table.units{width:100%;border-collapse:separate;border-spacing:0 6px;table-layout:fixed}
table.units td{background:#fff;vertical-align:top;padding:10px 14px}
table.units td.ar{font-size:17px;line-height:1.8;border-radius:0 8px 8px 0}
table.units td.en{border-left:1px solid #e6e8ec}
table.units td.notes{width:28%;font-size:13px;background:#fafbfc;border-left:1px solid #e6e8ec;border-radius:0 8px 8px 0}
table.units td.num{width:34px;color:#8a93a3;font-size:12px;background:transparent;padding:10px 4px;text-align:right}
table.units th{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:#5d6677;text-align:left;padding:0 14px}
td.empty{background:repeating-linear-gradient(45deg,#fff,#fff 8px,#f3f4f6 8px,#f3f4f6 16px)!important;
 color:#8a93a3;font-style:italic}
mark{border-radius:3px;padding:0 1px;color:inherit}
mark.error{background:#fbd5d2;box-shadow:inset 0 -2px 0 #b3261e}
mark.warning{background:#ffe9b8;box-shadow:inset 0 -2px 0 #c77700}
mark.info{background:#dbe7fb;box-shadow:inset 0 -2px 0 #2457a6}
ul.findings{margin:0;padding:0;list-style:none}
ul.findings li{margin:0 0 8px;padding-left:8px;border-left:3px solid #c9ced6}
ul.findings li.error{border-color:#b3261e}ul.findings li.warning{border-color:#c77700}ul.findings li.info{border-color:#2457a6}
.tag{display:inline-block;font-size:11px;font-weight:600;text-transform:uppercase;border-radius:3px;padding:0 5px;
 margin-right:4px;color:#fff}
.tag.error{background:#b3261e}.tag.warning{background:#c77700}.tag.info{background:#2457a6}
.clean{color:#2e7d32;font-weight:600}
"""


def _unit_ranges(spans: list[UnitSpans], length: int, side: int) -> list[tuple[int, int] | None]:
    """Stretch each unit's span on one side to the next unit's start, so the units cover the whole text."""
    starts = [(i, s[side]) for i, s in enumerate(spans) if s[side] is not None]
    ranges: list[tuple[int, int] | None] = [None] * len(spans)
    for k, (i, span) in enumerate(starts):
        start = 0 if k == 0 else span[0]
        end = starts[k + 1][1][0] if k + 1 < len(starts) else length
        ranges[i] = (start, max(end, start))
    return ranges


def _marked(text: str, lo: int, hi: int, marks: list[tuple[int, int, int, Finding]], side: str) -> str:
    """Escape text[lo:hi] with every finding span inside it wrapped in <mark> (overlaps split, not nested)."""
    inside = [(max(s, lo), min(e, hi), n, f) for s, e, n, f in marks if s < hi and e > lo and e > s]
    cuts = sorted({lo, hi} | {p for s, e, _, _ in inside for p in (s, e)})
    anchored: set[int] = set()
    out = []
    for a, b in zip(cuts, cuts[1:]):
        piece = html.escape(text[a:b])
        active = [(n, f) for s, e, n, f in inside if s <= a and b <= e]
        if not active:
            out.append(piece)
            continue
        worst = min(SEVERITY_ORDER.index(f.severity) for _, f in active)
        title = html.escape(" | ".join(f"{f.severity}: {f.message}" for _, f in active), quote=True)
        fresh = [n for n, _ in active if n not in anchored]
        anchored.update(fresh)
        anchor = f' id="f{fresh[0]}-{side}"' if fresh else ""
        out.append(f'<mark class="{SEVERITY_ORDER[worst]}" title="{title}"{anchor}>{piece}</mark>')
    return "".join(out).replace("\n", "<br>\n")


def _default_units(ar_text: str, en_text: str) -> list[UnitSpans]:
    """Align the texts sentence by sentence, as `govnews.check` does."""
    from govnews.align import align
    from govnews.segment import sentences

    ar_s, en_s = sentences(ar_text, lang="ar"), sentences(en_text, lang="en")
    units = align(
        [ar_text[s.start : s.end] for s in ar_s],
        [en_text[s.start : s.end] for s in en_s],
        ar_paragraphs=[s.paragraph for s in ar_s],
        en_paragraphs=[s.paragraph for s in en_s],
    )
    return spans_of(units, ar_s, en_s)


def spans_of(units: Sequence[AlignedUnit], ar_sentences: Sequence[Any], en_sentences: Sequence[Any]) -> list[UnitSpans]:
    """Turn aligned units (sentence indexes) into (Arabic span, English span) pairs."""
    out: list[UnitSpans] = []
    for u in units:
        ar = (ar_sentences[min(u.ar)].start, ar_sentences[max(u.ar)].end) if u.ar else None
        en = (en_sentences[min(u.en)].start, en_sentences[max(u.en)].end) if u.en else None
        out.append((ar, en))
    return out


def _summary_html(counts: dict[str, Any]) -> str:
    sev = counts["by_severity"]
    cards = [f'<div class="card"><b>{counts["pairs_checked"]}</b>pair(s) checked</div>']
    cards += [
        f'<div class="card {s}"><b>{sev[s]}</b>{label}</div>'
        for s, label in (("error", "error(s)"), ("warning", "warning(s)"), ("info", "note(s)"))
    ]
    rows = "".join(
        f"<tr><td>{html.escape(check)}</td>"
        + "".join(f'<td class="n">{per.get(s, 0)}</td>' for s in SEVERITY_ORDER)
        + "</tr>"
        for check, per in counts["by_check"].items()
    )
    table = (
        '<table class="counts"><tr><th>check</th><th>errors</th><th>warnings</th><th>notes</th></tr>'
        f"{rows}</table>"
        if rows
        else '<p class="clean">No finding: the translation agrees with the original on every check.</p>'
    )
    return f'<div class="summary">{"".join(cards)}</div>{table}'


def _finding_item(n: int, f: Finding) -> str:
    links = " ".join(
        f'<a href="#f{n}-{side}">{side}</a>'
        for side, start in (("ar", f.ar_start), ("en", f.en_start))
        if start is not None
    )
    return (
        f'<li class="{f.severity}"><span class="tag {f.severity}">{f.severity}</span>'
        f"<b>{html.escape(f.check)}</b> {_isolate_arabic(html.escape(f.message))} <small>{links}</small></li>"
    )


def _isolate_arabic(escaped: str) -> str:
    """Wrap Arabic runs of a message in <bdi> so they read right to left inside English text."""
    return _ARABIC_RUN_RE.sub(lambda m: f'<bdi dir="rtl" lang="ar">{m.group()}</bdi>', escaped)


def _section_html(section: Section, number: int) -> str:
    spans = section.units if section.units is not None else _default_units(section.ar_text, section.en_text)
    if not spans:
        spans = [((0, len(section.ar_text)), (0, len(section.en_text)))]
    ar_ranges = _unit_ranges(spans, len(section.ar_text), 0)
    en_ranges = _unit_ranges(spans, len(section.en_text), 1)
    findings = list(section.findings)
    ids = [number * 10000 + i for i in range(len(findings))]
    ar_marks = [(f.ar_start, f.ar_end, n, f) for n, f in zip(ids, findings) if f.ar_start is not None]
    en_marks = [(f.en_start, f.en_end, n, f) for n, f in zip(ids, findings) if f.en_start is not None]

    def owner(position: int | None, ranges) -> int | None:
        if position is None:
            return None
        for i, r in enumerate(ranges):
            if r and r[0] <= position < max(r[1], r[0] + 1):
                return i
        return None

    by_unit: dict[int, list[str]] = {}
    unplaced = []
    for n, f in zip(ids, findings):
        unit = owner(f.ar_start, ar_ranges)
        unit = unit if unit is not None else owner(f.en_start, en_ranges)
        (by_unit.setdefault(unit, []) if unit is not None else unplaced).append(_finding_item(n, f))
    rows = []
    for i, (ar_r, en_r) in enumerate(zip(ar_ranges, en_ranges)):
        ar_cell = (
            f'<td class="ar" dir="rtl" lang="ar">{_marked(section.ar_text, *ar_r, ar_marks, "ar")}</td>'
            if ar_r
            else '<td class="ar empty" dir="rtl" lang="ar">لا يوجد نص عربي مقابل</td>'
        )
        en_cell = (
            f'<td class="en" dir="ltr" lang="en">{_marked(section.en_text, *en_r, en_marks, "en")}</td>'
            if en_r
            else '<td class="en empty" lang="en">no English counterpart</td>'
        )
        notes = "".join(by_unit.get(i, []))
        rows.append(
            f'<tr><td class="num">{i + 1}</td>{ar_cell}{en_cell}'
            f'<td class="notes"><ul class="findings">{notes}</ul></td></tr>'
        )
    title = (
        f"{html.escape(section.ar_doc_id or 'Arabic')} ↔ {html.escape(section.en_doc_id or 'English')}"
    )
    extra = f'<ul class="findings">{"".join(unplaced)}</ul>' if unplaced else ""
    counts = summary(findings)["by_severity"]
    return (
        f'<section class="pair" id="pair-{number}"><h2>{title} <small>— {counts["error"]} error(s), '
        f'{counts["warning"]} warning(s), {counts["info"]} note(s)</small></h2>{extra}'
        '<table class="units"><colgroup><col style="width:34px"><col><col><col style="width:26%"></colgroup>'
        '<tr><th></th><th dir="rtl" lang="ar" style="text-align:right">العربية</th><th>English</th><th>Findings</th></tr>'
        f'{"".join(rows)}</table></section>'
    )


def _page(body: str, counts: dict[str, Any], title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<header><h1>{html.escape(title)}</h1><p>{html.escape(_summary_line(counts))}</p></header>"
        f"<main>{_summary_html(counts)}{body}</main></body></html>\n"
    )


# -- entry points --------------------------------------------------------------------------------------


def render_sections(sections: Sequence[Section], *, format: Format = "text", title: str | None = None) -> str:
    """Render several checked pairs as one report (one page for HTML, a section per pair)."""
    if format not in ("text", "json", "html"):
        raise GovnewsError(f"unknown report format {format!r}: expected text, json or html")
    everything = [f for s in sections for f in s.findings]
    counts = summary(everything, pairs=len(sections))
    many = len(sections) != 1
    if format == "json":
        findings = []
        for s in sections:
            ids = {"ar_doc_id": s.ar_doc_id, "en_doc_id": s.en_doc_id} if many or s.ar_doc_id else {}
            findings += [{**ids, **_finding_dict(f)} for f in s.findings]
        return json.dumps({"findings": findings, "summary": counts}, ensure_ascii=False, indent=2) + "\n"
    if format == "text":
        lines = []
        for s in sections:
            if many or s.ar_doc_id:
                lines.append(f"== {s.ar_doc_id} <-> {s.en_doc_id}: {len(s.findings)} finding(s)")
            lines += _text_findings(s.findings)
        lines.append(_summary_line(counts))
        return "\n".join(lines) + "\n"
    body = "".join(_section_html(s, i + 1) for i, s in enumerate(sections))
    return _page(body, counts, title or "Translation consistency report")


def render(
    findings: Sequence[Finding],
    *,
    ar_text: str,
    en_text: str,
    units: Sequence[AlignedUnit] | list[UnitSpans] | None = None,
    format: Format = "text",
    ar_sentences: Sequence[Any] | None = None,
    en_sentences: Sequence[Any] | None = None,
    title: str | None = None,
) -> str:
    """Render the findings on one pair as text, JSON (the `govnews check` format) or an HTML page.

    `units` are aligned units (with `ar_sentences`/`en_sentences`, the sentence spans they index;
    the texts are segmented when these are not given) or (Arabic span, English span) pairs; without
    them the HTML page aligns the texts itself.

    >>> print(render([], ar_text="نص", en_text="text", format="text"), end="")
    0 error(s), 0 warning(s), 0 note(s) in 1 pair(s) checked; by check: none
    """
    spans = None
    if units is not None:
        if units and isinstance(units[0], AlignedUnit):
            if ar_sentences is None or en_sentences is None:
                from govnews.segment import sentences

                ar_sentences = ar_sentences or sentences(ar_text, lang="ar")
                en_sentences = en_sentences or sentences(en_text, lang="en")
            spans = spans_of(units, ar_sentences, en_sentences)
        else:
            spans = list(units)
    return render_sections([Section(findings, ar_text, en_text, spans)], format=format, title=title)


def load_sections(out_dir: str | Path) -> list[Section]:
    """Read every checked pair of a dataset: its texts, its alignment and its `checks` rows."""
    from govnews.io import read_manifest, read_table

    out_dir = Path(out_dir)
    read_manifest(out_dir)

    def rows(name: str, columns: list[str]) -> list[dict[str, Any]]:
        table = read_table(out_dir, name, columns=columns)
        return table.to_pylist() if table is not None else []

    docs = {r["doc_id"]: r for r in rows("documents", ["doc_id", "text", "sentences"])}
    alignments: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows("alignments", ["ar_doc_id", "en_doc_id", "position", "ar_sents", "en_sents"]):
        alignments.setdefault((r["ar_doc_id"], r["en_doc_id"]), []).append(r)
    found: dict[tuple[str, str], list[Finding]] = {}
    for r in rows("checks", ["ar_doc_id", "en_doc_id", *FINDING_KEYS]):
        found.setdefault((r["ar_doc_id"], r["en_doc_id"]), []).append(Finding(**{k: r[k] for k in FINDING_KEYS}))
    sections = []
    for r in rows("pairs", ["ar_doc_id", "en_doc_id"]):
        key = (r["ar_doc_id"], r["en_doc_id"])
        ar, en = docs.get(key[0]), docs.get(key[1])
        if ar is None or en is None:
            continue
        units = [
            AlignedUnit(tuple(a["ar_sents"] or ()), tuple(a["en_sents"] or ()), 0.0)
            for a in sorted(alignments.get(key, []), key=lambda a: a["position"] or 0)
        ]
        spans = _dataset_spans(units, ar["sentences"] or [], en["sentences"] or [])
        sections.append(Section(found.get(key, []), ar["text"] or "", en["text"] or "", spans, key[0], key[1]))
    return sections


def _dataset_spans(units: list[AlignedUnit], ar_sentences: list[dict], en_sentences: list[dict]) -> list[UnitSpans] | None:
    ar_s = [SentenceSpan(s["start"], s["end"], s.get("paragraph") or 0) for s in ar_sentences]
    en_s = [SentenceSpan(s["start"], s["end"], s.get("paragraph") or 0) for s in en_sentences]
    if not units or any(i >= len(ar_s) for u in units for i in u.ar) or any(i >= len(en_s) for u in units for i in u.en):
        return None
    return spans_of(units, ar_s, en_s)


def render_dataset(out_dir: str | Path, *, format: Format = "text") -> tuple[str, int]:
    """Render the `checks` table of a dataset, a section per pair; return the report and its error count."""
    sections = load_sections(out_dir)
    text = render_sections(sections, format=format, title=f"Translation consistency report: {Path(out_dir).name}")
    return text, sum(f.severity == "error" for s in sections for f in s.findings)
