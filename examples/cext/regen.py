#!/usr/bin/env python3
"""Writes examples/cext/NAME.out: CPython's transcript of NAME.py, with every
NAME.c here built by gcc against CPython 3.11's own headers (the native oracle),
so a transcript may import several of the examples. A C file may have more
transcripts, NAME-PART.py (e.g. cases that wait on a runtime feature).

usage: python3 examples/cext/regen.py [NAME...]   (default: every transcript here;
       NAME selects NAME.py and NAME-*.py)
"""
import os, pathlib, subprocess, sys, sysconfig, tempfile

here = pathlib.Path(__file__).resolve().parent
runner = here.parent.parent / "tools" / "conformance" / "cpython_transcript.py"


def build(c: pathlib.Path, out: pathlib.Path) -> None:
    inc = sysconfig.get_paths()["include"]
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-Wall", f"-I{inc}", str(c), "-o", str(out / (c.stem + suffix))], check=True)


def main(names):
    cs = sorted(here.glob("*.c"))
    stems = names or [c.stem for c in cs]
    cases = sorted(p for p in here.glob("*.py") if p.name != "regen.py" and p.stem.split("-")[0] in stems)
    with tempfile.TemporaryDirectory() as tmp:
        for c in cs:
            build(c, pathlib.Path(tmp))
        env = dict(os.environ, PYTHONPATH=tmp)
        for case in cases:
            r = subprocess.run([sys.executable, str(runner), str(case)], env=env, check=True, capture_output=True, text=True)
            case.with_suffix(".out").write_text(r.stdout)
            print(f"wrote {case.with_suffix('.out').relative_to(here.parent.parent)}")


if __name__ == "__main__":
    main(sys.argv[1:])
