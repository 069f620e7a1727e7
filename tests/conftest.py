"""Test setup shared by every test module."""

import json
import os
import tempfile
from pathlib import Path

import pytest

# camel-tools downloads its catalogue when its data modules are imported and no catalogue is
# found; point it at a stand-in before anything imports it, so no test touches the network.
if "CAMELTOOLS_DATA" not in os.environ:
    _camel_home = Path(tempfile.mkdtemp(prefix="govnews-camel-"))
    (_camel_home / "catalogue.json").write_text(
        json.dumps({"version": "1.6", "packages": {}, "components": {}}), encoding="utf-8"
    )
    os.environ["CAMELTOOLS_DATA"] = str(_camel_home)

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
DATA = Path(__file__).resolve().parent / "data"


def _seed(prefix: str) -> str:
    return next(CORPUS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seeds() -> dict[str, str]:
    """The five sample articles by number: {"000": text, ...}."""
    return {f"{i:03d}": _seed(f"{i:03d}") for i in range(5)}


@pytest.fixture(scope="session")
def gold() -> dict[str, dict]:
    """The hand-checked gold of the sample articles by number."""
    rows = [json.loads(line) for line in (DATA / "gold_seeds.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return {row["file"][:3]: row for row in rows}
