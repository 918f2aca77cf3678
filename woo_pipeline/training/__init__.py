"""Build, train and evaluate the Dutch NER pipeline shipped in `models/nl_woo_ner`.

Everything here runs offline: name lists come from installed packages (deduce, Faker), the text
around them from templates written for this project (`templates.py`). The steps:

1. `names.split_names` divides first names and surnames into train / tune / held-out parts,
   before any text is generated, so the held-out evaluation only sees names never trained on.
2. `corpus.generate_docs` renders nota fragments (header fields, running text, e-mail threads,
   signature blocks) with PER / ORG / LOC spans.
3. `train.train_model` writes the corpora to a work directory and runs spaCy's trainer with the
   config shipped here (`ner.cfg`).
4. `evaluate` scores a pipeline on the held-out-names split and on labelled sample PDFs.
"""

from __future__ import annotations

from pathlib import Path


def _default_model_dir() -> Path:
    """models/nl_woo_ner of the checkout this package runs from (editable install), else of the
    current folder (the package was installed elsewhere and models/ is not inside it)."""
    checkout = Path(__file__).resolve().parents[2] / "models"
    base = checkout if checkout.is_dir() else Path.cwd() / "models"
    return base / "nl_woo_ner"


DEFAULT_MODEL_DIR = _default_model_dir()
CONFIG_PATH = Path(__file__).with_name("ner.cfg")

LABELS: tuple[str, ...] = ("PER", "ORG", "LOC")

# How the detection module maps the model's labels onto Presidio's entity types.
PRESIDIO_ENTITY_MAPPING: dict[str, str] = {
    "PER": "PERSON",
    "ORG": "ORGANIZATION",
    "LOC": "LOCATION",
}
