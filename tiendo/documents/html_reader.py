"""Web pages: the article's text without menus and footers, and its data tables.

trafilatura finds the main text (tables left out); lxml reads the tables into
rows, spans expanded, and each is put back after the paragraph that precedes
it in the page. Nothing is fetched: the page is read as given.
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
    import lxml.html
    from lxml import etree

    markup, encoding = decode_html(data)
    # lxml refuses str input that declares an encoding in an XML prolog.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    if not markup.strip():
        raise DocumentError(filename, "the page is empty", "trang web không có nội dung")
    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as error:
        raise DocumentError(
            filename, f"not a readable HTML page ({error})", "không phải trang HTML đọc được"
        ) from error

    # Tables first: the fallback text reader prunes the tree.
    tables = [
        (rows, _text_before(table)) for table in _data_tables(tree) if (rows := table_rows(table))
    ]
    main_text = _main_text(markup) or _fallback_text(tree)
    lines = [line for line in main_text.split("\n") if line.strip()]
    placements = _place_tables(lines, [anchor for _rows, anchor in tables])

    builder = DocumentBuilder()
    table_index = 0
    for line_index in range(len(lines) + 1):
        while table_index < len(tables) and placements[table_index] == line_index:
            builder.add_table(tables[table_index][0])
            table_index += 1
        if line_index < len(lines):
            builder.add_paragraph(lines[line_index])
    document = builder.build(title=_title(tree), encoding=encoding, filename=filename)
    if not document.text.strip():
        raise DocumentError(
            filename, "no article text found in the page", "không tìm thấy nội dung bài viết"
        )
    return document


def _main_text(markup: str) -> str:
    import trafilatura

    text = trafilatura.extract(
        markup,
        include_tables=False,
        include_comments=False,
        include_links=False,
        include_images=False,
        favor_recall=True,
    )
    return text or ""


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


def _text_before(table: Any) -> str:
    """The last words of text that precede the table in the page, to find its place."""
    node = table
    while node is not None:
        for sibling in node.itersiblings(preceding=True):
            if not isinstance(sibling.tag, str) or sibling.tag == "table":
                continue
            text = clean_cell(sibling.text_content())
            if text:
                return text[-60:]
        node = node.getparent()
    return ""


def _place_tables(lines: list[str], anchors: list[str]) -> list[int]:
    """For each table, the index of the line it goes before; the end when its anchor is lost."""
    keys = [clean_cell(line) for line in lines]
    placements = []
    earliest = 0
    for anchor in anchors:
        place = len(lines)
        probe = anchor[-40:]
        if probe:
            for index in range(earliest, len(keys)):
                if probe in keys[index] or (len(keys[index]) > 10 and keys[index] in anchor):
                    place = index + 1
                    break
        place = max(place, earliest)
        placements.append(place)
        earliest = place
    return placements


def _title(tree: Any) -> str:
    for path in (".//h1", ".//title"):
        element = tree.find(path)
        if element is not None:
            text = clean_cell(element.text_content())
            if text:
                return text
    return ""
