#!/usr/bin/env python3
"""Batch driver for the differential fuzzer: many transcript programs, one python3.

Protocol: one JSON object per line on stdin, {"id": N, "src": "..."}; for each,
one JSON line on stdout, {"id": N, "out": "..."}, where "out" is exactly what
the reference runner (conformance/tools/cpython_transcript.py) prints for the
program as a case file. Each program runs in a fresh namespace.

The reference runner is imported when it can be found (PYOBJ_TRANSCRIPT_RUNNER,
or ../shared/conformance/tools beside the repository); otherwise `run_src`
below, a copy of its logic, is used.
"""
import contextlib
import io
import json
import os
import pathlib
import re
import sys
import tempfile
import traceback

ADDR = re.compile(r"0x[0-9a-fA-F]+")


def run_src(src):
    """The reference runner's `run`, on a string (same lines, same output)."""
    out = io.StringIO()
    ns = {"__name__": "__main__"}
    with contextlib.redirect_stdout(out):
        saved = sys.displayhook
        sys.displayhook = lambda v: (v is not None) and print(repr(v))
        try:
            for line in src.splitlines():
                if not line.strip() or line.lstrip().startswith("#"):
                    continue
                try:
                    exec(compile(line + "\n", "<stdin>", "single"), ns)
                except BaseException as e:  # noqa: BLE001 - transcript semantics
                    print(traceback.format_exception_only(type(e), e)[-1].rstrip())
        finally:
            sys.displayhook = saved
    return ADDR.sub("0x?", out.getvalue())


def find_reference():
    """The reference runner module, or None."""
    here = pathlib.Path(__file__).resolve()
    candidates = []
    if os.environ.get("PYOBJ_TRANSCRIPT_RUNNER"):
        candidates.append(pathlib.Path(os.environ["PYOBJ_TRANSCRIPT_RUNNER"]))
    # fuzz/src/diff/cpython_batch.py -> <repo>/tools/conformance (a copy of the shared reference runner)
    candidates.append(here.parents[3] / "tools" / "conformance" / "cpython_transcript.py")
    for c in candidates:
        if c.is_file():
            sys.path.insert(0, str(c.parent))
            try:
                import cpython_transcript  # noqa: PLC0415

                return cpython_transcript
            except Exception:  # noqa: BLE001
                return None
            finally:
                sys.path.pop(0)
    return None


def main():
    ref = find_reference()
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyobj-fuzz-")) / "case.py"
    proto = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        if ref is not None:
            tmp.write_text(req["src"])
            out = ref.run(tmp)
        else:
            out = run_src(req["src"])
        proto.write(json.dumps({"id": req["id"], "out": out}) + "\n")
        proto.flush()


if __name__ == "__main__":
    main()
