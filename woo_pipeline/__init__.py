"""woo-pipeline: detect, review, redact and publish Dutch government notas under the Woo."""

__version__ = "0.1.0"
