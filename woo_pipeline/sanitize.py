"""Remove every hidden channel from a redacted PDF, and save it as a clean full rewrite.

`sanitize_document` runs AFTER the page content has been redacted and BEFORE saving. It does
not decide what is personal data; it removes every place, other than the visible page
content, where text can hide. `verify.find_leaks` then proves on the written file that no
redacted text survived. We do not rely on `Document.scrub()`: it leaves bookmarks, layers
that are switched off, the structure tree, form values without a default and some annotation
content, and it applies pending redactions with images left intact. Each channel is handled
explicitly below instead, and the policy per channel is:

Removed (with a note saying what and how much, never the text itself):
  * pending redaction annotations left by an earlier stage: applied (images under them blanked);
  * optional content (layers): the content of layers that are switched off in the default
    view is removed, the remaining content is made unconditional and /OCProperties is dropped;
  * hidden text: invisible text (render mode 3/7, fully transparent, OCR "GlyphLessFont"),
    text outside the visible page (MediaBox/CropBox) and text clipped away. An OCR text layer
    over a scanned page is hidden text too, so a scanned nota loses its searchable text;
  * marked-content property lists in the page content (/ActualText, /Alt, /MCID);
  * all annotations of every kind: notes and their popups and authors, FreeText, stamps,
    file attachments, links (with their URIs, e.g. mailto:), widgets (form fields with their
    values and defaults) and the /AcroForm. Visible annotation appearances disappear too;
  * embedded files, JavaScript and actions (/OpenAction, /AA, /Names), bookmarks (the whole
    outline: a nota is 1-4 pages, and a title can hold a name nobody flagged as a secret),
    the structure tree and /MarkInfo (the output is no longer a tagged PDF), /PieceInfo,
    page thumbnails, XMP metadata on every object, associated files (/AF), EXIF/XMP/comment
    segments of JPEG images;
  * the /Info metadata: replaced by `public_metadata` plus a neutral producer;
  * the document /ID: a new one is made when the file is saved.
Kept: the visible page content, fonts (subset where MuPDF can), images, page boxes, /Lang.
Refused: a document whose optional content cannot be parsed (ProcessingFailed), because
dropping /OCProperties would make its hidden layers visible.
Noted: hidden text is removed geometrically (MuPDF redaction), so visible text lying on the
very spot of hidden text goes with it; the notes say so when the visible text changed.
Not handled (find_leaks still catches every known secret there): text painted in the
background colour or under an image, microscopic text, layers inside tiling patterns or
Type 3 glyphs, XML boxes of JPEG 2000 images.

`save_clean` writes a full rewrite (never incremental, so earlier revisions are gone) to a
temporary file next to the destination and renames it into place only when complete.
"""

from __future__ import annotations

import math
import os
import re
import struct
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf

from woo_pipeline.errors import ProcessingFailed
from woo_pipeline.pdf_redaction import (
    has_type3_font,
    operator_pattern,
    page_content,
    page_resources,
)
from woo_pipeline.verify import MIN_SECRET_LENGTH, normalize

NEUTRAL_NAME = "woo-pipeline"

# /Info fields the caller may set; everything else in the old /Info is dropped.
PUBLIC_METADATA_KEYS = ("title", "subject", "keywords", "author", "creator", "creationDate",
                        "modDate")

# Catalog and page entries that only describe how to show the page. Everything else (outline,
# names, forms, actions, structure, metadata, layers, piece info, ...) is removed.
_CATALOG_KEEP = frozenset({"Type", "Pages", "Lang", "PageLayout", "Version", "Extensions",
                           "ViewerPreferences"})
_PAGE_KEEP = frozenset({"Type", "Parent", "Resources", "Contents", "MediaBox", "CropBox",
                        "BleedBox", "TrimBox", "ArtBox", "Rotate", "UserUnit", "Group"})

# Keys removed from every object that is left: they hold metadata, private application data,
# interactivity, structure references or layer membership.
_DROP_EVERYWHERE = ("Metadata", "PieceInfo", "AA", "AF", "OC", "StructParent",
                    "StructParents", "Thumb", "OPI")

_ACTION_TYPES = frozenset({
    "/JavaScript", "/Launch", "/SubmitForm", "/ResetForm", "/ImportData", "/URI", "/GoTo",
    "/GoToR", "/GoToE", "/Named", "/Rendition", "/Sound", "/Movie", "/Hide",
    "/SetOCGState", "/GoTo3DView", "/RichMediaExecute", "/Thread",
})
_ANNOT_SUBTYPES = frozenset({
    "/Text", "/Link", "/FreeText", "/Line", "/Square", "/Circle", "/Polygon", "/PolyLine",
    "/Highlight", "/Underline", "/Squiggly", "/StrikeOut", "/Caret", "/Stamp", "/Ink",
    "/Popup", "/FileAttachment", "/Sound", "/Movie", "/Screen", "/Widget", "/PrinterMark",
    "/TrapNet", "/Watermark", "/3D", "/Redact", "/Projection", "/RichMedia",
})
# Whole objects that are emptied if anything still points at them.
_EMPTY_TYPES = frozenset({"/Filespec", "/StructTreeRoot", "/StructElem", "/MCR", "/OBJR",
                          "/Action", "/Annot", "/Outlines"})

# Text extraction for finding hidden text: everything MuPDF sees, wherever it is. Without
# TEXT_COLLECT_STYLES: the fill and stroke flags of each character come without it, and it
# tripled the cost of an extraction (it looks at every line drawn for underlines).
_RAW_FLAGS = (pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES
              | pymupdf.TEXT_PRESERVE_SPANS)
_FILLED = getattr(pymupdf.mupdf, "FZ_STEXT_FILLED", 0)
_STROKED = getattr(pymupdf.mupdf, "FZ_STEXT_STROKED", 0)

_REF = re.compile(r"(\d+)\s+\d+\s+R")


def sanitize_document(
    doc: pymupdf.Document, public_metadata: dict[str, str], secrets: Sequence[str] = ()
) -> list[str]:
    """Remove every hidden channel from `doc` (in place); return notes on what was removed.

    `public_metadata` holds the only /Info fields the output gets (see PUBLIC_METADATA_KEYS);
    a field that contains one of `secrets` is dropped. The notes never contain secret text.
    Raises ValueError for a non-PDF/encrypted document or unknown metadata keys, and
    ProcessingFailed when switched-off layers cannot be removed safely.
    """
    if not doc.is_pdf:
        raise ValueError("sanitize_document needs a PDF document")
    if doc.needs_pass or doc.is_encrypted:
        raise ValueError("sanitize_document cannot rewrite an encrypted PDF")
    unknown = set(public_metadata) - set(PUBLIC_METADATA_KEYS)
    if unknown:
        raise ValueError(f"unknown public metadata field(s): {', '.join(sorted(unknown))}")

    notes: list[str] = []
    notes += _apply_pending_redactions(doc)
    notes += _remove_hidden_layers(doc)
    notes += _remove_hidden_text(doc)
    notes += _remove_annotations(doc)
    notes += _remove_embedded_files(doc)
    notes += _remove_outline(doc)
    if doc.get_xml_metadata():
        notes.append("removed the XMP metadata")
    doc.del_xml_metadata()
    notes += _clean_catalog(doc)
    notes += _clean_pages(doc)
    images: list[int] = []
    notes += _sweep_objects(doc, images)
    notes += _strip_jpeg_metadata(doc, images)
    notes += _replace_info(doc, public_metadata, secrets)
    notes += _subset_fonts(doc)
    # Without an /ID, MuPDF makes a completely new one when saving: the old one could link
    # the publication to the original file.
    _delete_key(doc, -1, "ID")
    return notes


def save_clean(doc: pymupdf.Document, dest: Path) -> None:
    """Write `doc` as a full rewrite to `dest`, atomically: complete file or no file at all.

    garbage=4 drops every unreferenced object and duplicate, clean=True rewrites the content
    streams, and a non-incremental save drops every earlier revision. The file is written
    to a temporary name in the same folder (so the rename cannot cross file systems) and
    renamed over `dest` only when it is complete; on any failure the temporary file is removed.
    """
    dest = Path(dest)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        doc.save(
            tmp,
            garbage=4,
            deflate=True,
            clean=True,
            incremental=False,
            encryption=pymupdf.PDF_ENCRYPT_NONE,
            use_objstms=0,
        )
        if tmp.stat().st_size == 0:
            raise ProcessingFailed(f"writing {dest.name} produced an empty file")
        with open(tmp, "rb") as written:
            os.fsync(written.fileno())
        # mkstemp creates the file readable by its owner only; a publication is public.
        os.chmod(tmp, 0o644)
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


# --- pending redactions -------------------------------------------------------------------


def _apply_pending_redactions(doc: pymupdf.Document) -> list[str]:
    """Apply redaction annotations an earlier stage left, blanking the image pixels under them.

    Document.scrub() would apply them with images left intact; a redaction box over a scan
    must remove the pixels too.
    """
    notes = []
    for page in doc:
        count = sum(1 for _ in page.annots(types=[pymupdf.PDF_ANNOT_REDACT]))
        if count:
            page.apply_redactions(images=pymupdf.PDF_REDACT_IMAGE_PIXELS)
            notes.append(f"page {page.number + 1}: applied {count} pending redaction(s)")
    return notes


# --- optional content (layers) ------------------------------------------------------------


class _OptionalContent:
    """Which optional-content groups are hidden in the default view, evaluated per the spec.

    We evaluate this ourselves: MuPDF 1.28 shows content of a membership dictionary (OCMD)
    with /P /AllOn or a /VE expression even when one of its layers is off, so it cannot tell
    us what other viewers hide. When in doubt, content counts as hidden (it is removed).
    """

    def __init__(self, doc: pymupdf.Document) -> None:
        self.doc = doc
        cat = doc.pdf_catalog()
        self.present = doc.xref_get_key(cat, "OCProperties")[0] != "null"
        self.base_off = doc.xref_get_key(cat, "OCProperties/D/BaseState")[1] == "/OFF"
        self.on = _refs(doc.xref_get_key(cat, "OCProperties/D/ON")[1])
        self.off = _refs(doc.xref_get_key(cat, "OCProperties/D/OFF")[1])

    def ocg_visible(self, xref: int) -> bool:
        if xref in self.off:
            return False
        if xref in self.on:
            return True
        # A layer whose usage says "off when viewing" is hidden by viewers that apply usage.
        if self.doc.xref_get_key(xref, "Usage/View/ViewState")[1] == "/OFF":
            return False
        return not self.base_off

    def hidden(self, xref: int | None) -> bool:
        """True if content marked with this OCG/OCMD is not shown in the default view."""
        if not self.present:
            return False  # without /OCProperties, viewers ignore optional content
        if xref is None:
            return True  # unresolvable membership: treat as hidden
        kind = self.doc.xref_get_key(xref, "Type")[1]
        if kind == "/OCG":
            return not self.ocg_visible(xref)
        if kind == "/OCMD":
            return not self._ocmd_visible(xref)
        return True

    def _ocmd_visible(self, xref: int) -> bool:
        ve_kind, ve = self.doc.xref_get_key(xref, "VE")
        if ve_kind == "array":
            try:
                expr, _ = _parse_ve(re.findall(r"\[|\]|/\w+|\d+\s+\d+\s+R", ve), 0)
                return self._eval_ve(expr)
            except (ValueError, IndexError):
                return False
        groups = _refs(self.doc.xref_get_key(xref, "OCGs")[1])
        if not groups:
            return True  # an OCMD without groups has no effect
        states = [self.ocg_visible(g) for g in groups]
        policy = self.doc.xref_get_key(xref, "P")[1] or "/AnyOn"
        if policy == "/AllOn":
            return all(states)
        if policy == "/AnyOff":
            return not all(states)
        if policy == "/AllOff":
            return not any(states)
        return any(states)  # /AnyOn, the default

    def _eval_ve(self, expr: object) -> bool:
        if isinstance(expr, int):
            return self.ocg_visible(expr)
        if not isinstance(expr, list) or not expr:
            raise ValueError("bad visibility expression")
        op, args = expr[0], [self._eval_ve(a) for a in expr[1:]]
        if op == "/And":
            return all(args)
        if op == "/Or":
            return any(args)
        if op == "/Not" and len(args) == 1:
            return not args[0]
        raise ValueError("bad visibility expression")


def _parse_ve(tokens: list[str], i: int) -> tuple[object, int]:
    """Parse a /VE array (tokens from its source) into nested lists of operator and xrefs."""
    if tokens[i] != "[":
        m = _REF.match(tokens[i])
        if not m:
            raise ValueError("bad visibility expression")
        return int(m.group(1)), i + 1
    out: list[object] = []
    i += 1
    while tokens[i] != "]":
        if tokens[i].startswith("/"):
            out.append(tokens[i])
            i += 1
        else:
            item, i = _parse_ve(tokens, i)
            out.append(item)
    return out, i + 1


def _delete_key(doc: pymupdf.Document, xref: int, key: str) -> None:
    """Remove `key` (a path such as "Resources/Properties") from object `xref` (-1: trailer).

    Document.xref_set_key(xref, key, "null") leaves `/Key null` in the saved file; the
    low-level call removes the entry itself.
    """
    mupdf = pymupdf.mupdf
    pdf = mupdf.pdf_specifics(doc.this)
    obj = mupdf.pdf_trailer(pdf) if xref == -1 else mupdf.pdf_load_object(pdf, xref)
    *parents, last = key.split("/")
    for part in parents:
        obj = mupdf.pdf_dict_gets(obj, part)
        if not mupdf.pdf_is_dict(obj):
            return
    mupdf.pdf_dict_dels(obj, last)


def _refs(text: str) -> list[int]:
    return [int(m) for m in _REF.findall(text or "")]


def _resource_xref(doc: pymupdf.Document, holders: Sequence[int], kind: str,
                   name: bytes) -> int | None:
    """Resolve a resource name (b"/MC0") in the first holder (form, then page) that has it."""
    key = _decode_name(name)
    for holder in holders:
        value_kind, value = doc.xref_get_key(holder, f"Resources/{kind}/{key}")
        if value_kind == "xref":
            return int(value.split()[0])
    return None


def _decode_name(name: bytes) -> str:
    text = name[1:] if name.startswith(b"/") else name
    return re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]),
                  text).decode("latin-1")


def _remove_hidden_layers(doc: pymupdf.Document) -> list[str]:
    """Drop the content of switched-off layers; strip every marked-content property list.

    Text inside a hidden layer is not deleted here but made invisible (3 Tr): removing a text
    operator would shift the text after it in the same text object, whereas the redaction
    in _remove_hidden_text removes invisible text while keeping positions. Other marks in a
    hidden layer (images, forms, shadings, painted paths) are dropped here.
    """
    oc = _OptionalContent(doc)
    notes = []
    visited: set[int] = set()
    for page in doc:
        if not oc.present:
            contents = page.get_contents()
            data = page_content(page)
            forms = _unmarked_forms(doc, data, [page.xref], visited)
            if forms is not None:
                # No layers, and no marked content with properties in the page nor in any
                # form it draws: _rewrite_stream would change nothing but drop the property
                # lists, so only that is done (a look at the bytes instead of parsing;
                # _clean_pages normalises the content later).
                if contents:
                    _drop_properties(doc, page.xref)
                for form in forms:
                    visited.add(form)
                    _drop_properties(doc, form)
                continue
        page.clean_contents()  # one content stream, normalised syntax
        contents = page.get_contents()
        if not contents:
            continue
        data = b"\n".join(doc.xref_stream(x) or b"" for x in contents)
        removed = _rewrite_stream(doc, oc, contents[0], data, [page.xref], visited)
        if len(contents) > 1:
            doc.xref_set_key(page.xref, "Contents", f"{contents[0]} 0 R")
        if removed:
            notes.append(f"page {page.number + 1}: removed {removed} item(s) of content in "
                         "layers that are switched off")
    if oc.present:
        notes.append("removed the optional content (layers): what remains is always visible")
    return notes


def _rewrite_stream(doc: pymupdf.Document, oc: _OptionalContent, xref: int, data: bytes,
                    holders: list[int], visited: set[int]) -> int:
    """Rewrite one content stream (and, recursively, the forms it draws); return removals."""
    try:
        ops = _parse_content(data)
    except _ContentError as exc:
        if oc.present:
            raise ProcessingFailed(
                f"a content stream with layers cannot be parsed ({exc}); its hidden layers "
                "cannot be removed safely"
            ) from exc
        return 0  # no layers to remove; leftover /ActualText is caught by the leak check

    def props_hidden(props: bytes) -> bool:
        if not oc.present:
            return False
        if not props.startswith(b"/"):
            return True  # an inline property list cannot name a layer: treat as hidden
        return oc.hidden(_resource_xref(doc, holders, "Properties", props))

    def xobject_hidden(name: bytes) -> bool:
        target = _resource_xref(doc, holders, "XObject", name)
        if target is None or doc.xref_get_key(target, "OC")[0] == "null":
            return False
        ref = _refs(doc.xref_get_key(target, "OC")[1])
        return oc.hidden(ref[0] if ref else None)

    new, removed, drawn = _rewrite_ops(ops, props_hidden, xobject_hidden)
    if new is not None:  # only rewrite what changed: everything else keeps MuPDF's own syntax
        doc.update_stream(xref, new)
    # Forms drawn by this stream can have layers of their own.
    for name in drawn:
        form = _resource_xref(doc, holders, "XObject", name)
        if form is None or form in visited:
            continue
        visited.add(form)
        if doc.xref_get_key(form, "Subtype")[1] != "/Form":
            continue
        form_holders = [form, *holders]  # a form without /Resources uses its parent's
        removed += _rewrite_stream(doc, oc, form, doc.xref_stream(form) or b"", form_holders,
                                   visited)
    _drop_properties(doc, holders[0])
    return removed


def _unmarked_forms(doc: pymupdf.Document, data: bytes, holders: list[int],
                    visited: set[int]) -> list[int] | None:
    """The forms a content stream draws, directly or through other forms, if neither it nor
    any of them has a BDC operator; None if one has (or a drawn name cannot be read).

    Forms are found as _rewrite_stream finds them: the name before each Do, resolved in the
    holders' resources, only /Form XObjects, each once (`visited` are done already).
    """
    forms: list[int] = []
    todo = [(data, holders)]
    while todo:
        data, holders = todo.pop()
        for match in _MARKED_OR_FORM.finditer(data):
            if match.group(0) == b"BDC":
                return None
            name = _name_before(data, match.start())
            if name is None:
                return None
            form = _resource_xref(doc, holders, "XObject", name)
            if form is None or form in visited or form in forms:
                continue
            if doc.xref_get_key(form, "Subtype")[1] != "/Form":
                continue
            forms.append(form)
            todo.append((doc.xref_stream(form) or b"", [form, *holders]))
    return forms


def _drop_properties(doc: pymupdf.Document, own: int) -> None:
    # No BDC is left to use named property lists; they only point at layers now.
    if doc.xref_get_key(own, "Resources/Properties")[0] != "null":
        _delete_key(doc, own, "Resources/Properties")


class _ContentError(ValueError):
    pass


@dataclass
class _Op:
    operator: bytes
    operands: list[bytes]
    raw: bytes


_WHITESPACE = frozenset(b" \t\r\n\f\x00")
_DELIMITERS = frozenset(b"()<>[]{}/%")
_INLINE_IMAGE_END = re.compile(rb"[ \t\r\n\f\x00]EI(?=[ \t\r\n\f\x00]|$)")


_SPACE = re.compile(rb"(?:[ \t\r\n\f\x00]+|%[^\r\n]*)*")  # whitespace, % comments
_REGULAR_RUN = re.compile(rb"[^ \t\r\n\f\x00()<>\[\]{}/%]*")
_STRING_SPECIAL = re.compile(rb"[()\\]")


def _skip_space(data: bytes, i: int) -> int:
    return _SPACE.match(data, i).end()


def _object_end(data: bytes, i: int) -> int:
    """Index just after the object or operator that starts at `i`."""
    c = data[i]
    if c == 0x28:  # ( literal string, nested parentheses and backslash escapes
        depth = 0
        while True:
            match = _STRING_SPECIAL.search(data, i)
            if match is None:
                raise _ContentError("unterminated string")
            i = match.start()
            c = data[i]
            if c == 0x5C:
                i += 2
                continue
            if c == 0x28:
                depth += 1
            else:
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
    if c == 0x3C:  # < hex string, or << dictionary
        if data[i + 1 : i + 2] == b"<":
            return _container_end(data, i + 2, b">>")
        end = data.find(b">", i)
        if end < 0:
            raise _ContentError("unterminated hex string")
        return end + 1
    if c == 0x5B:  # [ array
        return _container_end(data, i + 1, b"]")
    if c == 0x2F:  # / name
        i += 1
    elif c in _DELIMITERS:
        raise _ContentError(f"unexpected {chr(c)!r}")
    return _REGULAR_RUN.match(data, i).end()


def _container_end(data: bytes, i: int, closer: bytes) -> int:
    while True:
        i = _skip_space(data, i)
        if i >= len(data):
            raise _ContentError("unterminated array or dictionary")
        if data.startswith(closer, i):
            return i + len(closer)
        i = _object_end(data, i)


def _is_operand(token: bytes) -> bool:
    return token[:1] in (b"(", b"<", b"[", b"/") or token[:1] in b"0123456789+-." or token in (
        b"true", b"false", b"null")


def _parse_content(data: bytes) -> list[_Op]:
    """Split a content stream into operators with their operands, keeping the raw bytes."""
    ops: list[_Op] = []
    operands: list[bytes] = []
    start = None
    i = 0
    n = len(data)
    while True:
        i = _skip_space(data, i)
        if i >= n:
            break
        if start is None:
            start = i
        j = _object_end(data, i)
        token = data[i:j]
        if not token:
            raise _ContentError("empty token")
        if _is_operand(token):
            operands.append(token)
            i = j
            continue
        if token == b"BI":  # inline image: dictionary, ID, binary data, EI
            k = j
            while True:
                k = _skip_space(data, k)
                if k >= n:
                    raise _ContentError("inline image without ID")
                end = _object_end(data, k)
                if data[k:end] == b"ID":
                    break
                k = end
            m = _INLINE_IMAGE_END.search(data, end + 1)
            if not m:
                raise _ContentError("inline image without EI")
            j = m.end()
        ops.append(_Op(token, operands, data[start:j]))
        operands = []
        start = None
        i = j
    return ops


_TEXT_SHOW = frozenset({b"Tj", b"TJ", b"'", b'"'})
_PAINT = frozenset({b"S", b"s", b"f", b"F", b"f*", b"B", b"B*", b"b", b"b*"})


def _rewrite_ops(
    ops: list[_Op],
    props_hidden: Callable[[bytes], bool],
    xobject_hidden: Callable[[bytes], bool],
) -> tuple[bytes | None, int, list[bytes]]:
    """Apply the layer rules to parsed operators.

    Returns the new stream (None if nothing changed), the number of removals and the names
    of the XObjects still drawn.

    Every BDC becomes BMC with the same tag: the property list (layer reference, /MCID,
    /ActualText, /Alt) is dropped. Inside a hidden layer, graphics state is kept so the
    content after it looks the same, but nothing is painted: paths end with `n` (a clip
    stays a clip), images/forms/shadings go, and text is set to render mode 3 (invisible),
    restored to the stream's own mode when the hidden part ends.
    """
    out: list[bytes] = []
    hidden_stack: list[bool] = []
    tr_stack: list[bytes] = []
    tr = b"0"  # the text render mode as the stream itself sets it
    forced = False  # we set 3 Tr and must restore `tr` when the hidden part ends
    removed = 0
    changed = False
    drawn: list[bytes] = []
    for op in ops:
        hidden = bool(hidden_stack) and hidden_stack[-1]
        name = op.operator
        if name == b"BDC":
            tag = op.operands[0] if op.operands else b"/Span"
            props = op.operands[1] if len(op.operands) > 1 else b""
            hidden_stack.append(hidden or (tag == b"/OC" and props_hidden(props)))
            out.append(tag + b" BMC")
            changed = True
            continue
        if name == b"BMC":
            hidden_stack.append(hidden)
            out.append(op.raw)
            continue
        if name == b"EMC":
            if hidden_stack:
                hidden_stack.pop()
            out.append(op.raw)
            if forced and not (hidden_stack and hidden_stack[-1]):
                out.append(tr + b" Tr")
                forced = False
            continue
        if name == b"q":
            tr_stack.append(tr)
        elif name == b"Q":
            tr = tr_stack.pop() if tr_stack else tr
        elif name == b"Tr" and op.operands:
            tr = op.operands[-1]
        if name == b"Do":
            xobject = op.operands[-1] if op.operands else b""
            if hidden or xobject_hidden(xobject):
                removed += 1
                continue
            drawn.append(xobject)
        elif hidden and name in (b"sh", b"BI"):
            removed += 1
            continue
        elif hidden and name in _PAINT:
            out.append(b"n")
            removed += 1
            continue
        elif hidden and name in _TEXT_SHOW:
            out.append(b"3 Tr")
            forced = True
            removed += 1
        out.append(op.raw)
    if not (changed or removed):
        return None, 0, drawn
    return b"\n".join(out) + b"\n", removed, drawn


# --- hidden text --------------------------------------------------------------------------


def _remove_hidden_text(doc: pymupdf.Document) -> list[str]:
    """Redact text nobody sees: invisible, outside the visible page, or clipped away."""
    notes = []
    for page in doc:
        number = page.number + 1
        rotation = page.rotation
        if rotation:
            # Extraction and redaction rectangles then share the unrotated page coordinates.
            page.set_rotation(0)
        try:
            rects, count, visible_before = _hidden_chars(page, quick=True)
            if rects:
                for rect in rects:
                    page.add_redact_annot(rect, cross_out=False)
                page.apply_redactions(
                    images=pymupdf.PDF_REDACT_IMAGE_NONE,
                    graphics=pymupdf.PDF_REDACT_LINE_ART_NONE,
                    text=pymupdf.PDF_REDACT_TEXT_REMOVE,
                )
                _, left, visible_after = _hidden_chars(page)
                notes.append(f"page {number}: removed {count - left} hidden character(s) "
                             "(invisible, outside the page or clipped away)")
                if left:
                    notes.append(f"page {number}: {left} hidden character(s) could not be "
                                 "removed; the leak check covers them")
                if visible_after != visible_before:
                    notes.append(f"page {number}: visible text changed while removing hidden "
                                 "text that overlapped it; check this page")
        finally:
            if rotation:
                page.set_rotation(rotation)
    return notes


def _hidden_chars(
    page: pymupdf.Page, quick: bool = False
) -> tuple[list[pymupdf.Rect], int, str]:
    """Rectangles covering hidden characters, their count, and the visible text (no spaces).

    A character is hidden when its span is invisible, when its centre lies outside the
    visible page, or when it is clipped away. Clipped-away characters are the ones missing
    from an extraction with TEXT_CLIP; that second extraction is skipped on a page whose
    content cannot clip (see `_may_clip`), and when it has as many characters as the first,
    nothing was clipped.

    `quick`: the caller needs the visible text only if something is hidden. Then a page
    whose spans are all visible and lie well inside the page (a span's box holds the boxes
    of its characters, so their centres too) is done without looking at each character.
    """
    everything = pymupdf.INFINITE_RECT()
    textpage = page.get_textpage(flags=_RAW_FLAGS, clip=everything)
    area = page.rect
    nothing_clipped = True
    clipped_page: pymupdf.TextPage | None = None
    text_spans: list[dict] | None = None
    if _may_clip(page):
        # TEXT_CLIP only leaves characters out of the same extraction: as many characters
        # other than spaces (see _letters) means none was left out.
        clipped_page = page.get_textpage(flags=_RAW_FLAGS | pymupdf.TEXT_CLIP, clip=everything)
        text_spans = _spans(textpage.extractDICT())
        nothing_clipped = _letters(_spans(clipped_page.extractDICT())) == _letters(text_spans)
    if quick and nothing_clipped:
        if text_spans is None:
            text_spans = _spans(textpage.extractDICT())
        inner = (area.x0 + _EDGE, area.y0 + _EDGE, area.x1 - _EDGE, area.y1 - _EDGE)
        if all(
            not _span_invisible(span) and _within(span["bbox"], inner) for span in text_spans
        ):
            return [], 0, ""

    spans = _spans(textpage.extractRAWDICT())
    shown: set[tuple[str, float, float]] | None = None  # None: nothing is clipped away
    if not nothing_clipped and clipped_page is not None:
        shown = {
            _char_key(ch) for span in _spans(clipped_page.extractRAWDICT()) for ch in span["chars"]
        }

    inside = _PointInRect(area.x0, area.y0, area.x1, area.y1)
    rects: list[pymupdf.Rect] = []
    visible: list[str] = []
    count = 0
    for span in spans:
        invisible = _span_invisible(span)
        run: pymupdf.Rect | None = None
        for ch in span["chars"]:
            x0, y0, x1, y1 = ch["bbox"]
            cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
            hidden = (invisible or not inside(cx, cy)
                      or (shown is not None and _char_key(ch) not in shown))
            if not hidden:
                c = ch["c"]
                if not c.isspace():
                    visible.append(c)
                if run is not None:
                    rects.append(run)
                    run = None
                continue
            count += 1
            # MuPDF removes every glyph whose box touches a redaction rectangle, so we mark
            # only the glyph's centre: a visible glyph next to it (or on an overlapping line)
            # is hit only if it covers that very point.
            core = pymupdf.Rect(cx - 0.1, cy - 0.1, cx + 0.1, cy + 0.1)
            run = core if run is None else run | core
        if run is not None:
            rects.append(run)
    return rects, count, "".join(visible)


_EDGE = 1e-3  # see _PointInRect


def _letters(spans: list[dict]) -> int:
    """The characters of the spans other than spaces. Spaces do not count: where a glyph
    is clipped away, MuPDF may put a space of its own between its neighbours instead (the
    pen moved), so equal counts with spaces would not prove that nothing was clipped."""
    return sum(len(span["text"]) - span["text"].count(" ") for span in spans)


def _within(bbox: Sequence[float], inner: tuple[float, float, float, float]) -> bool:
    x0, y0, x1, y1 = bbox
    return inner[0] <= x0 <= x1 <= inner[2] and inner[1] <= y0 <= y1 <= inner[3]


class _PointInRect:
    """`pymupdf.Rect.contains(point)` in plain float comparisons (it costs tens of
    microseconds a call): MuPDF compares in single precision, x0 <= x < x1, y0 <= y < y1.
    Points further than 0.001 from an edge are decided in double precision, which gives the
    same answer; the few others are rounded to single precision first, as MuPDF does."""

    _EPS = _EDGE

    def __init__(self, x0: float, y0: float, x1: float, y1: float) -> None:
        self.rect = tuple(_single(v) for v in (x0, y0, x1, y1))

    def __call__(self, x: float, y: float) -> bool:
        x0, y0, x1, y1 = self.rect
        eps = self._EPS
        if x0 + eps <= x <= x1 - eps and y0 + eps <= y <= y1 - eps:
            return True
        if x < x0 - eps or x > x1 + eps or y < y0 - eps or y > y1 + eps:
            return False
        x, y = _single(x), _single(y)
        return x0 <= x < x1 and y0 <= y < y1


_FLOAT32 = struct.Struct("f")


def _single(value: float) -> float:
    """`value` rounded to single precision (MuPDF's float)."""
    try:
        return _FLOAT32.unpack(_FLOAT32.pack(value))[0]
    except OverflowError:
        return math.copysign(math.inf, value)


# Operators after which text can be clipped away: clip paths, forms (clipped to their
# /BBox), shadings, patterns and soft masks (gs).
_CLIP_OPERATORS = operator_pattern(b"W*", b"W", b"Do", b"sh", b"gs", b"scn", b"SCN", b"d0",
                                    b"d1")
_TEXT_RENDER = operator_pattern(b"Tr")
# Marked content with a property list, or a form: what _remove_hidden_layers rewrites.
_MARKED_OR_FORM = operator_pattern(b"BDC", b"Do")
_UNCLIPPED_RENDER_MODES = frozenset({b"0", b"1", b"2", b"3"})  # 4-7 add the text to the clip


def _may_clip(page: pymupdf.Page) -> bool:
    """False only if nothing on the page can clip text: its content (one look at the bytes)
    has no clip path (but one that holds the whole page), no text render mode that clips,
    draws no form (images are fine), pattern, shading or soft mask, it uses no Type 3 font
    and has no annotation (appearances are forms)."""
    doc = page.parent
    kind, value = doc.xref_get_key(page.xref, "Annots")
    if kind != "null" and not (kind == "array" and not value.strip("[] \t\r\n")):
        return True  # annotations (an empty array, as redaction leaves it, has none)
    data = page_content(page)
    for match in _CLIP_OPERATORS.finditer(data):
        op = match.group()
        if op == b"Do":
            if not _draws_an_image(page, _name_before(data, match.start())):
                return True
        elif not _clips_only_outside_the_page(page, data, match.start(), op):
            return True
    for match in _TEXT_RENDER.finditer(data):
        if _operand_before(data, match.start()) not in _UNCLIPPED_RENDER_MODES:
            return True
    return has_type3_font(page)


# A rectangle path alone, right before a clip operator: "x y w h re W n".
_RECTANGLE_BEFORE = re.compile(
    rb"(?:^|[\x00\t\n\x0c\r ])([A-Za-z]{1,3})?[\x00\t\n\x0c\r ]*"
    rb"([-+]?[0-9]*\.?[0-9]+)[\x00\t\n\x0c\r ]+([-+]?[0-9]*\.?[0-9]+)[\x00\t\n\x0c\r ]+"
    rb"([-+]?[0-9]*\.?[0-9]+)[\x00\t\n\x0c\r ]+([-+]?[0-9]*\.?[0-9]+)"
    rb"[\x00\t\n\x0c\r ]+re[\x00\t\n\x0c\r ]*\Z"
)
_PATH_OPERATORS = frozenset({b"m", b"l", b"c", b"v", b"y", b"h", b"re"})
_TRANSFORM = operator_pattern(b"cm")


def _clips_only_outside_the_page(page: pymupdf.Page, data: bytes, start: int, op: bytes) -> bool:
    """Whether the clip operator at `start` clips a rectangle that holds the whole visible
    page, set in the page's own coordinates (no cm before it): then it clips away only text
    outside the page, which the check finds anyway. Word processors start every page with
    one ("0 0 612 792 re W n"), and it cost each of their pages a second text extraction.
    """
    if op not in (b"W", b"W*"):
        return False
    match = _RECTANGLE_BEFORE.search(data, max(0, start - 200), start)
    if match is None or match.group(1) in _PATH_OPERATORS:
        return False  # not a rectangle alone (the path may have more parts)
    first = match.start() + 1
    line_start = max(data.rfind(b"\n", 0, first), data.rfind(b"\r", 0, first))
    if b"%" in data[line_start + 1 : start] or _TRANSFORM.search(data, 0, start):
        return False  # a comment may hide the real path; a cm moves the rectangle
    x, y, w, h = (float(v) for v in match.group(2, 3, 4, 5))
    clip = pymupdf.Rect(x, y, x + w, y + h).normalize() * page.transformation_matrix
    visible = page.rect
    margin = 1.0  # a word processor's clip may stop a few hundredths short of the edges
    return (clip.x0 <= visible.x0 + margin and clip.y0 <= visible.y0 + margin
            and clip.x1 >= visible.x1 - margin and clip.y1 >= visible.y1 - margin)


def _draws_an_image(page: pymupdf.Page, name: bytes | None) -> bool:
    """Whether the XObject `name` ("/Im1") of the page's resources is an image: an image
    neither clips text nor holds any (a form does both). A letterhead logo on every page
    then costs no second text extraction."""
    if name is None:
        return False
    mupdf = pymupdf.mupdf
    xobject = mupdf.pdf_dict_gets(mupdf.pdf_dict_gets(page_resources(page), "XObject"),
                                  _decode_name(name))
    return mupdf.pdf_to_name(mupdf.pdf_dict_gets(xobject, "Subtype")) == "Image"


def _operand_before(data: bytes, end: int) -> bytes:
    """The token just before offset `end`; b"" when unsure (a % on its line may make it part
    of a comment)."""
    i = end - 1
    while i >= 0 and data[i] in _WHITESPACE:
        i -= 1
    j = i
    while j >= 0 and data[j] not in _WHITESPACE and data[j] not in _DELIMITERS:
        j -= 1
    line_start = max(data.rfind(b"\n", 0, j + 1), data.rfind(b"\r", 0, j + 1)) + 1
    if b"%" in data[line_start : i + 1]:
        return b""
    return data[j + 1 : i + 1]


def _name_before(data: bytes, end: int) -> bytes | None:
    """The name operand ("/Fm1") just before offset `end`; None if the token there is not
    a name or may be part of a comment."""
    token = _operand_before(data, end)
    i = end - 1
    while i >= 0 and data[i] in _WHITESPACE:
        i -= 1
    start = i + 1 - len(token)
    if not token or start < 1 or data[start - 1] != 0x2F:  # "/"
        return None
    return b"/" + token


def _spans(textpage: dict) -> list[dict]:
    return [
        span
        for block in textpage.get("blocks", ())
        if block.get("type") == 0
        for line in block.get("lines", ())
        for span in line.get("spans", ())
    ]


def _char_key(ch: dict) -> tuple[str, float, float]:
    return ch["c"], round(ch["origin"][0], 1), round(ch["origin"][1], 1)


def _span_invisible(span: dict) -> bool:
    """Invisible text: fully transparent, neither filled nor stroked, or an OCR glyphless font."""
    if span.get("alpha") == 0:
        return True
    if str(span.get("font", "")).split("+")[-1] == "GlyphLessFont":
        return True
    flags = span.get("char_flags")
    return isinstance(flags, int) and bool(_FILLED) and not flags & (_FILLED | _STROKED)


# --- annotations, embedded files, outline -------------------------------------------------


def _remove_annotations(doc: pymupdf.Document) -> list[str]:
    """Remove every annotation, link and widget; then drop any /Annots entry left over."""
    kinds: Counter[str] = Counter()
    for page in doc:
        for xref, _, _ in doc.page_annot_xrefs(page.number):
            kinds[doc.xref_get_key(xref, "Subtype")[1].lstrip("/") or "unknown"] += 1
        for xref in [a.xref for a in page.annots()]:
            page.delete_annot(page.load_annot(xref))
        for xref in [w.xref for w in page.widgets()]:
            page.delete_widget(page.load_widget(xref))
        for link in page.get_links():
            page.delete_link(link)
    # Popups, orphans and types PyMuPDF does not list go with the /Annots array itself.
    for number in range(doc.page_count):
        page_xref = doc.page_xref(number)
        if doc.xref_get_key(page_xref, "Annots")[0] != "null":
            _delete_key(doc, page_xref, "Annots")
    if not kinds:
        return []
    summary = ", ".join(f"{n} {kind}" for kind, n in sorted(kinds.items()))
    notes = [f"removed {sum(kinds.values())} annotation(s): {summary}"]
    if kinds.get("Widget"):
        notes.append("removed the form fields with their values (the output has no form)")
    return notes


def _remove_embedded_files(doc: pymupdf.Document) -> list[str]:
    names = doc.embfile_names()
    for name in names:
        doc.embfile_del(name)
    return [f"removed {len(names)} embedded file(s)"] if names else []


def _remove_outline(doc: pymupdf.Document) -> list[str]:
    count = len(doc.get_toc(simple=True))
    if count:
        doc.set_toc([])
    return [f"removed {count} bookmark(s)"] if count else []


# --- catalog, pages, every object ---------------------------------------------------------


def _clean_catalog(doc: pymupdf.Document) -> list[str]:
    cat = doc.pdf_catalog()
    removed = [key for key in doc.xref_get_keys(cat) if key not in _CATALOG_KEEP]
    for key in removed:
        _delete_key(doc, cat, key)
    notes = []
    # MuPDF-made files carry a stray /Info in the catalog; not worth a note.
    listed = sorted(key for key in removed if key != "Info")
    if listed:
        notes.append("removed from the document catalog: " + ", ".join(listed))
    if "StructTreeRoot" in removed or "MarkInfo" in removed:
        notes.append("removed the structure tree (it holds /Alt and /ActualText texts): the "
                     "output is not a tagged PDF")
    if "OpenAction" in removed or "Names" in removed or "AA" in removed:
        notes.append("removed document actions and named trees (JavaScript, files, "
                     "destinations)")
    return notes


def _clean_pages(doc: pymupdf.Document) -> list[str]:
    dropped: Counter[str] = Counter()
    for number in range(doc.page_count):
        page_xref = doc.page_xref(number)
        for key in doc.xref_get_keys(page_xref):
            if key not in _PAGE_KEEP:
                _delete_key(doc, page_xref, key)
                dropped[key] += 1
    # No page.clean_contents() here: save_clean rewrites every content stream (clean=True),
    # which also drops the resources it no longer uses (hidden forms etc.); a second rewrite
    # cost 0.7 ms a page and changed nothing.
    if not dropped:
        return []
    return ["removed from the pages: " + ", ".join(sorted(dropped))]


def _sweep_objects(doc: pymupdf.Document, images: list[int] | None = None) -> list[str]:
    """One pass over the objects: empty hidden-data objects, drop hidden-data keys.

    Only the objects that can reach the file are visited: those reachable from the trailer
    (see `_reachable`). save_clean writes with garbage=4, which leaves out every object
    nothing points at, and the sweep only ever removes references, so an object unreachable
    now is never written. Redaction leaves many such objects (the deleted redaction
    annotations, replaced content streams): often four out of five. find_leaks checks the
    written bytes, unreachable objects included, all the same.

    `images` collects the image objects on the way (for _strip_jpeg_metadata).
    """
    mupdf = pymupdf.mupdf
    pdf = mupdf.pdf_specifics(doc.this)
    emptied = 0
    reachable = _reachable(doc)
    for xref in range(1, doc.xref_length()) if reachable is None else reachable:
        # What Document.xref_get_keys and xref_get_key do, with MuPDF's calls directly: this
        # runs for every object that can reach the file.
        try:
            obj = mupdf.pdf_load_object(pdf, xref)
            keys = [
                mupdf.pdf_to_name(mupdf.pdf_dict_get_key(obj, i))
                for i in range(mupdf.pdf_dict_len(obj))
            ]
        except Exception:
            continue  # not a dictionary (or a free entry)
        if not keys:
            continue
        # Only look up what is there: a missing key reads as "null".
        kind = _name_text(obj, "Type") if "Type" in keys else "null"
        subtype = _name_text(obj, "Subtype") if "Subtype" in keys else "null"
        action = _name_text(obj, "S") if "S" in keys else "null"
        if subtype == "/Image" and images is not None:
            images.append(xref)
        if kind in ("/Metadata", "/EmbeddedFile") or subtype == "/XML":
            doc.update_object(xref, "<<>>")
            doc.update_stream(xref, b" ")
            emptied += 1
            continue
        if (kind in _EMPTY_TYPES or "JS" in keys or action in _ACTION_TYPES
                or (subtype in _ANNOT_SUBTYPES and kind in ("null", "/Annot"))):
            doc.update_object(xref, "<<>>")
            emptied += 1
            continue
        if kind == "/OCG":
            doc.xref_set_key(xref, "Name", "(layer)")
        for key in _DROP_EVERYWHERE:
            if key in keys:
                _delete_key(doc, xref, key)
    return [f"emptied {emptied} leftover object(s) with hidden data"] if emptied else []


def _reachable(doc: pymupdf.Document) -> list[int] | None:
    """The objects reachable from the trailer, ascending; None if an object cannot be read.

    A superset of what a garbage-collecting save writes: every indirect reference in an
    object's source is printed as "N G R", so none is missed, and a string that happens to
    read like one only adds an object (which is then swept for nothing). When an object
    cannot be printed, its references are unknown and the caller sweeps every object.
    """
    length = doc.xref_length()
    seen: set[int] = set()
    todo = _printed_refs(doc.pdf_trailer(compressed=True))
    while todo:
        xref = todo.pop()
        if xref in seen or not 0 < xref < length:
            continue
        seen.add(xref)
        try:
            source = doc.xref_object(xref, compressed=True)
        except Exception:
            return None
        todo.extend(_printed_refs(source))
    return sorted(seen)


_REF_END = re.compile(r"(\d+) \d+\Z")


def _printed_refs(source: str) -> list[int]:
    """The object numbers referenced in a source as MuPDF prints it ("%d %d R").

    Same result as _refs for that format, several times faster on the long number arrays of
    fonts: split at " R" and read the number pair just before it, instead of a regular
    expression that tries every digit. 24 characters hold any object and generation number.
    """
    if " R" not in source:
        return []
    refs = []
    for part in source.split(" R")[:-1]:
        m = _REF_END.search(part, max(0, len(part) - 24))
        if m:
            refs.append(int(m.group(1)))
    return refs


def _name_text(obj: object, key: str) -> str:
    """A dictionary value as Document.xref_get_key gives its text, for names and null:
    "/Name", "null"; anything else gives a text that is no name."""
    mupdf = pymupdf.mupdf
    value = mupdf.pdf_dict_gets(obj, key)
    if not value.m_internal:
        return "null"
    if mupdf.pdf_is_indirect(value):
        return f"{mupdf.pdf_to_num(value)} 0 R"
    if mupdf.pdf_is_null(value):
        return "null"
    if mupdf.pdf_is_name(value):
        return "/" + mupdf.pdf_to_name(value)
    return "(not a name)"


# --- images, metadata, fonts --------------------------------------------------------------


def _strip_jpeg_metadata(doc: pymupdf.Document, images: Sequence[int] | None = None) -> list[str]:
    """Drop EXIF/XMP/IPTC/comment segments from JPEG images; the pixels stay byte-identical.

    `images`: the image objects, if known (else every object is looked at).
    """
    stripped = 0
    candidates = range(1, doc.xref_length()) if images is None else images
    for xref in candidates:
        if not doc.xref_is_image(xref) or doc.xref_get_key(xref, "Filter")[1] != "/DCTDecode":
            continue
        new = _strip_jpeg(doc.xref_stream_raw(xref) or b"")
        if new is None:
            continue
        decode_parms = doc.xref_get_key(xref, "DecodeParms")
        # update_stream without compression removes /Filter; the bytes are still a JPEG.
        doc.update_stream(xref, new, compress=False)
        doc.xref_set_key(xref, "Filter", "/DCTDecode")
        if decode_parms[0] != "null":
            doc.xref_set_key(xref, "DecodeParms", decode_parms[1])
        stripped += 1
    return [f"removed metadata segments from {stripped} JPEG image(s)"] if stripped else []


def _strip_jpeg(data: bytes) -> bytes | None:
    """The JPEG without APP1, APP3-APP13, APP15 and COM segments; None if nothing to strip.

    APP0 (JFIF), APP2 (ICC colour profile) and APP14 (Adobe colour transform) are kept: they
    change how the pixels are decoded. Anything that does not parse is left alone.
    """
    if not data.startswith(b"\xff\xd8"):
        return None
    out = bytearray(b"\xff\xd8")
    i, n = 2, len(data)
    changed = False
    while i < n:
        if data[i] != 0xFF:
            return None
        while i < n and data[i] == 0xFF:
            i += 1
        if i >= n:
            return None
        marker = data[i]
        i += 1
        if marker in (0xDA, 0xD9):  # start of scan / end of image: the rest is image data
            out += bytes((0xFF, marker)) + data[i:]
            return bytes(out) if changed else None
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:  # markers without a length
            out += bytes((0xFF, marker))
            continue
        length = int.from_bytes(data[i : i + 2], "big")
        if length < 2 or i + length > n:
            return None
        if marker == 0xFE or (0xE1 <= marker <= 0xEF and marker not in (0xE2, 0xEE)):
            changed = True
        else:
            out += bytes((0xFF, marker)) + data[i : i + length]
        i += length
    return None


def _replace_info(doc: pymupdf.Document, public_metadata: dict[str, str],
                  secrets: Sequence[str]) -> list[str]:
    """Replace /Info entirely (custom keys included) by the public fields and neutral names."""
    wanted = [normalize(s) for s in secrets if len(normalize(s)) >= MIN_SECRET_LENGTH]
    meta = {"author": NEUTRAL_NAME, "creator": NEUTRAL_NAME, "producer": NEUTRAL_NAME}
    notes = []
    for key, value in public_metadata.items():
        if any(secret in normalize(value) for secret in wanted):
            notes.append(f"public metadata field {key!r} dropped: it contains redacted text")
            continue
        meta[key] = value
    _new_info(doc, meta)
    notes.append("replaced the document information by the public metadata")
    return notes


_INFO_KEYS = {"title": "Title", "subject": "Subject", "keywords": "Keywords", "author": "Author",
              "creator": "Creator", "producer": "Producer", "creationDate": "CreationDate",
              "modDate": "ModDate"}


def _new_info(doc: pymupdf.Document, meta: dict[str, str]) -> None:
    """Point the trailer at a new /Info holding only `meta`; the old one (custom keys
    included) is then unreferenced and left out when saving.

    What Document.set_metadata({}) followed by set_metadata(meta) does, without the
    print-and-reparse round trip of xref_set_key for every key. An empty value (or "none",
    "null", as set_metadata treats them) is null. Strings are PDF text strings as MuPDF
    encodes them: PDFDocEncoding where it can, else UTF-16BE.
    """
    mupdf = pymupdf.mupdf
    pdf = mupdf.pdf_specifics(doc.this)
    info = mupdf.pdf_new_dict(pdf, len(meta))
    for key, value in meta.items():
        if not value or value in ("none", "null"):
            mupdf.pdf_dict_puts(info, _INFO_KEYS[key], mupdf.PdfObj())  # null
        else:
            mupdf.pdf_dict_puts(info, _INFO_KEYS[key], mupdf.pdf_new_text_string(value))
    mupdf.pdf_dict_puts(mupdf.pdf_trailer(pdf), "Info", mupdf.pdf_add_object(pdf, info))
    doc.init_doc()  # Document.metadata is a copy made when reading /Info


def _subset_fonts(doc: pymupdf.Document) -> list[str]:
    """Subset embedded fonts so glyphs used only by removed text do not stay in the file."""
    try:
        doc.subset_fonts()
    except Exception as exc:  # MuPDF rejects some font programs; they then stay whole
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return [f"fonts could not be subset ({first_line}); they are kept whole"]
    return []
