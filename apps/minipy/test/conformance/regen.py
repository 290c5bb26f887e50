#!/usr/bin/env python3
"""Copies the shared conformance cases into cases/ and regenerates every .out
from CPython through the reference runner (tools/cpython_transcript.py).

usage: python3 regen.py [SHARED_CONFORMANCE_DIR]   (default /work/shared/conformance)
Cases that exist only here (written for minipy) are kept and re-generated too.
"""
import pathlib, shutil, subprocess, sys

here = pathlib.Path(__file__).resolve().parent
cases = here / "cases"
shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/work/shared/conformance")
runner = here.parents[3] / "tools" / "conformance" / "cpython_transcript.py"

cases.mkdir(exist_ok=True)
for src in sorted((shared / "public").glob("*.py")):
    shutil.copyfile(src, cases / src.name)
subprocess.run([sys.executable, str(runner), "--write", str(cases)], check=True)
print(f"{len(list(cases.glob('*.py')))} cases in {cases}")
