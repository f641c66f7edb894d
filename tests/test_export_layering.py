"""The exports package imports one way: no module imports, at its top or inside a
function, a module that imports it back."""

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import negotiations.exports

PACKAGE = Path(negotiations.exports.__file__).parent


def imports_within_the_package(path):
    """The package's modules a module imports, wherever in it the import stands."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.level == 1:
            if node.module:
                found.add(node.module.split(".")[0])
            else:
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
            "negotiations.exports."
        ):
            found.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("negotiations.exports."):
                    found.add(alias.name.split(".")[2])
    return found


def test_the_exports_package_has_no_import_cycle():
    graph = {
        path.stem: imports_within_the_package(path)
        for path in PACKAGE.glob("*.py")
        if path.stem != "__init__"
    }
    assert graph["postgres"] and graph["writers"], "the graph was read"
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as error:
        raise AssertionError(f"import cycle: {' -> '.join(error.args[1])}") from None


def test_no_module_of_the_exports_package_is_over_600_lines():
    for path in PACKAGE.glob("*.py"):
        assert len(path.read_text().splitlines()) <= 600, path.name
