"""Train the built-in event-type guesser from its shipped examples and write it as package data.

Reads `govnews/data/event_types.tsv` (event type, language, a release's sentence), fits one
tf-idf + logistic classifier per language with scikit-learn and writes what they learned to
`govnews/data/event_types_model.npz`, which `govnews.classify.guess_event_type` reads without
scikit-learn. Run it after editing the examples; a test checks that the two agree.

    .venv/bin/python scripts/train_event_types.py
"""

from __future__ import annotations

from govnews.classify import EVENT_TYPES_MODEL, save_event_type_scorers


def main() -> None:
    path = save_event_type_scorers(EVENT_TYPES_MODEL)
    print(f"wrote {path} ({path.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
