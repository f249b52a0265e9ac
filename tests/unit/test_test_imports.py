"""Tests share plain helpers through tests/harness.py and use the benchmarks' public names."""

from __future__ import annotations

import ast
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
        elif isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
    return names


def forbidden_imports(root: Path) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for name in _imports(path):
            parts = name.split(".")
            if "conftest" in parts or (parts[0] == "benchmarks" and len(parts) > 1):
                found.append(f"{path.relative_to(root)}: {name}")
            if name == "bot.bench" or name.startswith("bot.bench."):
                found.append(f"{path.relative_to(root)}: {name}")
    return found


def test_no_test_imports_a_conftest_or_a_private_benchmark_module() -> None:
    assert forbidden_imports(TESTS) == []


def test_the_check_finds_such_imports(tmp_path: Path) -> None:
    (tmp_path / "test_x.py").write_text(
        "from tests.integration.conftest import Harness\n"
        "import benchmarks._people\n"
        "from benchmarks import sincere_answer\n"
    )
    assert forbidden_imports(tmp_path) == [
        "test_x.py: tests.integration.conftest",
        "test_x.py: benchmarks._people",
    ]
