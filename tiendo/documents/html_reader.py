"""Web pages: the article's text without menus and footers, and its data tables.

lxml reads the data tables into rows (spans expanded) and leaves a marker
paragraph where each stood; trafilatura then finds the main text, tables left
out. A marker that survives puts its table back in place; a table whose marker
was judged site furniture (a visitor counter in a side column) is dropped.
Nothing is fetched: the page is read as given.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from tiendo.documents.builder import DocumentBuilder, clean_cell
from tiendo.documents.model import Document, DocumentError
from tiendo.documents.text_decoding import decode_text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
# Containers that hold site furniture rather than the article.
_BOILERPLATE_TAGS = {"nav", "header", "footer", "aside", "form", "script", "style", "noscript"}
_BOILERPLATE_NAMES = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|footer|header|sidebar|banner|breadcrumbs?|widget|share|related)"
    r"($|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS = {
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "section",
    "article", "blockquote", "pre", "dd", "dt", "ul", "ol",
}  # fmt: skip
_MARKER_PREFIX = "tiendobang"
_MARKER = re.compile(rf"({_MARKER_PREFIX}\d+x)")
# Deeper elements are unwrapped (libxml2, under trafilatura, stops at 255 levels).
_DEEPEST = 100
_KEPT_WHEN_DEEP = _BLOCK_TAGS - {"div", "section", "article", "blockquote", "ul", "ol"} | {
    "td",
    "th",
    "thead",
    "tbody",
}
_PARSER_DEEPEST = 2047
_WRAPPER_TAG = re.compile(r"</?(?:div|span|section|article|font|center)\b[^>]*>", re.IGNORECASE)
# A cell this long is a layout table holding the article, not data.
_LONGEST_DATA_CELL = 400


def decode_html(data: bytes) -> tuple[str, str]:
    """The page's text and the encoding used: BOM, UTF-8, declared charset, then guessing."""
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", errors="ignore").lower()
        try:
            return unicodedata.normalize("NFC", data.decode(name)), name
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data)


def read_html(data: bytes, filename: str) -> Document:
    import lxml.html  # type: ignore[import-untyped]
    from lxml import etree

    markup, encoding = decode_html(data)
    # lxml refuses str input that declares an encoding in an XML prolog.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    if not markup.strip():
        raise DocumentError(filename, "the page is empty", "trang web không có nội dung")
    try:
        # huge_tree lifts libxml2's limit of 255 levels, past which it drops the rest of
        # the page; the nesting is then flattened for the extractor, which keeps that limit.
        parser = lxml.html.HTMLParser(huge_tree=True)
        tree = lxml.html.document_fromstring(markup, parser=parser)
        if _flatten_deep_nesting(tree) >= _PARSER_DEEPEST:
            # Even huge_tree stops at 2.047 levels: drop the wrappers from the markup itself.
            markup = _WRAPPER_TAG.sub("<br>", markup)
            tree = lxml.html.document_fromstring(markup, parser=parser)
            _flatten_deep_nesting(tree)
    except (etree.ParserError, ValueError) as error:
        raise DocumentError(
            filename, f"not a readable HTML page ({error})", "không phải trang HTML đọc được"
        ) from error

    # Each data table is swapped for a marker paragraph, so that the main
    # text says where the table stood and its cells stay out of the prose.
    tables: list[list[list[str]]] = []
    markers: list[Any] = []
    for table in _data_tables(tree):
        rows = table_rows(table)
        if not rows:
            continue
        marker = lxml.html.Element("p")
        marker.text = f"{_MARKER_PREFIX}{len(tables)}x"
        marker.tail = table.tail
        table.getparent().replace(table, marker)
        tables.append(rows)
        markers.append(marker)
    pruned = lxml.html.tostring(tree, encoding="unicode")
    main_text = _main_text(pruned) or _fallback_text(tree)
    lines = main_text.split("\n")
    # Tables outside the article's container (a visitor counter in a side
    # column) are site furniture even when the extractor kept their marker.
    article = _article_container(tree, lines)
    keep = {
        index
        for index, marker in enumerate(markers)
        if article is None or any(node is article for node in marker.iterancestors())
    }

    builder = DocumentBuilder()
    for line in lines:
        for piece in _MARKER.split(line):
            if _MARKER.fullmatch(piece):
                index = int(piece[len(_MARKER_PREFIX) : -1])
                if index in keep:
                    builder.add_table(tables[index])
                    keep.discard(index)
            else:
                builder.add_paragraph(piece)
    document = builder.build(title=_title(tree), encoding=encoding, filename=filename)
    if not document.text.strip():
        raise DocumentError(
            filename, "no article text found in the page", "không tìm thấy nội dung bài viết"
        )
    return document


def _flatten_deep_nesting(tree: Any) -> int:
    """Unwrap the elements nested deeper than _DEEPEST, keeping their text and block tags.

    Returns the deepest level found, before unwrapping.

    Generated pages (a wrapper per paragraph, a template nesting a template) can
    hold several hundred levels; no article needs more than a few dozen.
    """
    depth: dict[Any, int] = {tree: 0}
    too_deep = []
    for element in tree.iterdescendants():
        parent = element.getparent()
        depth[element] = depth[parent] + 1
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if depth[element] > _DEEPEST and tag and tag not in _KEPT_WHEN_DEEP:
            too_deep.append(element)
    for element in too_deep:
        element.drop_tag()
    return max(depth.values())


def _main_text(markup: str) -> str:
    """trafilatura's main text; a second, more generous try for pages it finds too thin."""
    import trafilatura

    for favor_recall in (False, True):
        text = trafilatura.extract(
            markup,
            include_tables=False,
            include_comments=False,
            include_links=False,
            include_images=False,
            favor_recall=favor_recall,
        )
        if text:
            return text
    return ""


def _article_container(tree: Any, lines: list[str]) -> Any:
    """The innermost element holding every long line of the main text, or None."""
    probes = [clean_cell(line)[:50] for line in lines if len(line) >= 40]
    probes = [probe for probe in probes if not _MARKER.search(probe)][:20]
    body = tree.find("body")
    if body is None or not probes:
        return None
    holders = [holder for probe in probes if (holder := _innermost_holder(body, probe)) is not None]
    if not holders:
        return None
    for candidate in [holders[0], *holders[0].iterancestors()]:
        if all(
            holder is candidate or any(node is candidate for node in holder.iterancestors())
            for holder in holders
        ):
            return candidate
    return None


def _innermost_holder(element: Any, probe: str) -> Any:
    if probe not in clean_cell(element.text_content()):
        return None
    for child in element:
        if isinstance(child.tag, str):
            found = _innermost_holder(child, probe)
            if found is not None:
                return found
    return element


def _is_boilerplate(element: Any) -> bool:
    for node in [element, *element.iterancestors()]:
        if not isinstance(node.tag, str):
            continue
        if node.tag.lower() in _BOILERPLATE_TAGS:
            return True
        names = f"{node.get('id', '')} {node.get('class', '')} {node.get('role', '')}"
        if _BOILERPLATE_NAMES.search(names) or "navigation" in names.lower():
            return True
    return False


def _fallback_text(tree: Any) -> str:
    """The body's text without site furniture, for pages too short for trafilatura."""
    body = tree.find("body")
    if body is None:
        body = tree
    for element in list(body.iter()):
        if (
            isinstance(element.tag, str)
            and element.getparent() is not None
            and (_is_boilerplate(element) or element.tag == "table")
        ):
            element.drop_tree()
    for element in body.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
    text: str = body.text_content()
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def _data_tables(tree: Any) -> list[Any]:
    tables = []
    for table in tree.iter("table"):
        if table.find(".//table") is not None or _is_boilerplate(table):
            continue
        tables.append(table)
    return tables


def table_rows(table: Any) -> list[list[str]]:
    """Rows of cell texts with rowspan and colspan expanded (the text repeated)."""
    grid: dict[tuple[int, int], str] = {}
    rows = [row for row in table.iter("tr") if _nearest_table(row) is table]
    for row_index, row in enumerate(rows):
        column = 0
        for cell in row:
            if not isinstance(cell.tag, str) or cell.tag.lower() not in ("td", "th"):
                continue
            while (row_index, column) in grid:
                column += 1
            text = _cell_text(cell)
            colspan = _span(cell.get("colspan"))
            rowspan = _span(cell.get("rowspan"))
            for down in range(rowspan):
                for across in range(colspan):
                    grid.setdefault((row_index + down, column + across), text)
            column += colspan
    if not grid:
        return []
    height = len(rows)
    width = max(column for _row, column in grid) + 1
    result = [[grid.get((r, c), "") for c in range(width)] for r in range(height)]
    result = [row for row in result if any(row)]
    if len(result) < 2 or width < 2:
        return []
    if any(len(cell) > _LONGEST_DATA_CELL for row in result for cell in row):
        return []
    return result


def _nearest_table(element: Any) -> Any:
    for ancestor in element.iterancestors():
        if ancestor.tag == "table":
            return ancestor
    return None


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 100))
    except ValueError:
        return 1


def _cell_text(cell: Any) -> str:
    for br in cell.iter("br"):
        br.tail = " " + (br.tail or "")
    return clean_cell(cell.text_content())


def _title(tree: Any) -> str:
    for path in (".//h1", ".//title"):
        element = tree.find(path)
        if element is not None:
            text = clean_cell(element.text_content())
            if text:
                return text
    return ""
