"""Reduce a news web page to its article: headline, text, date, URL, site name and language.

Pages are parsed with selectolax (lexbor), never executed or fetched. The article is found by
general rules, not by a site's template:

1. Furniture goes: scripts, styles, frames, media and form controls; navigation, cookie banners,
   share bars, comment sections, related-news lists and footers, by their tags, roles and class
   names (`[class*="share" i]`), unless the element holds half of the page's text or more (an
   ASP.NET `<form>` around the whole page, a wrapper named `content-with-sidebar`). Photo
   captions and image boxes go when short.
2. The headline is the element showing the page's `og:title`, an `<h1>` that is (most of) the
   `<title>`, or the element showing a part of the `<title>` (`Agency - Headline`).
3. The article's container is the smallest element holding the headline and every prose
   paragraph (eight words or more with a sentence end); menus, top bars and side columns
   outside it are left out. A page without prose falls back on `<article>`, `<main>`... or
   the body.
4. Inside it, blocks made mostly of links (menus, "Read also" and most-read lists, share and
   tool bars) go; block elements and `<br>` become paragraph breaks, and the cells of a data
   table's row stay on one line, separated by ` | `.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

_DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "template", "svg", "canvas", "button",
              "select", "textarea", "input", "img", "picture", "video", "audio", "map", "frame", "frameset", "head",
              "option", "label")
# Page furniture by its tag: always dropped, its text listed among what was removed.
_FURNITURE_TAGS = "nav, header, footer, aside"
# Dropped unless they hold half of the page's text (then they wrap the article).
_FURNITURE = ", ".join((
    "form", '[role="navigation"]', '[role="banner"]', '[role="contentinfo"]', '[role="complementary"]',
    '[role="dialog"]', '[aria-hidden="true"]', "[hidden]",
    *(f'[class*="{word}" i]' for word in (
        "share", "social", "addthis", "comment", "related", "breadcrumb", "sidebar", "newsletter", "advert",
        "cookie", "consent", "gdpr", "menu", "navbar", "navigation", "-nav", "nav-", "_nav", "print", "tags", "footer",
        "skip-link", "accessib", "page-rating", "pagerating", "feedback")),
    '[class~="nav" i]',  # the word, not `bg-navy`
    *(f'[id*="{word}" i]' for word in ("comment", "menu", "cookie", "consent", "footer", "related", "sidebar")),
))
# Photo boxes and captions: dropped when short (a caption), never when holding a table.
_MEDIA = 'figure, figcaption, [class*="caption" i], [class*="photo" i], [class*="image" i]'
_MEDIA_WORDS = 40
_BLOCKS = ("p, div, br, li, h1, h2, h3, h4, h5, h6, blockquote, pre, tr, td, th, dt, dd, section, article, main, "
           "table, ul, ol, dl, hr, address, form, figure, center, caption, details, summary, fieldset, legend")
# Inline elements that pages use as text containers, and the parents that keep them inline.
_CONTAINERS = "span, font"
_INLINE_PARENTS = frozenset("p li h1 h2 h3 h4 h5 h6 a b strong em i u span font blockquote dd dt".split())
# Elements that may be a page's menu or list of links.
_LINK_BLOCKS = "ul, ol, li, div, p, td, table, section, span, font, dl"
_LINK_SHARE = 0.6  # of a block's letters in links, with two links or more, makes it a list of links
_MAIN = ('[itemprop="articleBody"]', "article", "main", '[role="main"]', '[class*="article-body"]',
         '[class*="entry-content"]', '[class*="post-content"]')
_HEADLINE_TAGS = ('h1, h2, h3, h4, h5, h6, b, strong, [class*="title" i], [id*="title" i], [class*="headline" i], '
                  '[class*="heading" i]')
_TEXT_LEVEL = frozenset("p span font b strong em i u a li ul ol blockquote h1 h2 h3 h4 h5 h6".split())
_HEADLINE_REACH = 4  # levels the headline may add above the prose's container
_DATE_META = ('meta[property="article:published_time"]', 'meta[name="article:published_time"]',
              'meta[itemprop="datePublished"]', 'meta[name="date"]', 'meta[name="pubdate"]',
              'meta[name="publishdate"]', 'meta[name="DC.date.issued"]', 'meta[name="dc.date"]',
              'meta[property="og:published_time"]', 'meta[name="sailthru.date"]')
_BLOCK_MARK = "\ue000"
_CELL_MARK = "\ue001"
_HTML_WS = re.compile(r"\s+")
_PROSE_END = re.compile(r"[.!?؟…](?=[\s\"'”’»)]|$)")
_PROSE_WORDS = 8
_KEY = re.compile(r"[\W_]+")
# `Agency - Headline`, `Headline | Site`, `KUNA : Headline - Politics - 11/03/2024`
_TITLE_PARTS = re.compile(r"\s+[|\-–—:»·]\s+|\s*(?:\||::)\s*")


def html_to_text(html: str, where: str = "<html>") -> dict[str, Any]:
    """Reduce an HTML page to its main text, title, date, URL, site name and language attribute.

    `title` is the headline; `headline` is the same when the page shows it or gives it as its
    `og:title`, None when it is only the `<title>` (which may be the site's name alone).
    `removed` is the text of each piece of furniture dropped from the page (navigation, share and
    comment blocks, link lists, footers), in the order it was dropped.

    >>> page = html_to_text("<h1>Title</h1><nav>Home</nav><p>Body <b>text</b>.</p>")
    >>> page["text"], page["title"], page["removed"]
    ('Title\\n\\nBody text.', 'Title', ['Home'])
    """
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    page_title, og_title = _node_text(tree.css_first("title")), _first_attr(tree, ('meta[property="og:title"]',), "content")
    site = _first_attr(tree, ('meta[property="og:site_name"]',), "content")
    meta: dict[str, Any] = {
        "date": _first_attr(tree, _DATE_META, "content") or _first_attr(tree, ("time[datetime]",), "datetime"),
        "url": _first_attr(tree, ('link[rel="canonical"]',), "href")
        or _first_attr(tree, ('meta[property="og:url"]',), "content"),
        "source": site,
        "lang": _first_attr(tree, ("html[lang]",), "lang"),
    }
    first_h1 = _node_text(tree.css_first("h1"))
    tree.strip_tags(list(_DROP_TAGS))
    body = tree.body or tree.root
    text, headline, removed = "", None, []
    if body is not None:
        removed = _drop([(body.css(_FURNITURE_TAGS), lambda node: True)]) + _drop_furniture(body)
        node, headline = _headline(body, og_title, page_title, site)
        root = _content_root(body, node)
        removed += _drop_link_blocks(root)
        text = _blocks_text(root)
    headline = headline or og_title or first_h1
    meta["headline"] = headline
    meta["title"] = headline or page_title
    meta["text"] = text
    meta["removed"] = removed
    return meta


# ------------------------------------------------------------------------------------ furniture


def _drop_furniture(body: Any) -> list[str]:
    """Drop navigation, banners, share and comment blocks, and short photo boxes and captions;
    return the text of each."""
    total = _letters(body.text(deep=True))
    return _drop([
        (body.css(_FURNITURE), lambda node: node.tag not in ("html", "body") and 2 * _letters(node.text(deep=True)) < total),
        (body.css(_MEDIA), lambda node: len(node.text(deep=True).split()) <= _MEDIA_WORDS and not node.css("table")),
    ])


def _drop_link_blocks(root: Any) -> list[str]:
    """Drop the blocks of `root` that are mostly links: menus, link lists, tool and share bars;
    return the text of each."""
    link_letters: dict[int, int] = {}
    links: dict[int, int] = {}
    stop = root.mem_id
    for anchor in root.css("a"):
        letters = _letters(anchor.text(deep=True))
        node = anchor
        while node is not None and node.mem_id != stop:
            link_letters[node.mem_id] = link_letters.get(node.mem_id, 0) + letters
            links[node.mem_id] = links.get(node.mem_id, 0) + 1
            node = node.parent
    return _drop([(root.css(_LINK_BLOCKS), lambda node: links.get(node.mem_id, 0) >= 2
            and link_letters[node.mem_id] >= _LINK_SHARE * _letters(node.text(deep=True)))])


def _drop(selections: list[tuple[Any, Callable[[Any], bool]]]) -> list[str]:
    """Remove the nodes of each selection that its test picks, but those inside a node picked before;
    return the text of each node removed (those without text left out)."""
    dropped: set[int] = set()
    doomed = []
    for nodes, picked in selections:
        for node in nodes:
            if not _within(node, dropped) and picked(node):
                dropped.add(node.mem_id)
                doomed.append(node)
    texts = [_HTML_WS.sub(" ", node.text(deep=True, separator=" ")).strip() for node in doomed]
    for node in doomed:
        node.decompose()
    return [text for text in texts if text]


def _within(node: Any, dropped: set[int]) -> bool:
    """Whether `node` or one of its ancestors is in `dropped` (mem_ids)."""
    while node is not None:
        if node.mem_id in dropped:
            return True
        node = node.parent
    return False


def _letters(text: str) -> int:
    return len(_HTML_WS.sub("", text))


# ------------------------------------------------------------------------------ headline and root


def _headline(body: Any, og_title: str | None, page_title: str | None, site: str | None) -> tuple[Any, str | None]:
    """The element showing the headline and its text, or (None, None).

    In order: the element showing the `og:title`; an `<h1>` that is the `<title>`, one of its
    parts or most of it; the element showing the longest part of the `<title>` that is not the
    site's name; the first `<h1>`.
    """
    site_key = _key(site)
    if og_title and (node := _showing(body, _HEADLINE_TAGS, {_key(og_title)})):
        return node, og_title
    if page_title:
        whole = _key(page_title)
        parts = {_key(p) for p in _TITLE_PARTS.split(page_title)} | {whole}
        shown = [(len(key), node) for node in body.css("h1") if (key := _key(node.text(deep=True)))
                 and (key in parts or key in whole and 2 * len(key) >= len(whole))]
        if shown:  # the longest: a logo's `<h1>` may be the site's part of the `<title>`
            node = max(shown, key=lambda item: item[0])[1]
            return node, _node_text(node)
        for part in sorted(parts - {site_key, ""}, key=len, reverse=True):
            if len(part.split()) >= 3 and (node := _showing(body, _HEADLINE_TAGS, {part})):
                return node, _node_text(node)
    node = body.css_first("h1")
    return node, _node_text(node)


def _showing(body: Any, selector: str, keys: set[str]) -> Any:
    """The first element of `selector` whose text is one of `keys`."""
    for node in body.css(selector):
        text = node.text(deep=True)
        if len(text) <= 400 and _key(text) in keys:
            return node
    return None


def _key(text: str | None) -> str:
    return _KEY.sub(" ", text or "").strip().lower()


def _content_root(body: Any, headline: Any) -> Any:
    """The smallest block holding every prose paragraph and, when near them, the headline."""
    chains = [_ancestry(node, body) for node in body.css("*") if _is_prose(node.text(deep=False))]
    if not chains:
        return _main_element(body)
    prose = _common(chains)
    while len(prose) > 1 and prose[-1].tag in _TEXT_LEVEL:  # one paragraph: the article is its container
        prose.pop()
    if headline is not None:
        with_headline = _common([prose, _ancestry(headline, body)])
        if len(prose) - len(with_headline) <= _HEADLINE_REACH:
            prose = with_headline
    return prose[-1]


def _is_prose(text: str) -> bool:
    return bool(_PROSE_END.search(text)) and len(text.split()) >= _PROSE_WORDS


def _ancestry(node: Any, top: Any) -> list[Any]:
    """The elements from `top` down to `node`."""
    chain = []
    stop = top.mem_id
    while node is not None and node.mem_id != stop:
        chain.append(node)
        node = node.parent
    chain.append(top)
    return chain[::-1]


def _common(chains: list[list[Any]]) -> list[Any]:
    """The longest common start of ancestries."""
    common = chains[0]
    for chain in chains[1:]:
        size = 0
        for a, b in zip(common, chain):
            if a.mem_id != b.mem_id:
                break
            size += 1
        common = common[:size]
    return common


def _main_element(body: Any) -> Any:
    for selector in _MAIN:
        node = body.css_first(selector)
        if node is not None and node.text(deep=True).strip():
            return node
    return body


# ------------------------------------------------------------------------------------ text


def _blocks_text(root: Any) -> str:
    """The text of `root`, a paragraph a block; a data table's row is one line of cells."""
    inline = _flat_row_cells(root)
    for node in [*root.css(_BLOCKS), *_text_containers(root)]:
        if node.mem_id in inline:
            node.insert_before(_CELL_MARK)
            continue
        node.insert_before(_BLOCK_MARK)
        if node.tag != "br":
            node.insert_after(_BLOCK_MARK)
    text = root.text(deep=True)
    blocks = (_HTML_WS.sub(" ", block).strip() for block in text.split(_BLOCK_MARK))
    return "\n\n".join(_cells(block) for block in blocks if block.strip(_CELL_MARK + " "))


def _text_containers(root: Any) -> list[Any]:
    """Inline elements used as a block's container: a `<span>` or `<font>` holding prose or line
    breaks right inside a `<div>` or a cell (ASP.NET labels, old pages' fonts)."""
    return [node for node in root.css(_CONTAINERS)
            if node.parent is not None and node.parent.tag not in _INLINE_PARENTS
            and (_is_prose(node.text(deep=False)) or any(child.tag == "br" for child in node.iter()))]


def _flat_row_cells(root: Any) -> set[int]:
    """The cells of the table rows whose cells hold no blocks: data rows, kept on one line."""
    inline: set[int] = set()
    for row in root.css("tr"):
        cells = [cell for cell in row.iter() if cell.tag in ("td", "th")]
        if len(cells) >= 2 and all(len(cell.css(_BLOCKS)) == 1 for cell in cells):  # `css` matches the cell itself
            inline.update(cell.mem_id for cell in cells)
    return inline


def _cells(block: str) -> str:
    if _CELL_MARK not in block:
        return block
    return " | ".join(cell.strip() for cell in block.split(_CELL_MARK) if cell.strip())


def _node_text(node: Any) -> str | None:
    if node is None:
        return None
    text = _HTML_WS.sub(" ", node.text(deep=True)).strip()
    return text or None


def _first_attr(tree: Any, selectors: Iterable[str], attr: str) -> str | None:
    for selector in selectors:
        node = tree.css_first(selector)
        if node is not None:
            value = (node.attributes.get(attr) or "").strip()
            if value:
                return value
    return None
