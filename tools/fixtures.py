#!/usr/bin/env python3
"""Regenerates every CPython-written fixture in the repository.

- every `gen_*.py` under `packages/*/test/fixtures/`, `apps/*/test/fixtures/`
  and `fuzz/test/fixtures/` is run with python3 from its own folder (each
  writes its JSON beside itself);
- the C-extension oracles, which build C with gcc against CPython 3.11's own
  headers: `examples/cext/regen.py` (every `examples/cext/*.out`),
  `packages/capi/test/c/groups/regen.py` (every `expected/g_*.txt`) and
  `docs/learn/regen.py` (the learn track's `.out` files);
- every conformance case `apps/minipy/test/conformance/cases/*.py` gets its
  `.out` rewritten by the reference runner `tools/conformance/cpython_transcript.py`
  (what `apps/minipy/test/conformance/regen.py` does without copying the
  shared corpus in).

usage: python3 tools/fixtures.py           regenerate in place (`pnpm fixtures`)
       python3 tools/fixtures.py --check   regenerate, report every fixture that
                                           changed, put the committed files back,
                                           exit 1 if any changed (`pnpm verify`)

Needs CPython 3.11: the fixtures are 3.11's answers, another version would
rewrite them (messages differ), so it refuses to run on any other.
"""
import concurrent.futures
import difflib
import os
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parents[1]
RUNNER = ROOT / "tools" / "conformance" / "cpython_transcript.py"
CASES = ROOT / "apps" / "minipy" / "test" / "conformance" / "cases"
GLOBS = ["packages/*/test/fixtures/gen_*.py", "apps/*/test/fixtures/gen_*.py", "fuzz/test/fixtures/gen_*.py"]
OUTPUT_SUFFIXES = {".json", ".out"}
# Generators outside the gen_*.py folders: (script, the files it writes).
C_ORACLES = [
    ("examples/cext/regen.py", "examples/cext/*.out"),
    ("packages/capi/test/c/groups/regen.py", "packages/capi/test/c/groups/expected/*.txt"),
    ("docs/learn/regen.py", "docs/learn/*/*.out"),
]


def generators():
    return sorted({p for g in GLOBS for p in ROOT.glob(g)})


def fixture_files():
    """Every file a generator or the runner writes (what --check compares)."""
    files = [p for d in {g.parent for g in generators()} for p in d.iterdir() if p.suffix in OUTPUT_SUFFIXES]
    files += CASES.glob("*.out")
    for _, written in C_ORACLES:
        files += ROOT.glob(written)
    return sorted(files)


def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    if p.returncode != 0:
        raise SystemExit(f"fixtures: {' '.join(map(str, cmd))} failed (exit {p.returncode}) in {cwd}\n{p.stderr}")
    return cmd


def regenerate():
    jobs = [([sys.executable, g.name], g.parent) for g in generators()]
    jobs += [([sys.executable, str(ROOT / script)], ROOT) for script, _ in C_ORACLES]
    jobs.append(([sys.executable, str(RUNNER), "--write", str(CASES)], ROOT))
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for f in [pool.submit(run, cmd, cwd) for cmd, cwd in jobs]:
            f.result()
    return len(jobs) - 1


def main(argv):
    if sys.version_info[:2] != (3, 11):
        print(f"fixtures: need CPython 3.11 as python3, this is {sys.version.split()[0]}", file=sys.stderr)
        return 2
    check = "--check" in argv
    t0 = time.time()
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in fixture_files()}
    cases_py = {p.stem for p in CASES.glob("*.py")}
    n = regenerate()
    after = {p: p.read_bytes() for p in fixture_files()}
    changed = sorted(p for p in after if before.get(p, (None,))[0] != after[p])
    stale = sorted(p for p, (_, m) in before.items() if p.exists() and p.stat().st_mtime_ns == m)
    stale += sorted(p for p in CASES.glob("*.out") if p.stem not in cases_py)
    rel = lambda p: p.relative_to(ROOT)  # noqa: E731
    for p in changed:
        old = before[p][0].decode(errors="replace").splitlines() if p in before else []
        new = after[p].decode(errors="replace").splitlines()
        diff = list(difflib.unified_diff(old, new, f"a/{rel(p)}", f"b/{rel(p)}", lineterm="", n=1))
        print("\n".join(d[:200] for d in diff[:20]) + ("\n..." if len(diff) > 20 else ""))
    for p in stale:
        print(f"fixtures: {rel(p)} is not written by any generator (remove it or generate it)")
    if check:  # leave the working tree as it was
        for p in changed:
            if p in before:
                p.write_bytes(before[p][0])
            else:
                p.unlink()
    what = f"{n} generators + {len(cases_py)} conformance cases in {time.time() - t0:.1f}s"
    if changed or stale:
        print(f"fixtures: {len(changed)} changed, {len(stale)} not generated ({what})"
              + ("; run `pnpm fixtures` with CPython 3.11 and commit the result" if check else ""))
        return 1 if check or stale else 0
    print(f"fixtures: all up to date ({what})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
