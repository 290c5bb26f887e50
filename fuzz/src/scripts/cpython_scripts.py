#!/usr/bin/env python3
"""Batch driver for the script fuzzer: many programs, one python3.

Protocol: one JSON object per line on stdin, {"id": N, "src": "..."}; for each,
one JSON line on stdout, {"id": N, "stdout": ..., "stderr": ..., "status": ...}:
what `python3 prog.py` would give — its stdout, the last line of its stderr
(the exception line of an uncaught error) and its exit status. Each program
runs as `__main__` in a fresh namespace. Programs that the fuzzer draws raise
no NameError (whose printed line would add a "Did you mean" that
traceback.format_exception_only does not give).
"""
import contextlib
import io
import json
import sys
import traceback


def run(src):
    out = io.StringIO()
    status = 0
    err = ""
    ns = {"__name__": "__main__"}
    with contextlib.redirect_stdout(out):
        try:
            exec(compile(src, "prog.py", "exec"), ns)
        except SystemExit as e:
            code = e.code
            if code is None:
                status = 0
            elif isinstance(code, int):
                status = code
            else:
                err, status = str(code), 1
        except BaseException as e:  # noqa: BLE001 - a script's uncaught error
            err = traceback.format_exception_only(type(e), e)[-1].rstrip("\n")
            status = 1
    return {"stdout": out.getvalue(), "stderr": err, "status": status}


def main():
    sys.setrecursionlimit(1000)
    for line in sys.stdin:
        if not line.strip():
            continue
        req = json.loads(line)
        res = run(req["src"])
        res["id"] = req["id"]
        sys.stdout.write(json.dumps(res) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
