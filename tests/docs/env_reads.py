"""Find the environment variables the code reads, by walking its syntax tree.

Settings read variables through the helpers in ``cms/settings/env.py`` (``env("NAME", …)``,
``env_int(…)``, …); other code uses ``os.environ`` / ``os.getenv``. Both are found here.
"""

import ast
from dataclasses import dataclass
from pathlib import Path

from tests.source_tree import ROOT

ENV_MODULE = ROOT / "cms" / "settings" / "env.py"
ENVIRON_METHODS = {"get", "setdefault"}


@dataclass(frozen=True)
class EnvRead:
    name: str | None  # None when the name is not a literal
    path: str
    line: int

    def __str__(self):
        return f"{self.path}:{self.line}"


def env_helpers() -> set[str]:
    """The public functions of cms/settings/env.py: each one reads the variable it is given."""
    tree = ast.parse(ENV_MODULE.read_text())
    return {
        node.name
        for node in tree.body
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_")
    }


def _is_os_environ(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr == "environ"
        and isinstance(node.value, ast.Name)
        and node.value.id == "os"
    )


def _literal(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _read_name_node(node: ast.AST, helpers: set[str]) -> tuple[bool, ast.AST | None]:
    """(is this node a read of an environment variable, the node holding its name)."""
    if isinstance(node, ast.Call):
        func = node.func
        first = node.args[0] if node.args else None
        if isinstance(func, ast.Name) and func.id in helpers:
            return True, first
        if isinstance(func, ast.Attribute):
            if func.attr in ENVIRON_METHODS and _is_os_environ(func.value):
                return True, first
            if (
                func.attr == "getenv"
                and isinstance(func.value, ast.Name)
                and func.value.id == "os"
            ):
                return True, first
            if (
                func.attr in helpers
                and isinstance(func.value, ast.Name)
                and func.value.id == "env"
            ):
                return True, first
    if (
        isinstance(node, ast.Subscript)
        and isinstance(node.ctx, ast.Load)
        and _is_os_environ(node.value)
    ):
        return True, node.slice
    if (
        isinstance(node, ast.Compare)
        and len(node.ops) == 1
        and isinstance(node.ops[0], ast.In | ast.NotIn)
        and _is_os_environ(node.comparators[0])
    ):
        return True, node.left
    return False, None


def env_reads(relative: Path) -> list[EnvRead]:
    """Every environment variable read in one file (relative to the checkout)."""
    helpers = env_helpers() if relative.parts[:2] == ("cms", "settings") else set()
    tree = ast.parse((ROOT / relative).read_bytes(), filename=str(relative))
    found = []
    for node in ast.walk(tree):
        is_read, name_node = _read_name_node(node, helpers)
        if is_read:
            found.append(EnvRead(_literal(name_node), str(relative), node.lineno))
    return found
