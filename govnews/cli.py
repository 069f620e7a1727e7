"""The `govnews` command: each command opens its inputs, calls one library function and prints.

Errors a user can cause come out as one line on standard error (exit 2, or 1 where a command
says so): a `GovnewsError`, bad usage, or a file the system refuses to read or write (an `-o` path in
a missing or read-only folder). Anything else is a bug and keeps its traceback.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import click

from . import __version__
from .errors import GovnewsError

FORMATS = click.Choice(["jsonl", "table"])


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="govnews")
def cli() -> None:
    """Bilingual Arabic/English press-release corpora: build, search and check aligned datasets.

    \b
    Example:
      govnews build corpus -o build/sample && govnews info build/sample
    """


@cli.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--out", required=True, help="Folder of the dataset to write.")
@click.option("--workers", default=1, show_default=True, help="Local worker processes.")
@click.option("--scheduler", metavar="ADDRESS", help="Run on an existing dask cluster (tcp://host:8786).")
@click.option("--resume", is_flag=True, help="Continue a build that was stopped, or add new inputs to a dataset.")
@click.option("--strict", is_flag=True, help="Exit 1 when any input could not be used.")
@click.option("--overwrite", is_flag=True, help="Replace an output folder that holds other files (an earlier dataset is always rebuilt).")
@click.option("--text-field", default="text", show_default=True, help="JSON/CSV field holding the text.")
@click.option("--id-field", default="id", show_default=True, help="JSON/CSV field holding the article id.")
@click.option("--lexicon", type=click.Path(exists=True, dir_okay=False), help="Extra bilingual lexicon (TSV).")
@click.option("--partition-mb", default=8.0, show_default=True, help="Input megabytes per unit of parallel work.")
@click.option("--no-index", is_flag=True, help="Skip the search index (build it later with `govnews index`).")
@click.option("--no-subwords", is_flag=True, help="Skip training the sentencepiece model.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def build(inputs, out, workers, scheduler, resume, strict, overwrite, text_field, id_field, lexicon, partition_mb,
          no_index, no_subwords, quiet):
    """Build a dataset from article files and folders (txt, html, jsonl, json, csv, parquet).

    \b
    Example:
      govnews build corpus -o build/sample
      govnews build saudinewsnet/ -o build/sn --text-field content --id-field url --workers 2
    """
    from .pipeline import BuildOptions, build as run_build
    from .summary import build_summary, error_lines

    options = BuildOptions(
        text_field=text_field, id_field=id_field, lexicon=lexicon, partition_bytes=max(1, int(partition_mb * 2**20)),
        index=not no_index, subwords=not no_subwords,
    )
    manifest = run_build(
        inputs, out, options=options, workers=workers, scheduler=scheduler, resume=resume,
        overwrite=overwrite, progress=not quiet and sys.stderr.isatty(),
    )
    click.echo(build_summary(out, manifest))
    for line in error_lines(out):
        click.echo(line, err=True)
    if strict and manifest["rows"]["errors"]:
        sys.exit(1)


@cli.command()
@click.argument("out")
def info(out):
    """Summarize a dataset: tables and row counts, languages, pairs, errors.

    \b
    Example:
      govnews info build/sample
    """
    from .summary import dataset_summary

    click.echo(dataset_summary(out))


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("--lang", type=click.Choice(["ar", "en", "auto"]), default="auto", show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="jsonl", show_default=True)
def extract(inputs, lang, fmt):
    """Extract entities and events from files or standard input, one JSON object a document.

    \b
    Example:
      echo 'عقدت الوزارة ورشة عمل يومي 17 و18 سبتمبر 2014' | govnews extract -
      govnews extract releases.jsonl --format table
    """
    from .textio import extraction_rows

    rows = extraction_rows(inputs, lang=lang)
    _emit(rows, fmt, ["id", "type", "text", "value", "start", "end"], explode="entities")


@cli.command()
@click.argument("ar_file")
@click.argument("en_file")
@click.option("--presplit", is_flag=True, help="Inputs hold one sentence a line.")
@click.option("--format", "fmt", type=click.Choice(["vecalign", "jsonl", "table"]), default="vecalign", show_default=True)
def align(ar_file, en_file, presplit, fmt):
    """Align the sentences of an Arabic text and its English translation.

    \b
    Example:
      govnews align corpus/000_417b8c9f41c572f4.txt corpus/001_54ba443874429eb7.txt
      govnews align ar.txt en.txt --presplit --format jsonl
    """
    from .textio import alignment_rows

    rows = alignment_rows(ar_file, en_file, presplit=presplit)
    if fmt == "vecalign":
        for row in rows:
            click.echo(f"[{','.join(map(str, row['ar']))}]:[{','.join(map(str, row['en']))}]:{row['score']:.2f}")
    else:
        _emit(rows, fmt, ["ar", "en", "score", "ar_text", "en_text"])


@cli.command()
@click.argument("files", nargs=-1)
@click.option("--dataset", metavar="OUT", help="Check every pair of a built dataset.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Write the report to a file.")
def check(files, dataset, fmt, output):
    """Check a translation for numbers, dates and names that differ, and parts left out.

    Exit status: 0 no error found, 1 errors found, 2 bad usage or unreadable input.

    \b
    Example:
      govnews check ar.txt en.txt --format html -o report.html
      govnews check --dataset build/sample --format json
    """
    from .textio import check_report

    if bool(dataset) == bool(files) or (files and len(files) != 2):
        raise click.UsageError("give AR_FILE EN_FILE, or --dataset OUT")
    text, errors = check_report(files, dataset=dataset, fmt=fmt)
    _write_or_echo(text, output)
    sys.exit(1 if errors else 0)


@cli.command()
@click.argument("out")
@click.argument("query")
@click.option("--lang", type=click.Choice(["ar", "en", "any"]), default="any", show_default=True)
@click.option("--type", "event_type", metavar="EVENT_TYPE", help="Only releases reporting such an event.")
@click.option("--entity", help="Only releases mentioning this entity.")
@click.option("--since", metavar="DATE", help="Event (else publication) date on or after DATE.")
@click.option("--until", metavar="DATE", help="Event (else publication) date on or before DATE.")
@click.option("--limit", default=10, show_default=True)
@click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
def search(out, query, lang, event_type, entity, since, until, limit, fmt):
    """Search a dataset in either language (variant spellings and clitics included).

    \b
    Example:
      govnews search build/sample "الاعلام الاجتماعي" --lang ar
      govnews search build/sample "training course" --lang any --type training_course
    """
    from .search import search as run_search

    hits = run_search(out, query, lang=lang, event_type=event_type, entity=entity, since=since, until=until, limit=limit)
    _emit([dataclasses.asdict(h) for h in hits], fmt, ["doc_id", "lang", "score", "title", "pair_doc_id", "snippet"])


@cli.command()
@click.argument("out")
def index(out):
    """(Re)build the search index of a dataset.

    \b
    Example:
      govnews index build/sample
    """
    from .search import build_index

    click.echo(f"index written to {build_index(Path(out))}")


@cli.command()
@click.argument("file", default="-")
@click.option("--profile", type=click.Choice(["display", "match", "search"]), default="match", show_default=True)
def normalize(file, profile):
    """Normalize Arabic text line by line (standard input to standard output by default).

    \b
    Example:
      echo 'الإعلام ٢٠٢٤' | govnews normalize --profile search
    """
    from .normalize import normalize as run_normalize
    from .textio import read_document

    for line in read_document(file).splitlines(keepends=True):
        body = line.rstrip("\r\n")
        sys.stdout.write(run_normalize(body, profile=profile) + line[len(body):])


@cli.group()
def classify():
    """Train and apply document classifiers.

    \b
    Example:
      govnews classify train build/sample --labels labels.csv -o model.joblib
      govnews classify predict model.joblib new_releases/
    """


@classify.command("train")
@click.argument("out")
@click.option("--labels", required=True, type=click.Path(dir_okay=False), help="CSV with doc_id,label.")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Model file to write.")
def classify_train(out, labels, output):
    """Train a classifier on a dataset's documents and print cross-validated scores.

    \b
    Example:
      govnews classify train build/sample --labels labels.csv -o model.joblib
    """
    from . import classify as lib

    model = lib.train(out, labels)
    lib.save(model, output)
    click.echo(lib.report(model))


@classify.command("predict")
@click.argument("model")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=FORMATS, default="jsonl", show_default=True)
def classify_predict(model, inputs, fmt):
    """Label articles with a trained classifier, one JSON object a document.

    \b
    Example:
      govnews classify predict model.joblib new_releases/ --format table
    """
    from . import classify as lib
    from .textio import readable_articles

    predictions = lib.predict(lib.load(model), readable_articles(inputs))
    _emit([dataclasses.asdict(p) for p in predictions], fmt, ["id", "label", "score"])


@cli.group()
def lexicon():
    """Bilingual lexicons learned from aligned pairs.

    \b
    Example:
      govnews lexicon learn build/sample -o lexicon.tsv
    """


@lexicon.command("learn")
@click.argument("out")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="TSV file to write.")
def lexicon_learn(out, output):
    """Learn word translations from a dataset's aligned pairs and write them as TSV.

    \b
    Example:
      govnews lexicon learn build/sample -o lexicon.tsv
      govnews build more_releases/ -o build/more --lexicon lexicon.tsv
    """
    from .lexicon import learn_from_dataset

    learned = learn_from_dataset(Path(out))
    learned.save(Path(output))
    click.echo(f"{len(learned)} entries written to {output}")


def _emit(rows, fmt: str, columns: list[str], *, explode: str | None = None) -> None:
    from .textio import format_table, write_jsonl

    if fmt == "jsonl":
        write_jsonl(rows, sys.stdout)
        return
    rows = list(rows)
    if explode:
        rows = [{"id": row["id"], **item} for row in rows for item in row[explode]]
    click.echo(format_table(rows, columns), nl=False)


def _write_or_echo(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=not text.endswith("\n"))


def _os_error_line(exc: OSError) -> str:
    if exc.filename is None:
        return exc.strerror or str(exc)
    return f"{exc.filename}: {exc.strerror or exc}"


def main(argv: list[str] | None = None) -> None:
    """Run the command line; one line on standard error for anything a user can cause."""
    try:
        code = cli.main(args=argv, prog_name="govnews", standalone_mode=False)
    except click.exceptions.Exit as exc:
        code = exc.exit_code
    except click.exceptions.Abort:
        click.echo("govnews: aborted", err=True)
        code = 130
    except click.ClickException as exc:  # bad usage: unknown option, missing argument
        click.echo(f"govnews: error: {exc.format_message()}", err=True)
        code = 2
    except GovnewsError as exc:
        click.echo(f"govnews: error: {exc}", err=True)
        code = exc.exit_code
    except BrokenPipeError:
        code = 0
    except OSError as exc:  # a path the system refuses: no such folder, no permission, not a folder
        click.echo(f"govnews: error: {_os_error_line(exc)}", err=True)
        code = 2
    except KeyboardInterrupt:
        code = 130
    sys.exit(code or 0)


if __name__ == "__main__":  # pragma: no cover
    main()
