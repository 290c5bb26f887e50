#!/usr/bin/env python3
"""Writes the learn track's expected outputs from CPython 3.11 (the native oracle):
every chapter's example NAME.c, and every exerciseN_fixed.c (as module exerciseN),
is built by gcc against CPython's own headers; then each chapter's NAME.py and
exerciseN.py transcript is run by tools/conformance/cpython_transcript.py and its
output written beside it as NAME.out / exerciseN.out.

usage: python3 docs/learn/regen.py        (run by `pnpm fixtures`, tools/fixtures.py)
"""
import os
import pathlib
import shutil
import subprocess
import sys
import sysconfig
import tempfile

here = pathlib.Path(__file__).resolve().parent
runner = here.parent.parent / "tools" / "conformance" / "cpython_transcript.py"


def build(c: pathlib.Path, module: str, out: pathlib.Path) -> None:
    inc = sysconfig.get_paths()["include"]
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    src = out / f"{module}.c"
    shutil.copyfile(c, src)
    subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-Wall", "-Werror", f"-I{inc}", str(src),
                    "-o", str(out / (module + suffix))], check=True)


def main() -> None:
    for chapter in sorted(p for p in here.iterdir() if p.is_dir() and p.name[:2].isdigit()):
        with tempfile.TemporaryDirectory() as tmp:
            t = pathlib.Path(tmp)
            cases = []
            for c in sorted(chapter.glob("*.c")):
                if c.stem.startswith("exercise") and c.stem.endswith("_fixed"):
                    module = c.stem[: -len("_fixed")]
                elif c.stem.startswith("exercise"):
                    continue  # the buggy file: never run natively
                else:
                    module = c.stem
                build(c, module, t)
                cases.append(chapter / f"{module}.py")
            env = dict(os.environ, PYTHONPATH=tmp)
            for case in cases:
                r = subprocess.run([sys.executable, str(runner), str(case)], env=env, check=True,
                                   capture_output=True, text=True)
                case.with_suffix(".out").write_text(r.stdout)
                print(f"wrote {case.with_suffix('.out').relative_to(here.parent.parent)}")


if __name__ == "__main__":
    main()
