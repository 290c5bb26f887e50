#!/usr/bin/env python3
"""Writes packages/capi/test/heldout/NAME.out: CPython's transcript of NAME.py,
with every NAME.c here built by gcc against CPython 3.11's own headers (the
native oracle). apps/minipy/test/cext-heldout.test.ts builds the same C with
pyobj-cc against our headers, runs NAME.py under minipy and compares.

usage: python3 packages/capi/test/heldout/regen.py [--check] [NAME...]
       (packages/capi/test/thirdparty/regen.py runs the same on its directory)
       --check: write nothing; list the .out files that differ (exit 1 if any)
"""
import concurrent.futures, os, pathlib, subprocess, sys, sysconfig, tempfile

here = pathlib.Path(__file__).resolve().parent
runner = here.parents[3] / "tools" / "conformance" / "cpython_transcript.py"


def main(args, here=here, c_dir=None):
    """c_dir: where the NAME.c files are (default: here, beside the transcripts)."""
    check = "--check" in args
    names = [a for a in args if a != "--check"]
    cs = sorted(pathlib.Path(c_dir or here).glob("*.c"))
    stems = names or [c.stem for c in cs]
    cases = sorted(p for p in here.glob("*.py") if p.name != "regen.py" and p.stem.split("-")[0] in stems)
    inc = sysconfig.get_paths()["include"]
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        def build(c):
            subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-Wall", f"-I{inc}", str(c),
                            "-o", os.path.join(tmp, c.stem + suffix)], check=True)
        with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
            list(pool.map(build, cs))
        env = dict(os.environ, PYTHONPATH=tmp)
        for case in cases:
            r = subprocess.run([sys.executable, str(runner), str(case)], env=env, check=True,
                               capture_output=True, text=True)
            out = case.with_suffix(".out")
            if check:
                if not out.exists() or out.read_text() != r.stdout:
                    stale.append(out.name)
                continue
            out.write_text(r.stdout)
            print(f"wrote {out.name}")
    if stale:
        print("stale: " + " ".join(stale))
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
