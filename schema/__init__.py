"""The JSON Schemas of the records, shipped inside the installed package as ``minhbach.schema``.

This folder stays at the repository root (editors find the schemas here for autocompletion);
pyproject.toml maps it into the package (``package-dir``), so ``pip install .`` carries the
same files and the code reads them with ``importlib.resources``. This file only makes the folder
a package; it holds no code.
"""
