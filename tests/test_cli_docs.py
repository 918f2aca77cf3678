"""Every command a user can run is documented in the README (as sqlite-utils checks)."""

from __future__ import annotations

from pathlib import Path

import click

from woo_pipeline.cli import main

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "woo-pipeline") -> list[str]:
    names = []
    for name, command in group.commands.items():
        full = f"{prefix} {name}"
        if isinstance(command, click.Group):
            names.extend(_commands(command, full))
        else:
            names.append(full)
    return names


def test_every_command_is_in_the_readme():
    commands = _commands(main)
    assert len(commands) >= 10
    missing = [c for c in commands if c not in README]
    assert not missing, f"not documented in README.md: {missing}"


def test_every_exit_code_is_in_the_readme():
    from woo_pipeline import errors

    codes = [v for k, v in vars(errors).items() if k.startswith("EXIT_") and isinstance(v, int)]
    for code in codes:
        assert f"| {code} |" in README, code


def test_files_the_readme_points_to_exist():
    """`out/<name>.pdf` in the README is the redacted `samples/<name>.pdf`."""
    import re

    root = Path(__file__).resolve().parent.parent
    for name in re.findall(r"out/([\w.-]+\.pdf)", README):
        assert (root / "samples" / name).exists(), name
