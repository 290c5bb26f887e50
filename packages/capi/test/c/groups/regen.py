#!/usr/bin/env python3
"""Writes expected/g_NAME.txt: the report of g_NAME.run() under CPython 3.11,
with g_NAME.c built by gcc against CPython's own headers (the native oracle).
test/c-groups.test.ts compares the same C built by pyobj-cc and run on the
wasm runtime with it.

usage: python3 packages/capi/test/c/groups/regen.py [g_NAME...]   (default: all)
"""
import importlib, os, re, pathlib, subprocess, sys, sysconfig, tempfile

here = pathlib.Path(__file__).resolve().parent


def normalize(line):
    """Addresses, and where CPython's SystemError names its own source line."""
    line = re.sub(r"0x[0-9a-fA-F]+", "0x?", line)
    return re.sub(r"!SystemError: .*bad argument to internal function.*", "!SystemError: bad argument to internal function", line)


def main(names):
    cs = [here / f"{n}.c" for n in names] if names else sorted(here.glob("g_*.c"))
    inc = sysconfig.get_paths()["include"]
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    (here / "expected").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for c in cs:
            subprocess.run(["gcc", "-shared", "-fPIC", "-O1", "-Wall", "-Wno-unused-function", f"-I{inc}", str(c),
                            "-o", os.path.join(tmp, c.stem + suffix)], check=True)
        sys.path.insert(0, tmp)
        for c in cs:
            lines = importlib.import_module(c.stem).run()
            out = here / "expected" / f"{c.stem}.txt"
            out.write_text("".join(normalize(line) + "\n" for line in lines))
            print(f"wrote {out.relative_to(here)} ({len(lines)} checks)")


if __name__ == "__main__":
    main(sys.argv[1:])
