#!/usr/bin/env python3
"""Writes examples/cext/NAME.out: CPython's transcript of NAME.py, with NAME.c
built by gcc against CPython 3.11's own headers (the native oracle).

usage: python3 examples/cext/regen.py [NAME...]   (default: every NAME.c here)
"""
import os, pathlib, subprocess, sys, sysconfig, tempfile

here = pathlib.Path(__file__).resolve().parent
runner = here.parent.parent / "tools" / "conformance" / "cpython_transcript.py"


def build(c: pathlib.Path, out: pathlib.Path) -> None:
    inc = sysconfig.get_paths()["include"]
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-Wall", f"-I{inc}", str(c), "-o", str(out / (c.stem + suffix))], check=True)


def main(names):
    cs = [here / f"{n}.c" for n in names] if names else sorted(here.glob("*.c"))
    with tempfile.TemporaryDirectory() as tmp:
        for c in cs:
            build(c, pathlib.Path(tmp))
        env = dict(os.environ, PYTHONPATH=tmp)
        for c in cs:
            case = c.with_suffix(".py")
            r = subprocess.run([sys.executable, str(runner), str(case)], env=env, check=True, capture_output=True, text=True)
            case.with_suffix(".out").write_text(r.stdout)
            print(f"wrote {case.with_suffix('.out').relative_to(here.parent.parent)}")


if __name__ == "__main__":
    main(sys.argv[1:])
