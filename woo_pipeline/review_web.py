"""`woo-pipeline review R --serve`: review in a browser, on this computer only.

A small stdlib HTTP server bound to 127.0.0.1 serves one HTML page (woo_pipeline/web/, no
external assets) and a JSON API over the same ReviewSet the terminal review uses, so every
click is saved to the review files and the audit log at once.

The review files hold the personal data under review, so the server
* listens on 127.0.0.1 only, and refuses requests whose Host header is not 127.0.0.1 or
  localhost (a web page elsewhere cannot reach it through DNS rebinding);
* requires a random token, printed in the URL, on every API call (a web page elsewhere cannot
  call the API, nor embed the page images, without it).

API (all under /api/, token as `?token=` or header `X-Review-Token`; pages are 1-based):
  GET  /api/state                       the batch: documents with findings, regions, progress
  GET  /api/page?doc=D&page=N&zoom=Z    page N of document D as PNG
  POST /api/decide  {doc, id, action, ground?, all?}   decide one finding, or all occurrences
  POST /api/region  {doc, page, rect: [x0,y0,x1,y1], ground}   add a region (PDF points)
  POST /api/region/remove  {doc, id}
  POST /api/term    {term, ground}      redact a term everywhere in the batch
Every POST answers {"ok": true, "message": ..., "state": ...} or {"ok": false, "error": ...}.
"""

from __future__ import annotations

import json
import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pymupdf

from woo_pipeline.errors import WooPipelineError
from woo_pipeline.findings import REDACT
from woo_pipeline.intake import open_pdf
from woo_pipeline.pipeline import sha256_of
from woo_pipeline.review import (
    ReviewSet,
    SourceLoader,
    document_to_json,
    occurrence_key,
)
from woo_pipeline.vocabulary import DEFAULT_GROUND, WOO_GROUNDS

log = logging.getLogger("woo_pipeline")

HOST = "127.0.0.1"
STATIC_FILES = {"/": ("index.html", "text/html"), "/app.js": ("app.js", "text/javascript"),
                "/app.css": ("app.css", "text/css")}
MAX_BODY = 1 << 20
PAGE_CACHE_SIZE = 48


class ApiError(Exception):
    def __init__(self, message: str, status: HTTPStatus = HTTPStatus.BAD_REQUEST) -> None:
        super().__init__(message)
        self.status = status


class ReviewApp:
    """The API, independent of HTTP: each method takes and returns plain data."""

    def __init__(self, reviews: ReviewSet, reviewer: str, in_dir: Path | None = None) -> None:
        self.reviews = reviews
        self.reviewer = reviewer
        self.in_dir = in_dir
        self.token = secrets.token_urlsafe(24)
        self.lock = threading.Lock()  # one change at a time: each one rewrites review files
        self.sources = SourceLoader(reviews, in_dir)
        self._pages: OrderedDict[tuple[str, int, float], bytes] = OrderedDict()
        self._pages_lock = threading.Lock()  # the browser asks for several pages at once
        self._source_state = {label: self._check_source(label) for label in reviews.documents}

    def _check_source(self, label: str) -> str:
        """`ok`, `missing` or `changed`: whether the PDF is still the one that was scanned."""
        path = self.reviews.source_path(label, self.in_dir)
        if not path.is_file():
            return "missing"
        expected = self.reviews.documents[label].source_sha256
        return "ok" if not expected or sha256_of(path) == expected else "changed"

    # reading
    def state(self) -> dict:
        reviews = self.reviews
        people = {}
        for person in reviews.register.people.values():
            people[f"person:{person.key}"] = {"name": person.name, "spellings": person.spellings}
        documents = []
        for label, doc in reviews.documents.items():
            data = document_to_json(doc)
            for raw, entry in zip(data["findings"], doc.entries, strict=True):
                raw["occurrence_key"] = occurrence_key(entry.finding)
            data["progress"] = doc.progress()
            data["source"] = self._source_state[label]
            documents.append(data)
        counts: dict[str, dict] = {}
        for data in documents:
            for raw in data["findings"]:
                c = counts.setdefault(raw["occurrence_key"], {"count": 0, "documents": set()})
                c["count"] += 1
                c["documents"].add(data["document"])
        occurrences = {
            key: {"count": c["count"], "documents": len(c["documents"]), **people.get(key, {})}
            for key, c in counts.items()
        }
        return {
            "review_dir": str(reviews.review_dir),
            "reviewer": self.reviewer,
            "grounds": WOO_GROUNDS,
            "default_ground": DEFAULT_GROUND,
            "documents": documents,
            "occurrences": occurrences,
            "terms": [{"id": t.id, "term": t.term, "ground": t.ground}
                      for t in reviews.register.terms],
            "failed": reviews.register.failed,
        }

    def page_png(self, label: str, page: int, zoom: float) -> bytes:
        if label not in self.reviews.documents:
            raise ApiError(f"no document {label!r} in this review", HTTPStatus.NOT_FOUND)
        zoom = min(max(zoom, 0.5), 4.0)
        key = (label, page, round(zoom, 2))
        with self._pages_lock:
            if key not in self._pages:
                self._pages[key] = self._render(label, page, zoom)
                while len(self._pages) > PAGE_CACHE_SIZE:
                    self._pages.popitem(last=False)
            self._pages.move_to_end(key)
            return self._pages[key]

    def _render(self, label: str, page: int, zoom: float) -> bytes:
        path = self.reviews.source_path(label, self.in_dir)
        if not path.is_file():
            raise ApiError(
                f"the PDF {path} is not there any more; start the review with --in FOLDER "
                "pointing to where the scanned PDFs are now", HTTPStatus.NOT_FOUND)
        opened = open_pdf(path)
        try:
            if not 1 <= page <= len(opened.doc):
                raise ApiError(f"{label} has pages 1 to {len(opened.doc)}", HTTPStatus.NOT_FOUND)
            pix = opened.doc[page - 1].get_pixmap(matrix=pymupdf.Matrix(zoom, zoom), alpha=False)
            return pix.tobytes("png")
        finally:
            opened.doc.close()

    # changing
    def post(self, route: str, body: dict) -> dict:
        handlers: dict[str, Callable[[dict], str]] = {
            "/api/decide": self._decide,
            "/api/region": self._region,
            "/api/region/remove": self._remove_region,
            "/api/term": self._term,
        }
        handler = handlers.get(route)
        if handler is None:
            raise ApiError(f"no API {route}", HTTPStatus.NOT_FOUND)
        with self.lock:
            try:
                message = handler(body)
            except KeyError as err:
                raise ApiError(str(err.args[0] if err.args else err), HTTPStatus.NOT_FOUND) from err
            except (ValueError, TypeError) as err:
                raise ApiError(str(err)) from err
            return {"ok": True, "message": message, "state": self.state()}

    def _decide(self, body: dict) -> str:
        doc, fid, action = _field(body, "doc"), _field(body, "id"), _field(body, "action")
        ground = body.get("ground") or None
        if body.get("all"):
            result = self.reviews.decide_all(doc, fid, action, self.reviewer, ground)
            message = f"{action}: {len(result.changed)} occurrence(s)"
            if result.skipped:
                message += (f"; {len(result.skipped)} mention(s) as office holder left as they "
                            "are (decide those one by one)")
            return message
        entry = self.reviews.decide(doc, fid, action, self.reviewer, ground)
        f = entry.finding
        return f"{entry.decision.action}: {f.entity_type} on page {f.page + 1}"

    def _region(self, body: dict) -> str:
        rect = body.get("rect")
        if not isinstance(rect, list) or len(rect) != 4:
            raise ValueError("rect must be [x0, y0, x1, y1] in PDF points")
        page = int(body.get("page", 0))
        region = self.reviews.add_region(_field(body, "doc"), page - 1, rect,
                                         body.get("ground") or DEFAULT_GROUND, self.reviewer)
        return f"region added on page {region.page + 1} ({region.ground})"

    def _remove_region(self, body: dict) -> str:
        self.reviews.remove_region(_field(body, "doc"), _field(body, "id"), self.reviewer)
        return "region removed"

    def _term(self, body: dict) -> str:
        term, count, unreadable = self.reviews.add_term(
            _field(body, "term"), body.get("ground") or DEFAULT_GROUND, self.reviewer,
            self.sources.load)
        message = f"term added: {count} occurrence(s) to {REDACT}"
        if unreadable:
            message += (f"; {len(unreadable)} document(s) could not be opened to show them "
                        "(redact still finds the term there)")
        return message


def _field(body: dict, name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value:
        raise ValueError(f"the request needs the field {name!r}")
    return value


class _Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        log.debug("review server: " + format, *args)

    def _send(self, status: HTTPStatus, content_type: str, body: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy",
                         "default-src 'self'; img-src 'self'; frame-ancestors 'none'")
        self.end_headers()
        self.wfile.write(body)

    def _json(self, status: HTTPStatus, data: dict) -> None:
        self._send(status, "application/json", json.dumps(data, ensure_ascii=False).encode())

    def _allowed(self, query: dict[str, list[str]]) -> bool:
        host = (self.headers.get("Host") or "").rsplit(":", 1)[0]
        if host not in (HOST, "localhost"):
            self._json(HTTPStatus.FORBIDDEN, {"ok": False, "error": "wrong Host header"})
            return False
        token = self.headers.get("X-Review-Token") or (query.get("token") or [""])[0]
        if not secrets.compare_digest(token, self.server.app.token):
            self._json(HTTPStatus.FORBIDDEN, {
                "ok": False, "error": "missing or wrong token: open the URL the review "
                "command printed, token included"})
            return False
        return True

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        if url.path in STATIC_FILES:
            name, content_type = STATIC_FILES[url.path]
            body = resources.files("woo_pipeline").joinpath("web", name).read_bytes()
            self._send(HTTPStatus.OK, f"{content_type}; charset=utf-8", body)
            return
        if not url.path.startswith("/api/"):
            self._json(HTTPStatus.NOT_FOUND, {"ok": False, "error": "not found"})
            return
        if not self._allowed(query):
            return
        app = self.server.app
        try:
            if url.path == "/api/state":
                with app.lock:
                    self._json(HTTPStatus.OK, app.state())
            elif url.path == "/api/page":
                png = app.page_png(query.get("doc", [""])[0], int(query.get("page", ["1"])[0]),
                                   float(query.get("zoom", ["1.5"])[0]))
                self._send(HTTPStatus.OK, "image/png", png)
            else:
                raise ApiError(f"no API {url.path}", HTTPStatus.NOT_FOUND)
        except ApiError as err:
            self._json(err.status, {"ok": False, "error": str(err)})
        except (ValueError, WooPipelineError) as err:
            self._json(HTTPStatus.BAD_REQUEST, {"ok": False, "error": str(err)})

    def do_POST(self) -> None:  # noqa: N802 - stdlib name
        url = urlsplit(self.path)
        if not self._allowed(parse_qs(url.query)):
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._json(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, {"ok": False, "error": "too large"})
            return
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
            if not isinstance(body, dict):
                raise ApiError("the request body must be a JSON object")
            self._json(HTTPStatus.OK, self.server.app.post(url.path, body))
        except json.JSONDecodeError as err:
            self._json(HTTPStatus.BAD_REQUEST, {"ok": False, "error": f"not JSON: {err}"})
        except ApiError as err:
            self._json(err.status, {"ok": False, "error": str(err)})


class ReviewServer(ThreadingHTTPServer):
    """The HTTP server of a review; `url` holds the address with its token."""

    daemon_threads = True

    def __init__(self, app: ReviewApp, port: int = 0) -> None:
        super().__init__((HOST, port), _Handler)
        self.app = app

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}/?token={self.app.token}"


def make_server(reviews: ReviewSet, reviewer: str, port: int = 0,
                in_dir: Path | None = None) -> ReviewServer:
    """A review server on 127.0.0.1:`port` (0: a free port). Call `serve_forever()` on it."""
    return ReviewServer(ReviewApp(reviews, reviewer, in_dir), port)
