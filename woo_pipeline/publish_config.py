"""The `[publish]` table of the project's TOML configuration (./woo-pipeline.toml or --config).

```toml
[publish]
# The organisation that publishes: a TOOI URI from the DiWoo organisation lists, and its name.
publisher_uri = "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034"
publisher_label = "ministerie van Binnenlandse Zaken en Koninkrijksrelaties"
# Woo information category: a TOOI code, URI or label (default: inspanningsverplichting
# art 3.1 Woo; see diwoo.py for why).
information_category = "c_816e508d"
# Optional: validate every DiWoo XML against this XSD before it is written (needs xmlschema).
# A relative path is relative to this file.
diwoo_xsd = "../shared/reference/diwoo/diwoo-metadata-offline.xsd"
```

Command-line options override the file. With neither, the publisher is the Ministry of the
Interior (BZK), the body this tool was first built for, and the CLI says so on stderr.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

import tomllib

from woo_pipeline.config import DEFAULT_CONFIG_NAME, ConfigError
from woo_pipeline.diwoo import (
    DEFAULT_INFORMATION_CATEGORY,
    DiwooError,
    Organisation,
    check_organisation,
    resolve_information_category,
)

DEFAULT_PUBLISHER = Organisation(
    "https://identifier.overheid.nl/tooi/id/ministerie/mnre1034",
    "ministerie van Binnenlandse Zaken en Koninkrijksrelaties",
)
KNOWN_KEYS = {"publisher_uri", "publisher_label", "information_category", "diwoo_xsd"}


@dataclass(frozen=True)
class PublishConfig:
    publisher: Organisation = DEFAULT_PUBLISHER
    publisher_is_default: bool = True
    information_category: str = DEFAULT_INFORMATION_CATEGORY
    diwoo_xsd: Path | None = None


def load_publish_config(path: Path | None = None) -> PublishConfig:
    """The `[publish]` settings from `path`, or ./woo-pipeline.toml, or the defaults."""
    if path is None:
        path = Path.cwd() / DEFAULT_CONFIG_NAME
        if not path.exists():
            return PublishConfig()
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read the configuration {path}: {exc}") from exc
    table = data.get("publish", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [publish] must be a table")
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown key(s) in [publish]: {', '.join(unknown)}; "
                          f"known are {', '.join(sorted(KNOWN_KEYS))}")
    xsd = table.get("diwoo_xsd")
    try:
        return with_overrides(
            PublishConfig(),
            publisher_uri=table.get("publisher_uri"),
            publisher_label=table.get("publisher_label"),
            information_category=table.get("information_category"),
            diwoo_xsd=(Path(path).parent / xsd) if xsd else None,
        )
    except DiwooError as err:
        raise ConfigError(f"{path}: [publish] {err}") from err


def with_overrides(config: PublishConfig, *, publisher_uri: str | None = None,
                   publisher_label: str | None = None, information_category: str | None = None,
                   diwoo_xsd: Path | None = None) -> PublishConfig:
    """`config` with the given settings replaced, checked; DiwooError says what is wrong."""
    if publisher_uri or publisher_label:
        if not publisher_uri:
            raise DiwooError("a publisher label needs its TOOI URI too (publisher_uri / "
                             "--publisher-uri)")
        label = publisher_label
        if not label:
            if publisher_uri != DEFAULT_PUBLISHER.uri:
                raise DiwooError("give the publisher's name with its URI (publisher_label / "
                                 "--publisher-label)")
            label = DEFAULT_PUBLISHER.label
        publisher = Organisation(publisher_uri.strip(), label.strip())
        check_organisation(publisher)
        config = replace(config, publisher=publisher, publisher_is_default=False)
    if information_category:
        config = replace(config,
                         information_category=resolve_information_category(information_category))
    if diwoo_xsd is not None:
        if not Path(diwoo_xsd).is_file():
            raise DiwooError(f"the DiWoo XSD {diwoo_xsd} does not exist")
        config = replace(config, diwoo_xsd=Path(diwoo_xsd))
    return config
