"""The README and docs/ say what the code does: tables, columns and commands."""

import pytest

from govnews.cli import cli
from govnews.reference import TABLES_BEGIN, TABLES_END, cli_markdown, iter_commands, tables_markdown
from conftest import REPO

COMMANDS = [full for full, _ in iter_commands(cli)]

# the commands of INTERFACE.md
PROMISED = ["build", "extract", "align", "check", "search", "classify train", "classify predict", "info",
            "normalize", "index", "lexicon learn"]


def test_every_promised_command_exists():
    assert {f"govnews {c}" for c in PROMISED} <= set(COMMANDS)


@pytest.mark.parametrize("full", COMMANDS)
def test_every_command_has_help_with_an_example(full):
    command = dict(iter_commands(cli))[full]
    assert command.help and "Example" in command.help, f"{full} has no help text with an example"


@pytest.mark.parametrize("full", COMMANDS)
def test_every_command_is_in_the_docs(full):
    text = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    assert f"## {full}\n" in text, f"{full} is missing from docs/cli.md (run scripts/gen_docs.py)"


def test_cli_reference_is_up_to_date():
    assert (REPO / "docs" / "cli.md").read_text(encoding="utf-8") == cli_markdown(), "run scripts/gen_docs.py"


def test_readme_tables_match_the_schemas():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split(TABLES_BEGIN, 1)[1].split(TABLES_END, 1)[0]
    assert section.strip() == tables_markdown().strip(), "run scripts/gen_docs.py"


def test_readme_opens_with_the_two_commands():
    head = (REPO / "README.md").read_text(encoding="utf-8")[:400]
    assert "make demo" in head and "make test" in head
