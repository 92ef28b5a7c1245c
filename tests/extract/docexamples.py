"""Runs the examples in a module's docstrings, read from its source.

doctest.testmod finds docstrings by inspecting the module's objects, and a module mypyc
compiled has functions doctest cannot inspect; so the docstrings are read from the source
file, and the examples run against the module as it is loaded, compiled or not.
"""

from __future__ import annotations

import ast
import doctest
import importlib
from pathlib import Path

_DOCUMENTED = (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)


def source_of(name: str) -> Path:
    """The .py file of module `name`, even when what loads is its compiled form."""
    package, _, last = name.rpartition(".")
    if not package:
        raise ValueError(f"{name} is not inside a package")
    parent = importlib.import_module(package)
    folder = Path(parent.__file__ or "").parent
    module = folder / last / "__init__.py"
    return module if module.is_file() else folder / f"{last}.py"


def run_docstring_examples(name: str) -> doctest.TestResults:
    module = importlib.import_module(name)
    path = source_of(name)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner()
    for node in ast.walk(tree):
        docstring = ast.get_docstring(node) if isinstance(node, _DOCUMENTED) else None
        if not docstring:
            continue
        title = getattr(node, "name", name)
        line = getattr(node, "lineno", 0)
        test = parser.get_doctest(docstring, dict(vars(module)), title, str(path), line)
        runner.run(test)
    return runner.summarize(verbose=False)
