"""Leak check: prove that a written PDF no longer contains any redacted text, in any channel.

`find_leaks` re-opens the file as written to disk (never the in-memory document that produced
it) and looks for every secret in every place a PDF can carry text:

* the text layer of each page, extracted so that hidden text is included: text outside the
  MediaBox/CropBox, text clipped away, invisible text (render mode 3) and text in layers that
  are switched off (read from a copy without /OCProperties); extracted with and without
  /ActualText, dehyphenated, and as words joined; compared whitespace-normalised and with
  spaces removed;
* annotations (contents, authors, popups, attached files), links (URIs such as mailto:),
  form fields (names, values, labels, choices);
* document metadata (/Info), XMP metadata, bookmarks (outline titles), embedded files (names,
  descriptions and contents), the trailer;
* every object of the file: its source text (with every string decoded: PDFDocEncoding,
  UTF-16BE, UTF-8) and its stream decompressed; of an image, the part that can hold text
  (the header segments of a JPEG, where EXIF, XMP and comments live);
* the raw bytes of the file, with every stream body found in them inflated, so that an
  earlier revision or an unreferenced object that MuPDF does not load is still checked.
  Compressed bytes themselves are never searched: they are noise.

Matching is case-insensitive on NFKC-normalised text with runs of whitespace collapsed and
invisible format characters (soft hyphen, zero-width space) removed; in the text layer also
with all spaces removed ("X a n d r a"). In raw bytes a secret is looked for as
PDFDocEncoding, UTF-8 and UTF-16BE, and as hexadecimal strings of those.

Secrets shorter than MIN_SECRET_LENGTH (3) characters after normalisation are ignored: two
letters such as initials occur everywhere in compressed data and ordinary words, so they would
only produce false alarms. Secrets shorter than SHORT_SECRET_LENGTH (6), such as the surname
"Bos", must stand as a whole word (between spaces or punctuation) in raw bytes and in object
syntax, where "Ali" would otherwise match the font name "Italic" or random bytes of a font
program; they are not compared with spaces removed, and their UTF-16 hex form is not searched
(content streams with two-byte glyph codes are full of look-alikes). In decoded text (page
text, annotations, metadata, strings) they match anywhere. The numbering in the
report ("secret #3") counts every secret given, ignored ones included, so it matches the
caller's list.

A `Leak` never contains the secret itself: the report is shown and logged, and must not
repeat what was redacted.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pymupdf

MIN_SECRET_LENGTH = 3
SHORT_SECRET_LENGTH = 6  # below this, a secret must be a whole word in noisy places

# Extraction flags for the text layer: keep everything MuPDF can see. Deliberately without
# TEXT_MEDIABOX_CLIP (text outside the page) and without TEXT_CLIP (text clipped away).
TEXT_FLAGS = (
    pymupdf.TEXT_PRESERVE_WHITESPACE
    | pymupdf.TEXT_PRESERVE_LIGATURES
    | pymupdf.TEXT_PRESERVE_SPANS
)

# Invisible format characters that can split a secret without changing how it looks.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)

# PDFDocEncoding differs from Latin-1 only in 0x18-0x1F and 0x80-0xA0 (PDF 32000, Annex D).
_PDFDOC_HIGH = (
    "\u2022\u2020\u2021\u2026\u2014\u2013\u0192\u2044\u2039\u203a\u2212\u2030\u201e\u201c"
    "\u201d\u2018\u2019\u201a\u2122\ufb01\ufb02\u0141\u0152\u0160\u0178\u017d\u0131\u0142"
    "\u0153\u0161\u017e\ufffd\u20ac"
)
_PDFDOC_LOW = "\u02d8\u02c7\u02c6\u02d9\u02dd\u02db\u02da\u02dc"
_PDFDOC_DECODE = {0x80 + i: ch for i, ch in enumerate(_PDFDOC_HIGH)}
_PDFDOC_DECODE.update({0x18 + i: ch for i, ch in enumerate(_PDFDOC_LOW)})
_PDFDOC_ENCODE = {ch: code for code, ch in _PDFDOC_DECODE.items()}

# "stream" first, then the look back: the engine can skip ahead to the word (a look back in
# front makes it try every byte of the file).
_STREAM_RE = re.compile(rb"stream(?<!endstream)\r?\n")
_IMAGE_DICT_RE = re.compile(rb"/Subtype\s*/Image")
_TEXT_DELIMITERS = rb"[ \t\r\n\f()<>\[\]{}/%,.;:'\"!?@_-]"
_DELIMITER_BYTES = frozenset(b" \t\r\n\f()<>[]{}/%,.;:'\"!?@_-")  # the same, as a set

# Widget attributes that can carry text: name, value, label, choices and every script.
_WIDGET_TEXT_ATTRS = (
    "field_name",
    "field_value",
    "field_label",
    "choice_values",
    "script",
    "script_stroke",
    "script_format",
    "script_change",
    "script_calc",
    "script_blur",
    "script_focus",
)


@dataclass(frozen=True)
class Leak:
    """One place where a secret was found. `detail` names the secret by number only."""

    channel: str
    page: int | None  # 1-based page number, or None for document-wide channels
    detail: str


_INVISIBLE_RE = re.compile("[" + "".join(map(chr, _INVISIBLE)) + "]")  # the same, as a pattern


def normalize(text: str) -> str:
    """Fold text for comparison: NFKC, case-folded, invisible characters gone, spaces collapsed."""
    text = unicodedata.normalize("NFKC", text)
    if not text.isascii():  # (the invisible characters are not ASCII)
        # Deleting with a pattern: str.translate looks every character up in a dict, which
        # made it most of the cost of the leak check's text comparisons.
        text = _INVISIBLE_RE.sub("", text)
    return " ".join(text.casefold().split())


def pdfdoc_decode(data: bytes) -> str:
    """Decode a PDF text string: UTF-16BE or UTF-8 with a byte order mark, else PDFDocEncoding."""
    if data.startswith(b"\xfe\xff"):
        return data[2:].decode("utf-16-be", errors="replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    return "".join(_PDFDOC_DECODE.get(b, chr(b)) for b in data)


# The characters PDFDocEncoding puts where Latin-1 has others, to their Latin-1 stand-ins.
_PDFDOC_TO_LATIN1 = {ord(ch): chr(code) for ch, code in _PDFDOC_ENCODE.items()}


def _pdfdoc_encode(text: str) -> bytes | None:
    """`text` in PDFDocEncoding: Latin-1 except the characters in _PDFDOC_ENCODE (none of
    which is below 256); None when a character has no code."""
    try:
        return text.translate(_PDFDOC_TO_LATIN1).encode("latin-1")
    except UnicodeEncodeError:
        return None  # not representable: the secret cannot appear in this encoding


class _Secret:
    """One secret with every form it is looked for in."""

    def __init__(self, number: int, text: str) -> None:
        self.number = number
        (self.norm, self.short, self.compact, self.word, self.plain,
         self.hexed) = _secret_forms(text)

    @staticmethod
    def _needles(text: str, whole_word: bool) -> tuple[tuple[bytes, ...], tuple[bytes, ...]]:
        """The byte strings looked for in raw bytes: plain (whole words only for a short
        secret) and as <hex> strings."""
        # Raw bytes are compared after bytes.lower(), which folds ASCII letters only; so the
        # needles come from the secret in lower, original and upper case, spaces collapsed.
        base = " ".join(unicodedata.normalize("NFKC", text).split())
        plain: set[bytes] = set()
        hexed: set[bytes] = set()
        for variant in {base.lower(), base, base.upper()}:
            for data in (
                _pdfdoc_encode(variant),
                variant.encode("utf-8"),
                variant.encode("utf-16-be"),
            ):
                if not data:
                    continue
                plain.add(data.lower())
                # As a <hex> string. Not the UTF-16 form of a short secret: content streams
                # with two-byte glyph codes ("<004A004F004C>") are full of such sequences.
                if not (whole_word and data[:1] == b"\x00"):
                    hexed.add(data.hex().encode("ascii"))
        return tuple(sorted(plain)), tuple(sorted(hexed))

    def _whole_word_in(self, low: bytes) -> bool:
        size = len(low)
        for needle in self.plain:
            at = low.find(needle)
            while at >= 0:
                end = at + len(needle)
                if (at == 0 or low[at - 1] in _DELIMITER_BYTES) and (
                    end == size or low[end] in _DELIMITER_BYTES or low[end] == 0
                ):
                    return True
                at = low.find(needle, at + 1)
        return False

    def in_bytes(self, low: bytes, hex_text: bytes | None = None) -> bool:
        """Whether lower-cased raw bytes hold the secret in any byte form.

        Plain substring searches (a regular expression with all the needles as alternatives
        is an order of magnitude slower on binary data). A short secret counts only between
        text delimiters (a random letter triple in binary data rarely is); inside a hex
        string the neighbours are hex digits, so hex needles have no boundary.
        `hex_text`: `_decoded_hex_strings(low)`, when the caller has it already.
        """
        if not self.hexed:
            return True  # no hex form: the empty alternative of the old pattern, fail closed
        if self.short:
            if self._whole_word_in(low):
                return True
            # Not as a raw hex needle: "jan" is 6a616e, which every hex string holding
            # "januari" contains. Hex strings are decoded and searched as whole words instead.
            if hex_text is not None:
                return self._whole_word_in(hex_text)
            if b"<" in low:
                for m in _HEX_STRING.finditer(low):
                    if self._whole_word_in(_hex_string_bytes(m.group(1))):
                        return True
            return False
        elif any(needle in low for needle in self.plain):
            return True
        return any(needle in low for needle in self.hexed)


# Every form of a secret depends on its text only, and the same names recur from nota to nota.
@functools.lru_cache(maxsize=1024)
def _secret_forms(
    text: str,
) -> tuple[str, bool, str, re.Pattern[str] | None, tuple[bytes, ...], tuple[bytes, ...]]:
    """The forms of a secret that `_Secret` holds: normalized, short or not, without spaces,
    as a whole-word pattern (a short one only), and its plain and hex byte needles."""
    norm = normalize(text)
    # A short secret (a surname such as "Bos" or "Ali") occurs by chance inside other
    # words, font names ("Italic") and binary data. Where such noise is expected it
    # counts only as a whole word, and it is never compared with spaces removed.
    short = len(norm) < SHORT_SECRET_LENGTH
    compact = "" if short else norm.replace(" ", "")
    # Only a short secret is searched as a whole word (compiling a pattern per secret costs
    # more than the searches that use it). The pattern is "not after a word character", with
    # the secret first and the look back after it: then the engine can skip ahead to the
    # secret instead of trying every position, twenty times faster.
    escaped = re.escape(norm)
    word = re.compile(rf"{escaped}(?<!\w{escaped})(?!\w)") if short else None
    return (norm, short, compact, word, *_Secret._needles(text, short))


_HEX_STRING = re.compile(rb"<([0-9a-f\s]{4,})>")
_BYTES_SPACE = b" \t\n\r\x0b\x0c"


def _hex_string_bytes(digits: bytes) -> bytes:
    """The bytes of one <hex string>, lower-cased, to search for short secrets.

    A string that does not open with the byte-order mark FEFF is no UTF-16 text: in a
    content stream it is a run of two-byte glyph codes ("<004A006F0065>"), whose bytes match
    the UTF-16 form of a short name by chance (glyph ids 0x4A 0x6F 0x65 are not "Joe"; the
    text they draw is checked in the text layer). Its zero bytes become 0x01 there, so no
    UTF-16 needle (they start with a zero byte) can match in it; the one-byte forms are
    searched as before."""
    digits = digits.translate(None, _BYTES_SPACE)  # what rb"\s" matches
    if len(digits) % 2:
        digits += b"0"
    data = bytes.fromhex(digits.decode("ascii")).lower()
    if not data.startswith(b"\xfe\xff"):
        data = data.replace(b"\x00", b"\x01")
    return data


def _decoded_hex_strings(low: bytes) -> bytes:
    """Every <hex string> in lower-cased bytes, decoded and lower-cased (see
    _hex_string_bytes), joined by newlines: decoded once for all short secrets. A whole word
    in one of them is one here too (a newline is a delimiter, like the end of the string)."""
    parts = []
    if b"<" in low:
        for m in _HEX_STRING.finditer(low):
            parts.append(_hex_string_bytes(m.group(1)))
    return b"\n".join(parts)


class _Checker:
    """Collects leaks; every haystack is compared against every secret.

    The checks are queued and run in one batch by `finish`: all decoded text joined into one
    haystack, all raw bytes into another, each searched once per secret instead of once per
    object, page and stream. A match in a single haystack is always a match in the joined
    one (see `_batch_may_hit`), so when the batch finds nothing, no single check would have;
    when it finds something, every queued check is run on its own, in order, exactly as
    before, to say where.
    """

    def __init__(self, secrets: Sequence[_Secret]) -> None:
        self.secrets = secrets
        self.leaks: list[Leak] = []
        self._seen: set[tuple[str, int | None, str]] = set()
        # Raw bytes already searched (a stream body in the file and the same stream decoded
        # by MuPDF are usually identical): the secrets found in them.
        self._searched: dict[bytes, list[_Secret]] = {}
        self._texts: list[tuple[list[str], str, str, int | None, bool]] = []
        self._raws: list[tuple[bytes, str, str, int | None]] = []
        self._order: list[tuple[bool, int]] = []  # (is text, index) in the order queued

    def _report(self, secret: _Secret, channel: str, page: int | None, where: str) -> None:
        detail = f"secret #{secret.number} in {where}"
        key = (channel, page, detail)
        if key not in self._seen:
            self._seen.add(key)
            self.leaks.append(Leak(channel, page, detail))

    def text(
        self,
        texts: Iterable[str],
        channel: str,
        where: str,
        page: int | None = None,
        *,
        compact: bool = False,
        noisy: bool = False,
    ) -> None:
        """Queue a check of decoded text.

        `compact`: also compare with all spaces removed (the text layer, where letters can
        be spaced out). `noisy`: the text also holds PDF syntax and names, so a short secret
        must stand as a whole word.
        """
        parts = [t for t in texts if t]
        if parts:
            self._order.append((True, len(self._texts)))
            self._texts.append((parts, channel, where, page, compact))

    def raw(self, data: bytes, channel: str, where: str, page: int | None = None) -> None:
        """Queue a check of raw bytes in every byte encoding of every secret."""
        if data:
            self._order.append((False, len(self._raws)))
            self._raws.append((data if isinstance(data, bytes) else bytes(data), channel,
                               where, page))

    def source(self, source: str, channel: str, where: str) -> None:
        """Check an object's source: its strings as text, the rest (syntax, names) as noisy."""
        strings, names = _strings_and_names(source)
        self.text(strings, channel, where)
        self.text([source, *names], channel, where, noisy=True)

    def finish(self) -> list[Leak]:
        """Run the queued checks; the leaks found, in the order the checks were queued."""
        if self._batch_may_hit():
            for is_text, index in self._order:
                if is_text:
                    self._text_now(*self._texts[index])
                else:
                    self._raw_now(*self._raws[index])
        self._texts, self._raws, self._order = [], [], []
        return self.leaks

    def _batch_may_hit(self) -> bool:
        """Whether any secret is in the joined haystacks (False: in none of the single ones).

        Text: each single haystack stands in the joined one between spaces, which are no
        word characters: a substring or whole-word match stays one. With spaces removed,
        the single haystacks are run together: a substring stays a substring.
        Bytes: the byte strings are joined by a newline, one of the delimiters a short
        secret may stand between, so a whole-word match stays one too. A <hex string> in
        one byte string is found in the joined ones as well: a match holds no "<" or ">"
        but its own, so none that starts earlier can reach into it.
        """
        if self._texts:
            # Normalized one by one: NFKC of one long text with a single non-ASCII character
            # anywhere is many times slower than of its ASCII parts on their own.
            hays = [(normalize("\n".join(parts)), is_compact)
                    for parts, *_, is_compact in self._texts]
            hay = " ".join(h for h, _ in hays if h)
            compact = "".join(h for h, is_compact in hays if is_compact).replace(" ", "")
            for secret in self.secrets:
                if secret.short:
                    if secret.word.search(hay) is not None:
                        return True
                elif secret.norm in hay:
                    return True
                if secret.compact and secret.compact in compact:
                    return True
        if self._raws:
            low = b"\n".join(dict.fromkeys(data for data, *_ in self._raws)).lower()
            hex_text = (_decoded_hex_strings(low)
                        if any(secret.short for secret in self.secrets) else None)
            if any(secret.in_bytes(low, hex_text) for secret in self.secrets):
                return True
        return False

    def _text_now(self, texts: list[str], channel: str, where: str, page: int | None,
                  compact: bool) -> None:
        hay = normalize("\n".join(texts))
        if not hay:
            return
        hay_compact = hay.replace(" ", "") if compact else ""
        for secret in self.secrets:
            # In text a short secret counts only as a whole word, everywhere: the redacted
            # first name "Jan" must not fail a nota that says "januari", nor "Eline" one whose
            # producer is "woo-pipeline". Letter-spaced text is caught by the compact check.
            if secret.short:
                hit = secret.word.search(hay) is not None
            else:
                hit = secret.norm in hay
            if not hit and compact and secret.compact:
                hit = secret.compact in hay_compact
            if hit:
                self._report(secret, channel, page, where)

    def _raw_now(self, key: bytes, channel: str, where: str, page: int | None) -> None:
        found = self._searched.get(key)
        if found is None:
            low = key.lower()
            found = [secret for secret in self.secrets if secret.in_bytes(low)]
            self._searched[key] = found
        for secret in found:
            self._report(secret, channel, page, where)


_SOURCE_SPECIAL = re.compile(r"[(</]")
_NAME = re.compile(r"/[^\s/<>\[\]()%{}]*")


def _strings_and_names(source: str) -> tuple[list[str], list[str]]:
    """Decode every string and every name of a PDF object's source (as MuPDF prints it)."""
    if "(" not in source and "<" not in source.replace("<<", ""):
        # No string at all (the common case: fonts, pages, resources): every "/" starts a
        # name, and the names are what the loop below would find, with one search.
        names = [name[1:] for name in _NAME.findall(source)]
        if "#" in source or not source.isascii():
            names = [_decode_name(name) for name in names]
        return [], names
    strings: list[str] = []
    names = []
    i, n = 0, len(source)
    while i < n:
        # Jump to the next string, hex string, dictionary or name (all else is skipped).
        found = _SOURCE_SPECIAL.search(source, i)
        if found is None:
            break
        i = found.start()
        ch = source[i]
        if ch == "(":
            raw, i = _literal_string(source, i)
            strings.append(pdfdoc_decode(raw))
        elif ch == "<" and source.startswith("<<", i):
            i += 2
        elif ch == "<":
            end = source.find(">", i)
            end = n if end < 0 else end
            digits = re.sub(r"[^0-9A-Fa-f]", "", source[i + 1 : end])
            if len(digits) % 2:
                digits += "0"
            strings.append(pdfdoc_decode(bytes.fromhex(digits)))
            i = end + 1
        elif ch == "/":
            m = _NAME.match(source, i)
            name = m.group(0)[1:] if m else ""
            names.append(_decode_name(name))
            i += max(1, len(name) + 1)
        else:
            i += 1
    return strings, names


def _decode_name(name: str) -> str:
    """A name's text: #xx escapes resolved, its bytes read as UTF-8."""
    decoded = re.sub(r"#([0-9A-Fa-f]{2})", lambda g: chr(int(g.group(1), 16)), name)
    return decoded.encode("latin-1", "replace").decode("utf-8", "replace")


def _literal_string(source: str, start: int) -> tuple[bytes, int]:
    """Parse a (literal) string starting at `start`; return its bytes and the index after it."""
    out = bytearray()
    depth = 0
    i = start
    n = len(source)
    escapes = {"n": 10, "r": 13, "t": 9, "b": 8, "f": 12}
    while i < n:
        ch = source[i]
        if ch == "\\" and i + 1 < n:
            nxt = source[i + 1]
            if nxt in escapes:
                out.append(escapes[nxt])
                i += 2
            elif nxt in "01234567":
                m = re.match(r"[0-7]{1,3}", source[i + 1 :])
                out.append(int(m.group(0), 8) & 0xFF)
                i += 1 + len(m.group(0))
            elif nxt in "\r\n":
                i += 2  # line continuation
            else:
                out.extend(nxt.encode("latin-1", "replace"))
                i += 2
            continue
        if ch == "(":
            depth += 1
            if depth > 1:
                out.append(ord("("))
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return bytes(out), i + 1
            out.append(ord(")"))
        else:
            out.extend(ch.encode("latin-1", "replace"))
        i += 1
    return bytes(out), n


def _inflate(data: bytes) -> bytes:
    """Best-effort inflate of a deflate stream (trailing garbage tolerated); b"" if not one."""
    try:
        return zlib.decompressobj().decompress(data, 50_000_000)
    except zlib.error:
        return b""


def _split_file(data: bytes) -> tuple[bytes, list[bytes]]:
    """The raw file without its stream bodies, and those bodies (old revisions included).

    Compressed bytes are never searched, as they are noise in which a short name turns up by
    chance: a deflated body is inflated, any other body is kept as it is. Image bodies are left
    out here (inflated they are pixels); the object pass checks the images it can reach.
    """
    outside: list[bytes] = []
    bodies: list[bytes] = []
    pos = 0
    for m in _STREAM_RE.finditer(data):
        if m.start() < pos:
            continue  # "stream" inside the previous body
        start = m.end()
        end = data.find(b"endstream", start)
        end = len(data) if end < 0 else end
        outside.append(data[pos : m.start()])
        pos = end
        header = data[max(0, data.rfind(b"obj", 0, m.start())) : m.start()]
        if _IMAGE_DICT_RE.search(header):
            continue
        body = data[start:end]
        bodies.append(_inflate(body) or body)
    outside.append(data[pos:])
    return b"".join(outside), bodies


def _jpeg_header(data: bytes) -> bytes:
    """The segments of a JPEG before its image data (where EXIF, XMP and comments live)."""
    i, n = 2, len(data)
    while i + 4 <= n and data[i] == 0xFF:
        marker = data[i + 1]
        if marker == 0xDA:  # start of scan: entropy-coded data follows
            return data[:i]
        if 0xD0 <= marker <= 0xD9 or marker in (0x01, 0xFF):
            i += 1 if marker == 0xFF else 2
            continue
        i += 2 + int.from_bytes(data[i + 2 : i + 4], "big")
    return data[:i]


def _image_container(doc: pymupdf.Document, xref: int) -> bytes:
    """The bytes of an image that can hold text: a JPEG's header segments or a JPX file."""
    filters = doc.xref_get_key(xref, "Filter")[1]
    raw = doc.xref_stream_raw(xref) or b""
    if filters.startswith("[/FlateDecode") or filters.startswith("[ /FlateDecode"):
        raw = _inflate(raw)
    if "/DCTDecode" in filters:
        return _jpeg_header(raw)
    if "/JPXDecode" in filters:
        return raw
    return b""  # pixels (Flate, CCITT, JBIG2, ...) hold no text


def _without_layers(doc: pymupdf.Document) -> pymupdf.Document | None:
    """An in-memory copy without /OCProperties, so every layer's text is extracted; or None.

    Switching layers on with Document.set_layer does not reach MuPDF's loaded layer state,
    and MuPDF evaluates some membership dictionaries itself; without /OCProperties it shows
    all optional content unconditionally.
    """
    catalog = doc.pdf_catalog()
    if doc.xref_get_key(catalog, "OCProperties")[0] == "null":
        return None
    doc.xref_set_key(catalog, "OCProperties", "null")
    return pymupdf.open(stream=doc.tobytes(), filetype="pdf")


def _check_pages(doc: pymupdf.Document, check: _Checker, marked_content: bool = True) -> None:
    """The text layer of every page, and what annotations, form fields and links hold.

    The text is extracted as it is, without /ActualText replacements, dehyphenated, and as
    words. The last three are often the same text as the first: without marked content
    (`marked_content` False: no stream of the file has a BDC operator) there is no
    /ActualText, and without a hyphen at the end of a line there is nothing to dehyphenate.
    Those extractions are then not made again (each one runs the page); the first one
    stands in for them, so the text compared is exactly the same.
    """
    everything = pymupdf.INFINITE_RECT()
    for page in doc:
        number = page.number + 1
        textpage = page.get_textpage(flags=TEXT_FLAGS, clip=everything)
        text = textpage.extractText()
        if marked_content:
            without_actual_text = page.get_text(
                "text", flags=TEXT_FLAGS | pymupdf.TEXT_IGNORE_ACTUALTEXT, clip=everything
            )
        else:
            without_actual_text = text
        if _ends_a_line_with_a_hyphen(text):
            dehyphenated = page.get_text(
                "text", flags=TEXT_FLAGS | pymupdf.TEXT_DEHYPHENATE, clip=everything
            )
        else:
            dehyphenated = text
        texts = [
            text,
            without_actual_text,
            dehyphenated,
            " ".join(w[4] for w in textpage.extractWORDS()),
        ]
        del textpage
        check.text(texts, "page text", f"page {number} text", number, compact=True)

        annot_texts: list[str] = []
        for annot in page.annots():
            annot_texts.extend(str(v) for v in annot.info.values())
            if annot.type[0] == pymupdf.PDF_ANNOT_FILE_ATTACHMENT:
                info = annot.file_info
                annot_texts.extend(str(v) for v in info.values())
                check.raw(annot.get_file(), "annotation", f"page {number} attachment", number)
        check.text(annot_texts, "annotation", f"page {number} annotations", number)

        field_texts: list[str] = []
        for widget in page.widgets():
            for attr in _WIDGET_TEXT_ATTRS:
                field_texts.append(str(getattr(widget, attr, "") or ""))
        check.text(field_texts, "form field", f"page {number} form fields", number)

        link_texts = [str(v) for link in page.get_links() for v in link.values()]
        check.text(link_texts, "link", f"page {number} links", number)


# Characters after which MuPDF may join a line with the next when dehyphenating (it does for
# "-", U+2010, U+2011 and the soft hyphen); every dash counts, to be sure.
_HYPHENS = frozenset("-\u00ad\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe63\uff0d")


def _ends_a_line_with_a_hyphen(text: str) -> bool:
    """Whether any line of extracted text ends (before trailing spaces) with a hyphen or
    another dash: only then can a dehyphenating extraction differ from the plain one."""
    for line in text.split("\n"):
        line = line.rstrip()
        if line and (line[-1] in _HYPHENS or unicodedata.category(line[-1]) == "Pd"):
            return True
    return False


def _check_document(doc: pymupdf.Document, check: _Checker) -> None:
    check.text((str(v) for v in (doc.metadata or {}).values()), "metadata", "document info")
    check.text([doc.get_xml_metadata()], "XMP metadata", "XMP metadata")
    check.text((str(item) for item in doc.get_toc(simple=False)), "outline", "bookmarks")

    for name in doc.embfile_names():
        info = doc.embfile_info(name)
        check.text([name, *(str(v) for v in info.values())], "embedded file", "embedded file")
        content = doc.embfile_get(name)
        check.raw(content, "embedded file", "embedded file content")

    trailer = doc.pdf_trailer()
    check.source(trailer, "trailer", "trailer")


def _check_objects(doc: pymupdf.Document, check: _Checker) -> bool:
    """One pass over all objects: source, decoded strings, decoded stream, image containers.

    Returns whether a stream may hold marked content (a BDC operator, so possibly
    /ActualText); True as well when an object or stream could not be read.
    """
    marked_content = False
    for xref in range(1, doc.xref_length()):
        try:
            source = doc.xref_object(xref, compressed=False)
        except Exception:  # a broken object: the raw-file pass still sees its bytes
            marked_content = True
            continue
        check.source(source, "object", f"object {xref}")
        if not doc.xref_is_stream(xref):
            continue
        where = f"stream of object {xref}"
        if doc.xref_is_image(xref):
            check.raw(_image_container(doc, xref), "object", where)
            continue
        try:
            decoded = doc.xref_stream(xref) or b""
        except Exception:  # a broken filter: search what can be inflated
            decoded = _inflate(doc.xref_stream_raw(xref) or b"")
            marked_content = True
        marked_content = marked_content or b"BDC" in decoded
        check.raw(decoded, "object", where)
    return marked_content


def find_leaks(path: Path, secrets: Sequence[str]) -> list[Leak]:
    """Look for every secret in every channel of the PDF at `path`; [] when it is clean.

    Secrets shorter than MIN_SECRET_LENGTH characters are ignored (see the module docstring).
    A file that cannot be opened is reported as a leak: an unchecked file must not pass.
    """
    wanted = [
        _Secret(number, text)
        for number, text in enumerate(secrets, start=1)
        if len(normalize(text)) >= MIN_SECRET_LENGTH
    ]
    if not wanted:
        return []
    check = _Checker(wanted)

    data = Path(path).read_bytes()
    outside, bodies = _split_file(data)
    check.raw(outside, "file bytes", "raw file bytes")
    for body in bodies:
        check.raw(body, "file bytes", "a stream in the raw file")

    try:
        doc = pymupdf.open(stream=data, filetype="pdf")
    except Exception as exc:
        first_line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        return [Leak("file", None, f"the file cannot be opened for checking: {first_line}")]
    try:
        if doc.needs_pass:
            return [Leak("file", None, "the file is encrypted and cannot be checked")]
        # Objects and metadata first: the copy for the text layer changes the catalog.
        _check_document(doc, check)
        marked_content = _check_objects(doc, check)
        all_layers = _without_layers(doc)
        try:
            _check_pages(all_layers or doc, check, marked_content)
        finally:
            if all_layers is not None:
                all_layers.close()
    finally:
        doc.close()
    return check.finish()
