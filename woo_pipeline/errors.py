"""User-facing failures: each carries its exit code and a message that says what to do.

The exit codes are a stable interface (documented in the README):

====  ==============================================================================
code  meaning
====  ==============================================================================
0     every document was processed and verified
1     internal error (a bug): please report it with the traceback
2     usage error (bad option or argument)
3     at least one input was rejected: encrypted, empty, corrupt, not a PDF, too large
4     at least one output failed the leak check and was not delivered
5     at least one document still has pending review decisions and was not redacted
6     at least one document could not be processed (time limit, unexpected PDF error)
7     publication refused (not actief openbaar, failed checks) or archive inconsistent
====  ==============================================================================

When a batch has several kinds of failure, the most serious one decides the exit code, in
this order: 4, 6, 3, 7, 5.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

EXIT_OK = 0
EXIT_INTERNAL = 1
EXIT_USAGE = 2
EXIT_REJECTED = 3
EXIT_VERIFY_FAILED = 4
EXIT_PENDING_REVIEW = 5
EXIT_PROCESSING_FAILED = 6
EXIT_PUBLISH_REFUSED = 7

# Most serious first: a leak is worse than a crash, a crash worse than a refused input.
EXIT_SEVERITY = (
    EXIT_VERIFY_FAILED,
    EXIT_PROCESSING_FAILED,
    EXIT_REJECTED,
    EXIT_PUBLISH_REFUSED,
    EXIT_PENDING_REVIEW,
)


def most_serious(codes: list[int]) -> int:
    """The exit code for a batch: the most serious failure among the documents, else 0."""
    for code in EXIT_SEVERITY:
        if code in codes:
            return code
    return EXIT_INTERNAL if any(c not in (EXIT_OK,) for c in codes) else EXIT_OK


def status_counts(documents: Iterable) -> dict[str, int]:
    """How many documents ended in each status, for batch summaries."""
    return dict(Counter(d.status for d in documents))


class WooPipelineError(Exception):
    """Base class: a failure the user can act on. `str(err)` says what happened and what to do."""

    exit_code = EXIT_INTERNAL
    status = "failed"


class InputRejected(WooPipelineError):
    """The input file cannot be processed safely (encrypted, empty, corrupt, not a PDF, too big)."""

    exit_code = EXIT_REJECTED
    status = "rejected"

    def __init__(self, reason: str, hint: str = "") -> None:
        self.reason = reason
        self.hint = hint
        super().__init__(f"{reason}. {hint}".strip() if hint else reason)


class EncryptedInput(InputRejected):
    def __init__(self) -> None:
        super().__init__(
            "the PDF is encrypted (password protected)",
            "Remove the password with the tool that made it, then run again.",
        )


class EmptyInput(InputRejected):
    def __init__(self) -> None:
        super().__init__("the file is empty (0 bytes)", "Export the nota to PDF again.")


class NotAPdf(InputRejected):
    def __init__(self, what: str = "") -> None:
        found = f" (it looks like {what})" if what else ""
        super().__init__(
            f"the file is not a PDF{found}",
            "Only PDF files are processed; convert it to PDF first.",
        )


class CorruptInput(InputRejected):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"the PDF is damaged: {detail}",
            "Export the nota to PDF again from its source document.",
        )


class TooLarge(InputRejected):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"the PDF is too large: {detail}",
            "Split it, or raise the limit with --max-pages / --max-mb.",
        )


class VerificationFailed(WooPipelineError):
    """The written output still contains something that was to be redacted."""

    exit_code = EXIT_VERIFY_FAILED
    status = "verification_failed"

    def __init__(self, leaks: list[str]) -> None:
        self.leaks = leaks
        super().__init__(
            f"the output still contains {len(leaks)} redacted item(s) in: "
            + ", ".join(sorted(set(leaks)))
            + ". The file was not delivered; report this as a bug."
        )


class ProcessingFailed(WooPipelineError):
    """The document could not be processed (time limit, unexpected PDF library error)."""

    exit_code = EXIT_PROCESSING_FAILED
    status = "failed"


class PendingReview(WooPipelineError):
    """The review file still has findings without a decision."""

    exit_code = EXIT_PENDING_REVIEW
    status = "pending_review"

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(
            f"{count} finding(s) still pending review. Decide them with "
            "`woo-pipeline review`, or pass --pending redact to redact them."
        )


class PublishRefused(WooPipelineError):
    exit_code = EXIT_PUBLISH_REFUSED
    status = "refused"
