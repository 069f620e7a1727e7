"""Write the generated reference: the tables section of README.md and docs/cli.md.

    python scripts/gen_docs.py
"""

from pathlib import Path

from govnews.reference import TABLES_BEGIN, TABLES_END, cli_markdown, tables_markdown

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    readme = REPO / "README.md"
    text = readme.read_text(encoding="utf-8")
    head, rest = text.split(TABLES_BEGIN, 1)
    _, tail = rest.split(TABLES_END, 1)
    readme.write_text(f"{head}{TABLES_BEGIN}\n{tables_markdown()}{TABLES_END}{tail}", encoding="utf-8")
    (REPO / "docs" / "cli.md").write_text(cli_markdown(), encoding="utf-8")
    print("README.md and docs/cli.md written")


if __name__ == "__main__":
    main()
