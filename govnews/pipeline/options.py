"""What a build depends on besides its inputs: its options, part of every partition key."""

from __future__ import annotations

import dataclasses

from .. import __version__

PARTITION_BYTES = 8 << 20  # about 8 MB of input per partition


@dataclasses.dataclass(frozen=True)
class BuildOptions:
    """What a build depends on besides its inputs (part of every partition key)."""

    text_field: str = "text"  # JSON/CSV field holding the article text
    id_field: str = "id"  # JSON/CSV field holding the article id
    lexicon: str | None = None  # a TSV lexicon used on top of the built-in seed
    subwords: bool = True  # train the sentencepiece model
    index: bool = True  # build the search index
    partition_bytes: int = PARTITION_BYTES  # input bytes per partition (the unit of parallel work)

    def fingerprint(self) -> str:
        return f"{__version__}|{self.text_field}|{self.id_field}"
