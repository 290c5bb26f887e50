"""Transcript sessions for the generators of JSON test fixtures (`gen_*.py`).

A session is a list of lines run in one namespace, each as if typed at
CPython's interactive prompt (the semantics of
`tools/conformance/cpython_transcript.py`): the output of a line is what
CPython prints for it -- the repr of an expression's value (nothing for None),
what print() writes, or `ExcType: message` when it raises -- without the final
newline, and with object addresses (`<... at 0x7f...>`) written `0x?`. The tests look a line up in
its session (helpers `transcript(...)` in the packages' test folders) and
compare what the TypeScript code gives with CPython's output.

Generators import this with `sys.path.insert(0, <repo>/tools)`.
"""
import contextlib
import io
import json
import re
import sys
import traceback
import warnings

ADDR = re.compile(r"(?<= at )0x[0-9a-fA-F]+")  # object addresses only, not 0xff in messages


def run_session(lines):
    """[[line, output], ...] for the lines of one session."""
    ns = {"__name__": "__main__"}
    rows = []
    for line in lines:
        out = io.StringIO()
        saved = sys.displayhook
        sys.displayhook = lambda v: (v is not None) and print(repr(v))
        try:
            with contextlib.redirect_stdout(out), warnings.catch_warnings():
                warnings.simplefilter("ignore")
                try:
                    exec(compile(line + "\n", "<stdin>", "single"), ns)
                except BaseException as e:  # noqa: BLE001 - transcript semantics
                    print(traceback.format_exception_only(type(e), e)[-1].rstrip())
        finally:
            sys.displayhook = saved
        text = out.getvalue()
        rows.append([line, ADDR.sub("0x?", text[:-1] if text.endswith("\n") else text)])
    return rows


def write_sessions(path, sessions, **extra):
    """Writes {"sessions": {name: [[line, output], ...]}, **extra} as JSON to path."""
    data = {"sessions": {name: run_session(lines) for name, lines in sessions.items()}, **extra}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=1, ensure_ascii=False)
        f.write("\n")
