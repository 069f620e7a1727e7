"""How a text names an organization beside an event: a news agency of the dateline (it reports events, it does
not hold them), a partner (`بالتعاون مع`, `with`), a venue (`فندق`, `قاعة`, `Hotel`, `Centre`)."""

from __future__ import annotations

import functools
import re

from govnews.extract.gazetteer import fold_key, word_lists
from govnews.records import Entity

# news agencies named in a dateline or a sign-off report events, they do not hold them
_AGENCIES = frozenset(
    "bna wam spa mena petra map kuna qna ona sana ina aps tap suna saba nna lana anadolu afp reuters ap dpa upi kyodo "
    "xinhua irna wafa".split()
)

_PARTNER = re.compile(r"(?:\bwith(?: the)?|\bbetween(?: the)?|مع|بين|بالتعاون مع)\s*$")


def _partner(text: str, e: Entity) -> bool:
    """Whether an organization is named as a partner (`in cooperation with the University`, `مع وزارة`)."""
    return bool(_PARTNER.search(text[max(0, e.start - 25) : e.start]))


@functools.cache
def _venue_heads(lang: str) -> frozenset[str]:
    return frozenset(fold_key(w) for w in word_lists()[f"venue_heads_{lang}"])


def _is_venue(e: Entity, lang: str, text: str = "") -> bool:
    """Whether an organization is a place events are held at: `مركز دبي التجاري العالمي`-type names in Arabic;
    in English a name ending in a venue word, a hotel named by its brand, or one holding a venue word after `at` (`at
    ADNEC Centre Abu Dhabi`)."""
    words = fold_key(e.text).split()
    if lang == "ar":
        return bool(words) and words[0] in _venue_heads("ar") and words[0] not in ("مركز", "ديوان")
    heads = _venue_heads("en")
    if words[-1:] and words[-1] in heads or e.attrs.get("kind") == "hotel":  # (at the Crowne Plaza Muscat)
        return True
    return _AT.search(text, max(0, e.start - 8), e.start) is not None and any(w in heads for w in words)


_AT = re.compile(r"\bat\s+(?:the\s+)?$")
