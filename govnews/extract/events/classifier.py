"""The event-type classifier's reading of an event the cue words leave as `other` (a ceremony, a festival),
taken when it is confident enough."""

from __future__ import annotations

from typing import Any

CLASSIFIER_CONFIDENCE = 0.7  # below this the rules' `other` stands


def _classified_type(sentence: str, *, lang: str, attrs: dict[str, Any]) -> str:
    """The built-in event-type classifier's reading of an event the cue words leave as `other`."""
    from govnews.classify import guess_event_type

    guess, probability = guess_event_type(sentence, lang=lang)
    if guess == "other" or probability < CLASSIFIER_CONFIDENCE:
        return "other"
    attrs["type_from"] = {"classifier": guess, "probability": probability}
    return guess
