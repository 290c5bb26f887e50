#!/usr/bin/env python3
"""Batch driver for the differential fuzzer: many transcript programs, one python3.

usage: cpython_batch.py RUNNER   (RUNNER: the reference transcript runner,
tools/conformance/cpython_transcript.py, which this imports and never copies)

Protocol: one JSON object per line on stdin, {"id": N, "src": "..."}; for each,
one JSON line on stdout, {"id": N, "out": "..."}, where "out" is exactly what
the reference runner's `run` prints for the program as a case file. Each
program runs in a fresh namespace.
"""
import importlib.util
import json
import pathlib
import sys
import tempfile


def load_runner(path):
    """The reference runner module at `path`."""
    spec = importlib.util.spec_from_file_location("cpython_transcript", path)
    if spec is None or spec.loader is None:
        sys.exit(f"cpython_batch.py: cannot load the reference runner {path}")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main(argv):
    ref = load_runner(argv[0])
    tmp = pathlib.Path(tempfile.mkdtemp(prefix="pyobj-fuzz-")) / "case.py"
    proto = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        tmp.write_text(req["src"])
        out = ref.run(tmp)
        proto.write(json.dumps({"id": req["id"], "out": out}) + "\n")
        proto.flush()


if __name__ == "__main__":
    main(sys.argv[1:])
