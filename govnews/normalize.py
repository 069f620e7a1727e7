"""Normalize Arabic text for display, matching and search, keeping a map back to the original.

Three profiles, each a superset of the one before:

- ``display``: safe repairs only. Presentation forms, ligatures and full-width characters are
  replaced by their plain letters, the rest is composed (NFC); invisible bidi and zero-width
  marks, the soft hyphen and tatweel are removed. No letter changes identity.
- ``match``: display, then full NFKC and camel-tools' Arabic normalization: diacritics and
  Quranic marks removed, alef forms (أ إ آ ٱ) to ا, ى to ي, ة to ه; Eastern Arabic and Persian
  digits to ASCII, Arabic punctuation to its ASCII role (٫ decimal to ``.``, ٬ thousands to ``,``),
  Persian ک ی to Arabic ك ي. This is ``documents.text_norm``.
- ``search``: match, then hamza seats (ؤ ئ) to ء, Latin lower-cased and stripped of accents,
  quotes and dashes unified, every run of whitespace one space.

The ``match`` profile gives the same output as camel-tools' chain ``normalize_unicode`` ->
``normalize_alef_ar`` -> ``normalize_alef_maksura_ar`` -> ``normalize_teh_marbuta_ar`` ->
``dediac_ar`` followed by the operations camel-tools does not have, several times faster: the
character tables below are camel-tools' own sets, applied as one NFKC pass (skipped when the
text is already normalized) and one table lookup. docs/normalization.md lists every operation.
"""

from __future__ import annotations

import array
import bisect
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from govnews.errors import ConfigError, MissingDependencyError
from govnews.records import Repair

if TYPE_CHECKING:
    import numpy as np

    from govnews.glue import Vocabulary

Profile = Literal["display", "match", "search"]
PROFILES: tuple[str, ...] = ("display", "match", "search")

# ---------------------------------------------------------------------------------------------
# Character tables. Each is a mapping code point -> replacement ("" deletes).

# camel-tools `normalize_unicode`: two signs that NFKC does not expand the way Arabic needs.
CAMEL_UNICODE_FIX = {0xFDFC: "ريال", 0xFDFD: "بسم الله الرحمن الرحيم"}
# camel-tools `normalize_alef_ar`, `normalize_alef_maksura_ar`, `normalize_teh_marbuta_ar`.
CAMEL_ALEF = "\u0625\u0623\u0671\u0622"  # إ أ ٱ آ -> ا
CAMEL_ALEF_MAKSURA = {0x0649: "\u064a"}  # ى -> ي
CAMEL_TEH_MARBUTA = {0x0629: "\u0647"}  # ة -> ه
# camel-tools `AR_DIAC_CHARSET` (`dediac_ar`): tanween, harakat, shadda, sukun, superscript alef.
CAMEL_DIACRITICS = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"


def _chars(ranges: str) -> list[int]:
    """Expand "a-b" ranges written as pairs of characters into code points."""
    out: list[int] = []
    i = 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            out.extend(range(ord(ranges[i]), ord(ranges[i + 2]) + 1))
            i += 3
        else:
            out.append(ord(ranges[i]))
            i += 1
    return out


# Invisible marks that only steer rendering: soft hyphen, Arabic letter mark, zero-width space,
# (non-)joiners, LRM/RLM, bidi embeddings and isolates, word joiner, BOM. And tatweel (kashida),
# which only stretches a word.
INVISIBLE = "\u00ad\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff"
TATWEEL = "\u0640"
# Presentation forms that display may replace by their letters (NFKC restricted to these):
# Latin/Hebrew/Arabic presentation forms, small form variants, half- and full-width forms.
# The rial sign U+FDFC and U+FDFD are symbols, not presentation forms: display keeps them.
PRESENTATION = "\ufb00-\ufdfb\ufe50-\ufe6f\ufe70-\ufefc\uff00-\uffef"

# Marks beyond camel-tools' set: maddah and hamza marks left over after composition, other
# small vowels, Quranic annotation signs, extended-A marks.
QURANIC_MARKS = "\u0610-\u061a\u0653-\u065f\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u08d3-\u08e1\u08e3-\u08ff"
DIGITS = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)}}
PUNCTUATION = {
    0x060C: ",",  # ، comma
    0x061B: ";",  # ؛ semicolon
    0x061F: "?",  # ؟ question mark
    0x066A: "%",  # ٪ percent sign
    0x066B: ".",  # ٫ decimal separator
    0x066C: ",",  # ٬ thousands separator
    0x066D: "*",  # ٭ five-pointed star
    0x06D4: ".",  # ۔ full stop (Urdu)
}
# Persian and Urdu letter shapes that stand for Arabic letters in Arabic text.
PERSIAN_LETTERS = {
    0x06A9: "\u0643",  # ک keheh -> ك
    0x06AA: "\u0643",  # ڪ swash kaf -> ك
    0x06CC: "\u064a",  # ی Farsi yeh -> ي
    0x06C1: "\u0647",  # ہ heh goal -> ه
    0x06BE: "\u0647",  # ھ heh doachashmee -> ه
    0x06D5: "\u0647",  # ە ae -> ه
    0x06C0: "\u0647",  # ۀ heh with yeh above (ezafe form of ة) -> ه
    0x0672: "\u0627",  # ٲ alef with wavy hamza above -> ا
    0x0673: "\u0627",  # ٳ alef with wavy hamza below -> ا
}
HAMZA_SEATS = {0x0624: "\u0621", 0x0626: "\u0621"}  # ؤ ئ -> ء
QUOTES = {
    **dict.fromkeys(_chars("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2039\u203a\u2033\u2036\u301d\u301e"), '"'),
    **dict.fromkeys(_chars("\u2018\u2019\u201a\u201b\u2032\u2035\u0060\u00b4"), "'"),
}
DASHES = dict.fromkeys(_chars("\u2010-\u2015\u2212\u2e3a\u2e3b\ufe58"), "-")
WHITESPACE = "\t-\r\u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
LATIN_LETTERS = "\u00c0-\u024f\u1e00-\u1eff"
LATIN_SPECIAL = {  # letters whose accent-free form is not in their decomposition
    0x00DF: "ss", 0x00C6: "ae", 0x00E6: "ae", 0x0152: "oe", 0x0153: "oe", 0x00D8: "o", 0x00F8: "o",
    0x0110: "d", 0x0111: "d", 0x0141: "l", 0x0142: "l", 0x0131: "i", 0x0130: "i", 0x00D0: "d",
    0x00F0: "d", 0x00DE: "th", 0x00FE: "th",
}
COMBINING_ACCENTS = "\u0300-\u036f"


def _delete(ranges: str) -> dict[int, str]:
    return dict.fromkeys(_chars(ranges), "")


def display_table() -> dict[int, str]:
    """Per-character operations of the display profile, applied after composition."""
    return _delete(INVISIBLE + TATWEEL)


def match_extra_table() -> dict[int, str]:
    """Per-character operations the match profile adds to camel-tools' chain.

    `normalize(text, profile="match")` equals this table applied to camel-tools' output.
    """
    return {
        **display_table(),
        **_delete(QURANIC_MARKS),
        **DIGITS,
        **PUNCTUATION,
        **PERSIAN_LETTERS,
    }


def camel_table() -> dict[int, str]:
    """camel-tools' alef, alef maksura, teh marbuta and diacritic operations as one table."""
    return {
        **dict.fromkeys(map(ord, CAMEL_ALEF), "\u0627"),
        **CAMEL_ALEF_MAKSURA,
        **CAMEL_TEH_MARBUTA,
        **_delete(CAMEL_DIACRITICS),
    }


def camel_chain() -> Callable[[str], str]:
    """Return camel-tools' normalization chain, the reference the match profile reproduces.

    `normalize(text) == camel_chain()(text).translate(match_extra_table())` for every text.

    >>> camel_chain()("إعلانٌ")  # doctest: +SKIP
    'اعلان'
    """
    try:
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_teh_marbuta_ar,
            normalize_unicode,
        )
    except ImportError as error:
        raise MissingDependencyError(f"camel-tools is needed for its normalization chain: pip install camel-tools ({error})") from error

    def chain(text: str) -> str:
        return dediac_ar(normalize_teh_marbuta_ar(normalize_alef_maksura_ar(normalize_alef_ar(normalize_unicode(text)))))

    return chain


def _search_latin() -> dict[int, str]:
    """Lower-case every BMP letter, and strip Latin letters of their accents."""
    table: dict[int, str] = {}
    for cp in range(0x10000):
        c = chr(cp)
        low = c.lower()
        if len(low) == 1 and low != c:
            table[cp] = low
    for cp in _chars(LATIN_LETTERS):
        base = "".join(ch for ch in unicodedata.normalize("NFD", chr(cp)) if not unicodedata.combining(ch))
        base = base.lower()
        if len(base) == 1 and base.isascii() and base != chr(cp):
            table[cp] = base
    table.update(LATIN_SPECIAL)
    return table


def search_table() -> dict[int, str]:
    """Per-character operations of the search profile (whitespace runs are collapsed after)."""
    return {
        **_search_latin(),
        **dict.fromkeys(_chars(WHITESPACE), " "),
        **_delete(COMBINING_ACCENTS),
        **QUOTES,
        **DASHES,
        **HAMZA_SEATS,
    }


# ---------------------------------------------------------------------------------------------
# Compiled tables, built once per process on first use.

_DELETED = 0x110000  # look-up value of a deleted character
_EXPANDED = 0x110001  # look-up value of a character replaced by several
_SMALL = 512  # below this many characters the plain str path is faster than numpy


@dataclass(frozen=True)
class _Tables:
    form: str  # "NFC" or "NFKC"
    premap: dict[int, str]  # applied before composition when the text is not NFKC-normalized
    premap_lookup: np.ndarray  # uint32 over the BMP: code point -> code point, _DELETED or _EXPANDED
    table: dict[int, str]  # applied after composition
    lookup: np.ndarray  # uint32 over the BMP, as `premap_lookup`
    collapse_spaces: bool
    recompose: bool  # compose again after the table deleted what kept marks apart (display)


def _lookup(table: dict[int, Any]) -> np.ndarray:
    """The table (as `str.translate` takes it) as an array indexed by code point; every table maps BMP characters only."""
    import numpy as np

    lookup = np.arange(0x10000, dtype=np.uint32)
    for cp, out in table.items():
        out = chr(out) if isinstance(out, int) else (out or "")
        lookup[cp] = ord(out) if len(out) == 1 else (_DELETED if not out else _EXPANDED)
    return lookup


@functools.cache
def class_table(pattern: re.Pattern[str]) -> np.ndarray:
    """Return which BMP characters a character-class pattern matches, as a boolean array by code point.

    >>> bool(class_table(re.compile("[\u064b-\u065f]"))[0x064E])
    True
    """
    import numpy as np

    every = "".join(map(chr, range(0x10000)))
    table = np.zeros(0x10000, dtype=bool)
    for match in pattern.finditer(every):
        table[match.start() : match.end()] = True
    return table


_LOOKUPS: dict[int, tuple[dict[int, Any], np.ndarray]] = {}  # id of a table -> (the table, its look-up)


def translate(text: str, table: dict[int, Any]) -> str:
    """Return `text.translate(table)`, through a numpy look-up array when the text is long.

    The same result several times faster on an article; `table` maps BMP characters only and is
    a module-level constant (its look-up is built once).

    >>> translate("أعلنت إمارة دبي", str.maketrans("أإ", "اا"))
    'اعلنت امارة دبي'
    """
    if len(text) < _SMALL:
        return text.translate(table)
    known = _LOOKUPS.get(id(table))
    if known is None or known[0] is not table:
        known = _LOOKUPS[id(table)] = (table, _lookup(table))
    return _translate_np(text, table, known[1])


def _map(points: np.ndarray, lookup: np.ndarray) -> np.ndarray:
    """Look code points up; those beyond the BMP map to themselves."""
    try:
        return lookup[points]
    except IndexError:  # numpy checks the bounds anyway: a text beyond the BMP costs no more
        mapped = points.copy()
        bmp = points <= 0xFFFF
        mapped[bmp] = lookup[points[bmp]]
        return mapped


def _output_lengths(points: np.ndarray, mapped: np.ndarray, table: dict[int, str]) -> np.ndarray:
    """How many characters each input character becomes under `table`, given its look-up."""
    import numpy as np

    lengths = (mapped != _DELETED).astype(np.int64)
    for i in np.flatnonzero(mapped == _EXPANDED):
        lengths[i] = len(table[int(points[i])])
    return lengths


@functools.cache
def _tables(profile: str) -> _Tables:
    if profile not in PROFILES:
        raise ConfigError(f"unknown normalization profile {profile!r}: expected one of {', '.join(PROFILES)}")
    if profile == "display":
        form = "NFC"
        premap = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in _chars(PRESENTATION)}
        table = display_table()
    else:
        form = "NFKC"
        # Replacing a character by its own NFKC before NFKC changes nothing, and usually leaves
        # the text normalized, so that the slow full pass is skipped.
        premap = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0x10000) if unicodedata.decomposition(chr(cp))}
        premap.update(CAMEL_UNICODE_FIX)
        # Diacritics neither compose nor block a composition (their combining classes, 27 to 35,
        # are below those of the hamza and maddah marks), so deleting them first changes nothing
        # but spares the full NFKC pass on diacritized text whose marks are out of canonical order.
        premap.update(_delete(CAMEL_DIACRITICS))
        # U+FDFD has no decomposition, so NFKC keeps it; camel-tools expands it before NFKC.
        table = {**camel_table(), **match_extra_table(), 0xFDFD: CAMEL_UNICODE_FIX[0xFDFD]}
        if profile == "search":
            table.update(search_table())
    premap = {cp: out for cp, out in premap.items() if out != chr(cp)}
    return _Tables(
        form,
        premap,
        _lookup(premap),
        table,
        _lookup(table),
        collapse_spaces=profile == "search",
        # match and search keep camel-tools' order (NFKC, then the tables), whose output may
        # leave a mark apart from its letter after an invisible character between them is
        # deleted; display recomposes, so that its output is always NFC.
        recompose=profile == "display",
    )


_SPACE_RUN = re.compile("  +")


def _compose(text: str, t: _Tables) -> str:
    """Apply the premap and the profile's Unicode normalization form."""
    if not unicodedata.is_normalized("NFKC", text):
        text = text.translate(t.premap) if len(text) < _SMALL else _translate_np(text, t.premap, t.premap_lookup)
        if not unicodedata.is_normalized(t.form, text):
            text = unicodedata.normalize(t.form, text)
    return text


def _translate_np(text: str, table: dict[int, str], lookup: np.ndarray) -> str:
    """`text.translate(table)` through the numpy look-up array of the same table."""
    return _translate_mapped(text, _map(codepoints(text), lookup), table)


def _translate_mapped(text: str, mapped: np.ndarray, table: dict[int, str]) -> str:
    """`text.translate(table)`, given the look-up of each of its characters."""
    if mapped.size and mapped.max() == _EXPANDED:
        return text.translate(table)
    return mapped[mapped != _DELETED].tobytes().decode("utf-32-le", "surrogatepass")


def _normalize_str(text: str, t: _Tables) -> str:
    text = _compose(text, t).translate(t.table)
    if t.collapse_spaces and "  " in text:
        text = _SPACE_RUN.sub(" ", text)
    return _recompose(text, t)


def _recompose(text: str, t: _Tables) -> str:
    if t.recompose and not unicodedata.is_normalized(t.form, text):
        return unicodedata.normalize(t.form, text)
    return text


def _normalize_np(text: str, t: _Tables) -> str:
    import numpy as np

    text = _compose(text, t)
    mapped = _map(codepoints(text), t.lookup)
    if mapped.size and mapped.max() == _EXPANDED:
        return _normalize_str(text, t)
    mapped = mapped[mapped != _DELETED]
    if t.collapse_spaces:
        space = mapped == 32
        double = space[1:] & space[:-1]
        if double.any():
            mapped = mapped[np.concatenate(([True], ~double))]
    return _recompose(mapped.tobytes().decode("utf-32-le", "surrogatepass"), t)


def normalize(text: str, *, profile: Profile = "match") -> str:
    """Normalize text with one of the profiles `display`, `match` (default) or `search`.

    >>> normalize("أعلنت وزارةُ الصحة ١٢٫٥٪")
    'اعلنت وزاره الصحه 12.5%'
    >>> normalize("إبريل", profile="display")
    'إبريل'
    """
    t = _tables(profile)
    if len(text) < _SMALL:
        return _normalize_str(text, t)
    return _normalize_np(text, t)


# ---------------------------------------------------------------------------------------------
# Offset maps.


@dataclass(frozen=True)
class Normalized:
    """A normalized text with the map back to the text it came from.

    `offsets[i]` is where the original unit that produced character `i` starts; the last entry is
    the length of the original. A unit is one original character with the deleted characters
    that follow it (a letter and its diacritics), or a group normalized together (a letter and
    the mark it composed with). Characters expanded from one unit (`ﻻ` -> `لا`) share its offset.
    """

    text: str
    offsets: array.array = field(repr=False)  # one entry per character of `text`, plus one

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Return the span of the original that produced `text[start:end]`.

        >>> n = normalize_with_offsets("الإعلامُ")
        >>> n.text, n.to_original(0, len(n.text))
        ('الاعلام', (0, 8))
        """
        n = len(self.text)
        if not 0 <= start <= end <= n:
            raise ValueError(f"span ({start}, {end}) is outside the normalized text of length {n}")
        offsets = self.offsets
        original_start = 0 if start == 0 else offsets[start]
        if start == end and end < n:
            return original_start, original_start
        original_end = offsets[end]
        if end < n and offsets[end] == offsets[end - 1]:
            # `end` falls inside an expansion: take the whole unit that produced it.
            original_end = offsets[bisect.bisect_right(offsets, offsets[end - 1])]
        return original_start, original_end

    def to_normalized(self, start: int, end: int) -> tuple[int, int]:
        """Return the smallest span of `text` whose original covers `original[start:end]`.

        >>> n = normalize_with_offsets("قال الوزيرُ ﻻ")
        >>> n.to_normalized(4, 11), n.text[4:10]
        ((4, 10), 'الوزير')
        """
        n = len(self.text)
        offsets = self.offsets
        if not 0 <= start <= end <= offsets[n]:
            raise ValueError(f"span ({start}, {end}) is outside the original text of length {offsets[n]}")
        first = bisect.bisect_right(offsets, start, 0, n) - 1  # the unit that holds `start`
        first = bisect.bisect_left(offsets, offsets[first], 0, n) if first >= 0 else 0
        last = bisect.bisect_left(offsets, end, 0, n) if end > start else first
        return first, max(first, last)


def _spread(lengths: np.ndarray) -> np.ndarray:
    """Index of the input character behind each output character, given each one's output length."""
    import numpy as np

    return np.repeat(np.arange(lengths.size, dtype=np.int64), lengths)


@functools.cache
def _cluster_pattern(form: str) -> re.Pattern[str]:
    """Match the stretches a normalization form may change: a character with the marks after it.

    Normalization never looks across the start of a cluster (a character that neither combines
    nor composes with what precedes it), so normalizing each match alone gives the same text as
    normalizing the whole. Clusters are a character followed by non-starters or characters that
    compose backwards, and single characters the form replaces.
    """
    decompose = "NFKD" if form == "NFKC" else "NFD"
    # Every combining mark and decomposable character lies in planes 0 to 2.
    decomposable = [(chr(cp), d) for cp in range(0x30000) if (d := unicodedata.decomposition(chr(cp)))]
    backward = set(range(0x1161, 0x1176)) | set(range(0x11A8, 0x11C3))  # Hangul vowels, finals
    for _, d in decomposable:
        parts = d.split()
        if len(parts) == 2 and not d.startswith("<"):
            backward.add(int(parts[1], 16))
    combining = backward | {cp for cp in range(0x30000) if unicodedata.combining(chr(cp))}
    changed: list[int] = []
    for c, _ in decomposable:
        if unicodedata.normalize(form, c) != c:
            changed.append(ord(c))
        first = unicodedata.normalize(decompose, c)[0]
        if unicodedata.combining(first) or ord(first) in backward:
            combining.add(ord(c))
    return re.compile(f"(?s:.)[{_char_class(combining)}]+|[{_char_class(changed)}]")


def _char_class(cps: set[int] | list[int]) -> str:
    out: list[str] = []
    ordered = sorted(set(cps))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        out.append(re.escape(chr(ordered[i])) + ("-" + re.escape(chr(ordered[j])) if j > i else ""))
        i = j + 1
    return "".join(out)


def _normalize_clusters(text: str, form: str) -> tuple[str, np.ndarray]:
    """Normalize `text` cluster by cluster; return it with the input index of each character."""
    import numpy as np

    lengths = np.ones(len(text), dtype=np.int64)
    pieces: list[str] = []
    last = 0
    for m in _cluster_pattern(form).finditer(text):
        cluster = m.group()
        normalized = unicodedata.normalize(form, cluster)
        if normalized != cluster:
            pieces.append(text[last : m.start()])
            pieces.append(normalized)
            last = m.end()
            lengths[m.start()] = len(normalized)
            lengths[m.start() + 1 : m.end()] = 0
    pieces.append(text[last:])
    return "".join(pieces), _spread(lengths)


def codepoints(text: str) -> np.ndarray:
    """Return the code points of a text as a numpy array (uint32)."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def _finish_offsets(index: np.ndarray | None, size: int, original_length: int) -> array.array:
    """Turn the original index of each output character into the offsets of a `Normalized`."""
    import numpy as np

    if index is None:
        index = np.arange(size, dtype=np.int64)
    offsets = np.empty(index.size + 1, dtype=np.int32)
    offsets[:-1] = index
    offsets[-1] = original_length
    if index.size:
        # Characters deleted before the first output character belong to it.
        offsets[: int(np.searchsorted(offsets, offsets[0], side="right"))] = 0
    out = array.array("i")
    out.frombytes(offsets.tobytes())
    return out


def _then(index: np.ndarray | None, step: np.ndarray) -> np.ndarray:
    return step if index is None else index[step]


def normalize_with_offsets(text: str, *, profile: Profile = "match") -> Normalized:
    """Normalize text like `normalize` and keep the map from each normalized character to the original.

    >>> n = normalize_with_offsets("قمة ﻻ تنتهي", profile="match")
    >>> n.text
    'قمه لا تنتهي'
    >>> n.to_original(4, 5)  # the ل of the expanded ligature
    (4, 5)
    """
    import numpy as np

    t = _tables(profile)
    index: np.ndarray | None = None
    current = text
    if not unicodedata.is_normalized("NFKC", current):
        points = codepoints(current)
        mapped = _map(points, t.premap_lookup)
        lengths = _output_lengths(points, mapped, t.premap)
        current = _translate_mapped(current, mapped, t.premap)
        if (lengths != 1).any():
            index = _spread(lengths)
        if not unicodedata.is_normalized(t.form, current):
            current, step = _normalize_clusters(current, t.form)
            index = _then(index, step)
    points = codepoints(current)
    mapped = _map(points, t.lookup)
    lengths = _output_lengths(points, mapped, t.table)
    current = _translate_mapped(current, mapped, t.table)
    if (lengths != 1).any():
        index = _then(index, _spread(lengths))
    if t.collapse_spaces and "  " in current:
        space = codepoints(current) == 32
        keep = np.concatenate(([True], ~(space[1:] & space[:-1])))
        current = _SPACE_RUN.sub(" ", current)
        index = _then(index, np.flatnonzero(keep))
    if t.recompose and not unicodedata.is_normalized(t.form, current):
        current, step = _normalize_clusters(current, t.form)
        index = _then(index, step)
    return Normalized(current, _finish_offsets(index, len(current), len(text)))


def normalize_document(text: str, *, vocabulary: Vocabulary | None = None) -> tuple[str, list[Repair]]:
    """Split glued words and normalize with the match profile: `documents.text_norm` and `repairs`.

    Each repair gives the span of `text` and the normalized words that stand in its place
    (`govnews.glue` finds them, in `vocabulary` or the words of `text` itself).

    >>> normalize_document("تشمل الحكومةوالصحة.")
    ('تشمل الحكومه والصحه.', [Repair(start=5, end=18, text='الحكومه والصحه')])
    """
    from govnews.glue import glued_runs

    text_norm = normalize(text)
    runs = glued_runs(text, vocabulary=vocabulary, normalized=text_norm)
    if not runs:
        return text_norm, []
    pieces, last = [], 0
    for run in runs:
        pieces.append(text[last : run.start])
        pieces.append(run.text)
        last = run.end
    pieces.append(text[last:])
    return normalize("".join(pieces)), [Repair(run.start, run.end, normalize(run.text)) for run in runs]


def __getattr__(name: str) -> object:
    # The glued-word repair lives in govnews.glue (it needs this module); its names are also
    # reachable from here, imported on first use.
    if name in ("Vocabulary", "Repaired", "repair_glued", "common_words"):
        from govnews import glue

        return getattr(glue, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


from ._callable import make_callable  # noqa: E402

make_callable(__name__)  # `govnews.normalize(...)` calls the function of the same name
