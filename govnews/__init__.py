"""govnews: bilingual Arabic/English press-release corpora."""

__version__ = "0.1.0"
