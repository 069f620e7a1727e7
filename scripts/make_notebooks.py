"""Write the notebooks of notebooks/ from the cells below and run them, keeping their outputs.

    python scripts/make_notebooks.py                 # on the sample corpus
    GOVNEWS_BIG_DATA=../shared/data python scripts/make_notebooks.py
        # also the cells that build a bigger dataset from one day of SaudiNewsNet (not shipped)
"""

from __future__ import annotations

import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

REPO = Path(__file__).resolve().parent.parent
NOTEBOOKS = REPO / "notebooks"

SETUP = """\
from pathlib import Path
import govnews
from govnews.pipeline import build

OUT = Path("../build/notebooks/sample")
manifest = build(["../corpus"], OUT, overwrite=True)
ds = govnews.load(OUT)
print(f"{manifest['rows']['documents']} documents, {manifest['rows']['pairs']} pair(s) in {OUT}")"""

PAIRS = [
    ("md", "# Aligned pairs\n\nLoad a dataset built by `govnews build`, find the Arabic releases that have an English "
           "translation, and walk each pair unit by unit. The same tables are read with pandas, DuckDB and, when it is "
           "installed, Hugging Face `datasets`."),
    ("code", SETUP),
    ("md", "## The articles\n\nOne row an article: language, what was found around the body (title, dateline, "
           "source), and the clean text."),
    ("code", 'ds.documents[["doc_id", "lang", "lang_score", "title", "dateline", "source", "category"]]'),
    ("md", "## The pairs and what matched\n\n`evidence` lists what both sides share: numbers and dates by value, "
           "names by transliteration, lexicon terms."),
    ("code", 'pair = ds.pairs.iloc[0]\n'
             'print(pair.ar_doc_id, "<->", pair.en_doc_id, "score", pair.score)\n'
             '{k: v for k, v in pair.evidence.items() if k in ("numbers", "dates", "names")}'),
    ("md", "## Walking the pair unit by unit\n\nEach row of `alignments` is one aligned unit: the indexes of its "
           "sentences on each side (a 1-2 unit where the translation split a sentence) and their text."),
    ("code", 'units = ds.alignments[(ds.alignments.ar_doc_id == pair.ar_doc_id) & (ds.alignments.en_doc_id == pair.en_doc_id)]\n'
             'for unit in units.itertuples():\n'
             '    print(f"{unit.ar_sents.tolist()} -> {unit.en_sents.tolist()}  score {unit.score:.2f}")\n'
             '    print("   AR:", unit.ar_text[:110])\n'
             '    print("   EN:", unit.en_text[:110])'),
    ("md", "## Entities linked across the pair\n\nAn entity's `link` is the `entity_id` of its counterpart in the "
           "translation."),
    ("code", 'ents = ds.entities\n'
             'ar = ents[(ents.doc_id == pair.ar_doc_id) & ents.link.notna()]\n'
             'linked = ar.merge(ents[["entity_id", "text"]], left_on="link", right_on="entity_id", suffixes=("_ar", "_en"))\n'
             'linked[["type", "text_ar", "text_en", "value"]].drop_duplicates("text_ar")'),
    ("md", "## The same with DuckDB SQL over the Parquet files"),
    ("code", 'import duckdb\n\n'
             'duckdb.sql(f"""\n'
             '    SELECT a.position, a.ar_sents, a.en_sents, round(a.score, 2) AS score, left(a.en_text, 70) AS english\n'
             '    FROM \'{OUT}/alignments.parquet\' a JOIN \'{OUT}/pairs.parquet\' p USING (ar_doc_id, en_doc_id)\n'
             '    ORDER BY a.position\n'
             '""").df()'),
    ("md", "## And with Hugging Face `datasets`, when it is installed"),
    ("code", 'try:\n'
             '    from datasets import load_dataset\n'
             'except ImportError:\n'
             '    print("datasets is not installed: pip install datasets")\n'
             'else:\n'
             '    hf = load_dataset("parquet", data_files={"train": str(OUT / "alignments.parquet")})["train"]\n'
             '    print(hf)'),
]

EVENTS = [
    ("md", "# Event metadata\n\nThe `events` table: one row an event a release reports, with its type, organizer, "
           "place, venue, dates and participants."),
    ("code", SETUP),
    ("code", 'events = ds.events.merge(ds.documents[["doc_id", "lang"]], on="doc_id")\n'
             'events[["doc_id", "lang", "event_type", "name", "title", "organizer", "location", "venue", "start", "end", "participants"]]'),
    ("md", "## Events per month and top organizers"),
    ("code", 'import matplotlib.pyplot as plt\n'
             'import pandas as pd\n\n'
             'try:  # shape Arabic for matplotlib, which draws characters left to right one by one\n'
             '    from arabic_reshaper import reshape\n'
             '    from bidi.algorithm import get_display\n'
             '    def shown(label): return get_display(reshape(label))\n'
             'except ImportError:\n'
             '    def shown(label): return label\n\n'
             'def plot_events(events, title):\n'
             '    dated = events[events.start.fillna("").str.match(r"^20[0-3][0-9]-[01][0-9]")]\n'
             '    dated = dated.assign(month=dated.start.str[:7])\n'
             '    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 3.5))\n'
             '    dated.groupby("month").size().tail(18).plot.bar(ax=left, color="#4c72b0", title="events per month")\n'
             '    organizers = events.organizer.dropna().value_counts().head(8)\n'
             '    organizers.index = [shown(o) for o in organizers.index]\n'
             '    organizers.sort_values().plot.barh(ax=right, color="#dd8452", title="top organizers")\n'
             '    fig.suptitle(title)\n'
             '    fig.tight_layout()\n'
             '    plt.show()\n\n'
             'plot_events(events, "sample corpus")'),
    ("md", "Arabic labels are shaped with `arabic-reshaper` and `python-bidi` when they are installed "
           "(`pip install arabic-reshaper python-bidi`; the development install has them)."),
    ("md", "## A bigger dataset\n\nWhen `GOVNEWS_BIG_DATA` points at the shared data folder, the next cell builds one "
           "day of SaudiNewsNet (real Saudi news, CC BY-NC-SA, not shipped) and draws the same plots."),
    ("code", 'import os\n'
             'big = os.environ.get("GOVNEWS_BIG_DATA")\n'
             'if big and Path(big, "saudinewsnet").is_dir():\n'
             '    day = Path(big, "saudinewsnet", "2015-08-06.json.gz")\n'
             '    from govnews.pipeline import BuildOptions\n'
             '    options = BuildOptions(text_field="content", id_field="url", index=False, subwords=False)\n'
             '    m = build([day], "../build/notebooks/saudinewsnet-day", options=options, overwrite=True, workers=2)\n'
             '    sn = govnews.load("../build/notebooks/saudinewsnet-day")\n'
             '    print(m["rows"]["documents"], "articles,", len(sn.events), "events")\n'
             '    print(sn.events.event_type.value_counts().to_string())\n'
             '    plot_events(sn.events, "SaudiNewsNet, one day")\n'
             'else:\n'
             '    print("GOVNEWS_BIG_DATA is not set: skipped")'),
]

CHECKS = [
    ("md", "# A translator's view of consistency findings\n\nBefore an English release goes out, `govnews check` "
           "compares it with the Arabic by value and by entity. Here: the sample pair, then copies of its translation "
           "with the kinds of mistakes translators make."),
    ("code", SETUP),
    ("code", 'ds.checks[["check", "severity", "ar_text", "en_text", "message"]]'),
    ("md", "## Mistakes put into copies of the translation"),
    ("code", 'import pandas as pd\n'
             'ar = Path("../corpus/000_417b8c9f41c572f4.txt").read_text(encoding="utf-8")\n'
             'en = Path("../corpus/001_54ba443874429eb7.txt").read_text(encoding="utf-8")\n'
             'paragraphs = en.split("\\n")\n'
             'variants = {\n'
             '    "as published": en,\n'
             '    "number changed": en.replace("2001 hours", "2011 hours"),\n'
             '    "name replaced": en.replace("Ali Sebkar", "Ali Hassan"),\n'
             '    "paragraph left out": "\\n".join(paragraphs[:1] + paragraphs[2:]),\n'
             '    "sentence left in Arabic": en.replace(paragraphs[-1], ar.split("\\n")[-1]),\n'
             '}\n'
             'rows = []\n'
             'for name, text in variants.items():\n'
             '    for f in govnews.check(ar, text):\n'
             '        rows.append({"variant": name, "check": f.check, "severity": f.severity, "english": f.en_text, "message": f.message})\n'
             'findings = pd.DataFrame(rows)\n'
             'findings[findings.severity == "error"]'),
    ("md", "## Findings per kind"),
    ("code", 'import matplotlib.pyplot as plt\n'
             'table = findings.pivot_table(index="check", columns="severity", values="variant", aggfunc="count", fill_value=0)\n'
             'table.plot.barh(stacked=True, figsize=(8, 3.5), color={"error": "#c44e52", "warning": "#dd8452", "info": "#8c8c8c"}, title="findings per kind")\n'
             'plt.tight_layout()\n'
             'plt.show()'),
    ("md", "## The report a translator opens\n\n`govnews check AR EN --format html -o report.html` writes one "
           "self-contained page: both sides unit by unit, Arabic right to left, every finding highlighted."),
    ("code", 'import warnings\n'
             'from IPython.display import HTML\n'
             'from govnews import checks, report\n'
             'text = variants["number changed"]\n'
             'page = report.render(checks.check(ar, text), ar_text=ar, en_text=text, format="html")\n'
             'warnings.filterwarnings("ignore", message="Consider using IPython.display.IFrame")\n'
             'HTML(f\'<iframe srcdoc="{page.replace(chr(34), "&quot;")}" style="width:100%;height:420px;border:1px solid #ccc"></iframe>\')'),
]

NOTEBOOKS_CELLS = {
    "01_aligned_pairs.ipynb": PAIRS,
    "02_event_metadata.ipynb": EVENTS,
    "03_translation_checks.ipynb": CHECKS,
}


def make(cells) -> nbformat.NotebookNode:
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.cells = [nbformat.v4.new_markdown_cell(src) if kind == "md" else nbformat.v4.new_code_cell(src) for kind, src in cells]
    return nb


def run(nb: nbformat.NotebookNode) -> None:
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}).execute()


def main() -> None:
    NOTEBOOKS.mkdir(exist_ok=True)
    for name, cells in NOTEBOOKS_CELLS.items():
        nb = make(cells)
        run(nb)
        nbformat.write(nb, NOTEBOOKS / name)
        print(f"wrote notebooks/{name}", file=sys.stderr)


if __name__ == "__main__":
    main()
