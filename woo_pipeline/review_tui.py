"""`woo-pipeline review R`: walk through the findings in the terminal and decide them.

Each finding is shown with its document, page, the line it stands in, why it was found and
what is suggested; one key decides it. Every decision is saved to the review file at once, so
the walk can be left at any point (q, Ctrl-D, Ctrl-C) and started again: it goes on with what
is still pending.

Keys:  r  redact (accept the finding)         k  keep (reject the finding)
       R  redact all occurrences              K  keep all occurrences
       g  redact on another Woo ground        s  skip (decide later)
       t  add a term to redact everywhere     b  add a region (box) of a page to redact
       q  quit                                ?  this help
"All occurrences" means every spelling of the same person in every document of the batch
(`Karin Bakker`, `K. Bakker`, `k.bakker@minbzk.nl`), or else the same text of the same type.
"""

from __future__ import annotations

from pathlib import Path

import click

from woo_pipeline.findings import KEEP, PENDING, REDACT
from woo_pipeline.review import ReviewEntry, ReviewSet, SourceLoader, occurrence_key
from woo_pipeline.vocabulary import DEFAULT_GROUND, WOO_GROUNDS

KEYS = ("r", "k", "R", "K", "g", "s", "t", "b", "q", "?")
HELP = __doc__.split("Keys:", 1)[1].rstrip() if __doc__ else ""


class _Quit(Exception):
    pass


def _ask(text: str, **kwargs) -> str:
    """click.prompt, with end of input and Ctrl-C meaning "stop the review"."""
    try:
        return click.prompt(text, **kwargs)
    except click.Abort:
        raise _Quit() from None


def _ask_ground() -> str:
    return _ask("Woo ground", default=DEFAULT_GROUND,
                type=click.Choice(sorted(WOO_GROUNDS)), show_choices=True)


def _show(reviews: ReviewSet, label: str, entry: ReviewEntry, position: str) -> None:
    f = entry.finding
    click.echo("")
    click.secho(f"── {position} ── {label}, page {f.page + 1} " + "─" * 20, bold=True)
    click.echo(f"{f.entity_type}: " + click.style(f.text, bold=True)
               + f"   ({f.detector}, score {f.score})")
    at = f.context.find(f.text)
    if at >= 0:
        context = (f.context[:at] + "»" + click.style(f.text, reverse=True) + "«"
                   + f.context[at + len(f.text):])
    else:
        context = f.context
    click.echo(f"  context:    {context}")
    click.echo(f"  found by:   {f.explanation}")
    click.echo(f"  suggestion: {f.suggestion}" + (f" ({f.reason})" if f.reason else ""))
    d = entry.decision
    ground = f" on ground {d.ground}" if d.action == REDACT else ""
    who = f", by {d.reviewer}" if d.reviewer else ", not reviewed yet"
    click.echo(f"  decision:   {d.action}{ground}{who}")
    others = reviews.occurrences(occurrence_key(f))
    if len(others) > 1:
        docs = {lbl for lbl, _ in others}
        pending = sum(e.decision.action == PENDING for _, e in others)
        what = "the same person" if f.person_key else "the same text"
        spellings = ""
        person = reviews.register.people.get(f.person_key or "")
        if person is not None:
            spellings = " (" + ", ".join(person.spellings) + ")"
        click.echo(f"  {what}: {len(others)} occurrences in {len(docs)} document(s), "
                   f"{pending} pending{spellings}")


def _prompt_line(count: int) -> str:
    alls = f" [R]/[K] redact/keep all {count}" if count > 1 else ""
    return f"[r]edact [k]eep [s]kip{alls} [g]round [t]erm [b]ox [q]uit [?]"


def _add_term(reviews: ReviewSet, reviewer: str, loader: SourceLoader) -> None:
    term = _ask("Term to redact everywhere in the batch").strip()
    ground = _ask_ground()
    try:
        _, count, unreadable = reviews.add_term(term, ground, reviewer, loader.load)
    except ValueError as err:
        click.echo(f"Not added: {err}")
        return
    click.echo(f"Term added: {count} occurrence(s) will be redacted on ground {ground}.")
    if unreadable:
        click.echo(f"Could not open {', '.join(unreadable)} to show the occurrences there; "
                   "`redact` finds them itself.")


def _add_region(reviews: ReviewSet, reviewer: str, label: str | None) -> None:
    labels = list(reviews.documents)
    if label is None or len(labels) > 1:
        label = _ask("Document", default=label or labels[0], type=click.Choice(labels),
                     show_choices=len(labels) <= 10)
    doc = reviews.document(label)
    page = _ask(f"Page (1-{len(doc.page_sizes)})", type=click.IntRange(1, len(doc.page_sizes)))
    width, height = doc.page_sizes[page - 1]
    raw = _ask(f"Area in points, x0 y0 x1 y1 (the page is {width:.0f} x {height:.0f}; "
               "0 0 is the top left corner)")
    try:
        rect = [float(v) for v in raw.replace(",", " ").split()]
        if len(rect) != 4:
            raise ValueError("give four numbers: x0 y0 x1 y1")
        ground = _ask_ground()
        region = reviews.add_region(label, page - 1, rect, ground, reviewer)
    except ValueError as err:
        click.echo(f"Not added: {err}")
        return
    click.echo(f"Region added on page {region.page + 1} of {label} ({region.ground}).")


def run_review(
    reviews: ReviewSet,
    reviewer: str,
    *,
    walk_all: bool = False,
    document: str | None = None,
    in_dir: Path | None = None,
) -> int:
    """Walk the pending findings (or all with `walk_all`) and decide them; returns the number
    of findings still pending afterwards."""
    if document is not None:
        reviews.document(document)  # KeyError with a clear message for an unknown document
    labels = [document] if document else list(reviews.documents)
    loader = SourceLoader(reviews, in_dir)
    queue = [
        (label, e.finding.id)
        for label in labels
        for e in reviews.documents[label].entries
        if walk_all or e.decision.action == PENDING
    ]
    what = "findings" if walk_all else "pending findings"
    click.echo(f"{len(queue)} {what} to review as {reviewer}. Type ? for help; every decision "
               "is saved at once, q stops.")
    last_label = labels[0] if labels else None
    try:
        for number, (label, fid) in enumerate(queue, start=1):
            entry = reviews.document(label).entry(fid)
            if not walk_all and entry.decision.action != PENDING:
                continue  # decided meanwhile, by a decision for all occurrences
            last_label = label
            _decide_one(reviews, reviewer, label, entry, f"{number}/{len(queue)}", loader)
        _final_menu(reviews, reviewer, last_label, loader)
    except _Quit:
        click.echo("\nStopped; every decision so far is saved. Run the same command to go on.")
    left = len(reviews.pending(document))
    click.echo(f"{left} finding(s) still pending." if left else "Nothing is pending any more.")
    return left


def _decide_one(reviews: ReviewSet, reviewer: str, label: str, entry: ReviewEntry,
                position: str, loader: SourceLoader) -> None:
    while True:
        _show(reviews, label, entry, position)
        count = len(reviews.occurrences(occurrence_key(entry.finding)))
        key = _ask(_prompt_line(count), type=click.Choice(KEYS), show_choices=False,
                   prompt_suffix="\n> ")
        if key == "?":
            click.echo(HELP)
        elif key == "q":
            raise _Quit()
        elif key == "s":
            return
        elif key in ("r", "k"):
            reviews.decide(label, entry.finding.id, REDACT if key == "r" else KEEP, reviewer)
            return
        elif key == "g":
            reviews.decide(label, entry.finding.id, REDACT, reviewer, _ask_ground())
            return
        elif key in ("R", "K"):
            action = REDACT if key == "R" else KEEP
            result = reviews.decide_all(label, entry.finding.id, action, reviewer)
            click.echo(f"{action}: {len(result.changed)} occurrence(s).")
            if result.skipped:
                click.echo(f"{len(result.skipped)} mention(s) as office holder left as they are; "
                           "decide those one by one.")
            return
        elif key == "t":
            _add_term(reviews, reviewer, loader)
        elif key == "b":
            _add_region(reviews, reviewer, label)


def _final_menu(reviews: ReviewSet, reviewer: str, label: str | None,
                loader: SourceLoader) -> None:
    """After the walk: add manual redactions the detector missed, or stop."""
    if not reviews.documents:
        return
    while True:
        key = _ask("\nEnd of the list. Add a manual redaction? [t]erm [b]ox, or [q]uit",
                   type=click.Choice(("t", "b", "q")), show_choices=False, default="q")
        if key == "q":
            return
        if key == "t":
            _add_term(reviews, reviewer, loader)
        else:
            _add_region(reviews, reviewer, label)
