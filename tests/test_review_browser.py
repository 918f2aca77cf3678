"""The browser review in a real headless Chromium (Debian's /usr/bin/chromium via Playwright).

As a user would: open the printed URL, click a suggested redaction to keep it, drag a box over
text the detector did not find, and apply the review with `redact --review-dir`; the output
PDF must show exactly that. Set WOO_REVIEW_SCREENSHOT=path.png to keep a screenshot.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
import test_review
from test_review import ReviewSet, entry_with_text, output_text, redact, text_box

# The scanned batch of test_review.py, one private copy per test.
scanned = test_review.scanned
batch = test_review.batch

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--no-first-run", "--disable-sync"]
SCALE = 1.5  # CSS pixels per PDF point in the page view (web/app.js)

pytestmark = pytest.mark.browser


@pytest.fixture
def browser():
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium: install Debian's chromium (scripts/test.sh does)")
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright for Python is not installed (test extras)")
    with sync_api.sync_playwright() as pw:
        # Debian's Chromium, never a downloaded one: `playwright install` is not needed.
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def server(batch):
    from woo_pipeline.review_web import make_server

    in_dir, review_dir = batch
    srv = make_server(ReviewSet.load(review_dir), "browser-tester", port=0)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    try:
        yield srv, in_dir, review_dir
    finally:
        srv.shutdown()
        srv.server_close()


def test_toggle_a_redaction_draw_a_box_and_apply(browser, server, tmp_path):
    srv, in_dir, review_dir = server
    karin = entry_with_text(ReviewSet.load(review_dir), "nota-a.pdf", "Karin Bakker")

    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(srv.url)
    page.locator('#documents li[data-doc="nota-a.pdf"]').click()
    box = page.locator(f'#pages .box[data-id="{karin.finding.id}"]')
    box.wait_for()
    assert box.get_attribute("data-decision") == "redact"

    # Click the suggested redaction: it becomes keep, and is saved.
    box.click()
    page.wait_for_selector(f'#pages .box.keep[data-id="{karin.finding.id}"]')
    assert "All changes saved" in page.locator("#status").inner_text()

    # Drag a new box over the date, which no detector redacts.
    x0, y0, x1, y1 = text_box(in_dir / "nota-a.pdf", "12 maart 2024")
    sheet = page.locator('#pages .page[data-page="1"]').bounding_box()
    page.mouse.move(sheet["x"] + x0 * SCALE, sheet["y"] + y0 * SCALE)
    page.mouse.down()
    page.mouse.move(sheet["x"] + x1 * SCALE, sheet["y"] + y1 * SCALE, steps=8)
    page.mouse.up()
    page.wait_for_selector("#pages .box.region")
    page.wait_for_function("document.querySelector('#status').textContent.includes('saved')")
    page.wait_for_selector("#pages img")
    page.wait_for_function("[...document.images].every((i) => i.complete && i.naturalWidth > 0)")
    screenshot = os.environ.get("WOO_REVIEW_SCREENSHOT")
    page.screenshot(path=screenshot or str(tmp_path / "review.png"))
    assert errors == []

    reviews = ReviewSet.load(review_dir)
    decision = reviews.document("nota-a.pdf").entry(karin.finding.id).decision
    assert (decision.action, decision.reviewer) == ("keep", "browser-tester")
    (region,) = reviews.document("nota-a.pdf").regions
    assert region.page == 0 and region.rect[0] == pytest.approx(x0, abs=1.5)

    out = tmp_path / "out"
    run = redact(in_dir, out, review_dir)
    assert run.exit_code == 0, run.output
    text = output_text(out / "nota-a.pdf")
    assert "Karin Bakker" in text  # turned into keep
    assert "12 maart 2024" not in text  # under the drawn box
    assert "k.bakker@minbzk.nl" not in text and "06-12345678" not in text  # still redacted
    assert "Hugo Veldkamp" in text and "Mevrouw Bakker" not in text
