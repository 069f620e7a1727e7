"""The build: stages in order, serially, in local processes or on a dask cluster.

1. The inputs are split into partitions (groups of files, in a fixed order). Each partition
   is read, cleaned, segmented, normalized and extracted on its own, and its rows are written
   to `OUT/.parts/<key>/` (atomically: a temporary folder, then a rename). The key is a hash of
   the partition's file contents and the build options, so `--resume` redoes only what is
   missing and a new input adds a partition without touching the others.
2. The driver pairs Arabic and English articles from compact per-document signatures, aligns
   and links each pair, learns the corpus lexicon, and runs the consistency checks.
3. The tables are assembled (one file each, or a directory of part files for large builds),
   the subword model and the search index are trained, and `manifest.json` is written last:
   a folder without a manifest is an unfinished build.

Its modules, in the order data flows through them:

    options     BuildOptions: what a build depends on besides its inputs
    inputs      the input files in a fixed order, and the partitions they make
    articles    one article: cleaned, segmented, normalized, extracted; records from table rows
    parts       one partition processed into OUT/.parts/<key>/ (the work of a worker)
    workers     the partitions run serially, in local processes, or on a dask cluster
    assemble    the tables written from the partitions' files
    duplicates  articles whose doc_id an earlier one took, left out
    pairs       pairing, alignment, links and checks over the dataset
    outdir      the output folder: made ready, continued (--resume), tidied
    driver      `build`: the stages in order, and the manifest
"""

from __future__ import annotations

from .articles import process_article, process_articles, row_to_document, row_to_entity
from .assemble import SINGLE_FILE_ROWS
from .driver import build
from .inputs import PARTITION_FILES, InputFile, Partition, list_inputs, make_partitions
from .options import PARTITION_BYTES, BuildOptions
from .outdir import INPUTS
from .parts import ARTICLES_TOGETHER, PARTS, PER_DOCUMENT_TABLES, PartitionResult, process_partition
from .workers import largest_first

__all__ = [
    "ARTICLES_TOGETHER",
    "INPUTS",
    "PARTITION_BYTES",
    "PARTITION_FILES",
    "PARTS",
    "PER_DOCUMENT_TABLES",
    "SINGLE_FILE_ROWS",
    "BuildOptions",
    "InputFile",
    "Partition",
    "PartitionResult",
    "build",
    "largest_first",
    "list_inputs",
    "make_partitions",
    "process_article",
    "process_articles",
    "process_partition",
    "row_to_document",
    "row_to_entity",
]
