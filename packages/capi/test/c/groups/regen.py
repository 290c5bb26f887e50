#!/usr/bin/env python3
"""Writes expected/g_NAME.txt: the report of g_NAME.run() under CPython 3.11,
with g_NAME.c built by gcc against CPython's own headers (the native oracle).
test/c-groups.test.ts compares the same C built by pyobj-cc and run on the
wasm runtime with it.

usage: python3 packages/capi/test/c/groups/regen.py [--check] [g_NAME...]   (default: all)
       --check: write nothing; list the expected files that differ (exit 1 if any)
"""
import concurrent.futures, importlib, os, re, pathlib, subprocess, sys, sysconfig, tempfile

here = pathlib.Path(__file__).resolve().parent


def normalize(line):
    """Addresses, and where CPython's SystemError names its own source line."""
    line = re.sub(r"0x[0-9a-fA-F]+", "0x?", line)
    return re.sub(r"!SystemError: .*bad argument to internal function.*", "!SystemError: bad argument to internal function", line)


def main(names):
    check = "--check" in names
    names = [n for n in names if n != "--check"]
    stale = []
    cs = [here / f"{n}.c" for n in names] if names else sorted(here.glob("g_*.c"))
    inc = sysconfig.get_paths()["include"]
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    (here / "expected").mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        def build(c):
            subprocess.run(["gcc", "-shared", "-fPIC", "-O0", "-Wall", "-Wno-unused-function", f"-I{inc}", str(c),
                            "-o", os.path.join(tmp, c.stem + suffix)], check=True)
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            list(pool.map(build, cs))
        sys.path.insert(0, tmp)
        for c in cs:
            lines = importlib.import_module(c.stem).run()
            out = here / "expected" / f"{c.stem}.txt"
            text = "".join(normalize(line) + "\n" for line in lines)
            if check:
                if not out.exists() or out.read_text() != text:
                    stale.append(str(out.relative_to(here)))
                continue
            out.write_text(text)
            print(f"wrote {out.relative_to(here)} ({len(lines)} checks)")
    if stale:
        print("stale: " + " ".join(stale))
        sys.exit(1)


if __name__ == "__main__":
    # PyErr_WarnEx/PyErr_Print/WriteUnraisable write to stderr: not part of the report.
    main(sys.argv[1:])
