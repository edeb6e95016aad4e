#!/usr/bin/env python3
"""Every repository path a comment or a document cites must exist (issue 7, item 9).

Scans Porter's sources, scripts and docs for tokens such as `docs/door-protocol.md`,
`core/store/database.h` or `scripts/test`, and fails listing each one that names no file or folder
in the repository. Paths inside build trees and generated names are not citations.
"""
import os
import re
import sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
TOP = r"(?:docs|core|ui|app|tests|scripts|packaging|cmake|translations|resources|\.ci)"
CITATION = re.compile(r"(?<![\w/.-])(" + TOP + r"/[A-Za-z0-9_.\-/]*[A-Za-z0-9_])")
SCANNED = (".h", ".cpp", ".cmake", ".txt", ".md", ".sql", ".py", ".sh", "")
SKIP_DIRS = {".git", "build", "build-bench", "build-fuzz", "node_modules"}
def exists(path):
    """A citation names a file or folder from the repository root, or from core/ the way an
    #include does ("store/database.h", "app/backend.h"); `ui/mainwindow` or `core/app/Backend` may
    name a source pair by its stem or class; `translations/porter_` is a file-name prefix."""
    path = path.rstrip(".")
    if "*" in path:
        return True
    for base in (ROOT, os.path.join(ROOT, "core")):
        full = os.path.join(base, path)
        if os.path.exists(full):
            return True
        head, tail = os.path.split(full)
        for ext in (".h", ".cpp", ".md"):
            if os.path.exists(full + ext) or os.path.exists(os.path.join(head, tail.lower() + ext)):
                return True
        if tail.endswith("_") and os.path.isdir(head) and any(f.startswith(tail) for f in os.listdir(head)):
            return True
    return False

def scanned_files():
    for top in ("core", "ui", "app", "tests", "scripts", "docs", "cmake", "packaging", "translations", ".ci"):
        for dirpath, dirnames, filenames in os.walk(os.path.join(ROOT, top)):
            dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith("build")]
            for f in filenames:
                if os.path.splitext(f)[1] in SCANNED:
                    yield os.path.join(dirpath, f)
    for f in ("README.md", "CONTRIBUTING.md", "CMakeLists.txt"):
        yield os.path.join(ROOT, f)

missing = []
for path in scanned_files():
    rel = os.path.relpath(path, ROOT)
    if rel == os.path.join("tests", "layers", "cited_paths.py"):
        continue
    try:
        text = open(path, encoding="utf-8").read()
    except (UnicodeDecodeError, FileNotFoundError):
        continue
    for lineno, line in enumerate(text.splitlines(), 1):
        for m in CITATION.finditer(line):
            cited = m.group(1)
            if not exists(cited):
                missing.append(f"{rel}:{lineno}: cites {cited}, which does not exist")
for m in missing:
    print(m)
print(f"{len(missing)} citation(s) of missing paths")
sys.exit(1 if missing else 0)
