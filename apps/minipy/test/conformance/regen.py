#!/usr/bin/env python3
"""Regenerates every .out in cases/ from CPython through the reference runner
(tools/conformance/cpython_transcript.py, from the repository root).

usage: python3 regen.py [SHARED_CONFORMANCE_DIR]
With SHARED_CONFORMANCE_DIR (the shared corpus, e.g. /work/shared/conformance),
its public/*.py cases are first copied into cases/. Cases that exist only here
(x-*, y-*, fuzz-*: see cases/README.md) are kept and re-generated too.
`pnpm fixtures` (tools/fixtures.py) does the regeneration part with the rest
of the repository's fixtures.
"""
import pathlib, shutil, subprocess, sys

here = pathlib.Path(__file__).resolve().parent
cases = here / "cases"
runner = here.parents[3] / "tools" / "conformance" / "cpython_transcript.py"

cases.mkdir(exist_ok=True)
if len(sys.argv) > 1:
    shared = pathlib.Path(sys.argv[1])
    srcs = sorted((shared / "public").glob("*.py"))
    if not srcs:
        sys.exit(f"regen: no cases in {shared / 'public'}")
    for src in srcs:
        shutil.copyfile(src, cases / src.name)
subprocess.run([sys.executable, str(runner), "--write", str(cases)], check=True)
print(f"{len(list(cases.glob('*.py')))} cases in {cases}")
