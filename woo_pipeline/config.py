"""User configuration: allow and deny lists, limits. Read from a TOML file.

```toml
[lists]
allow = ["Hugo Veldkamp"]        # names/terms that always stay (office holders, public figures)
deny = ["Project Zeemeeuw"]      # terms that are always redacted

[limits]
max_pages = 500                  # a larger PDF is rejected (exit code 3)
max_mb = 200
timeout_seconds = 300            # per file

[detection]
redact_threshold = 0.5
```
The file is looked up at --config, else ./woo-pipeline.toml if present.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import tomllib

from woo_pipeline.detect import DEFAULT_MODEL_DIR, REDACT_THRESHOLD, DetectionConfig

DEFAULT_CONFIG_NAME = "woo-pipeline.toml"


@dataclass
class Limits:
    max_pages: int = 500
    max_mb: float = 200.0
    timeout_seconds: float = 300.0


@dataclass
class PipelineConfig:
    detection: DetectionConfig = field(default_factory=DetectionConfig)
    limits: Limits = field(default_factory=Limits)


class ConfigError(ValueError):
    pass


def load_config(path: Path | None = None) -> PipelineConfig:
    """The configuration from `path`, or ./woo-pipeline.toml, or the defaults."""
    if path is None:
        candidate = Path.cwd() / DEFAULT_CONFIG_NAME
        if not candidate.exists():
            return PipelineConfig()
        path = candidate
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read the configuration {path}: {exc}") from exc
    lists = data.get("lists", {})
    limits = data.get("limits", {})
    detection = data.get("detection", {})
    for key in ("allow", "deny"):
        if not isinstance(lists.get(key, []), list):
            raise ConfigError(f"{path}: [lists] {key} must be a list of strings")
    model_dir = detection.get("model_dir")
    return PipelineConfig(
        detection=DetectionConfig(
            allow=[str(x) for x in lists.get("allow", [])],
            deny=[str(x) for x in lists.get("deny", [])],
            model_dir=Path(model_dir) if model_dir else DEFAULT_MODEL_DIR,
            redact_threshold=float(detection.get("redact_threshold", REDACT_THRESHOLD)),
        ),
        limits=Limits(
            max_pages=int(limits.get("max_pages", 500)),
            max_mb=float(limits.get("max_mb", 200.0)),
            timeout_seconds=float(limits.get("timeout_seconds", 300.0)),
        ),
    )
