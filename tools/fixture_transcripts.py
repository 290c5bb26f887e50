"""Transcript sessions for the generators of JSON test fixtures (`gen_*.py`).

A session is a list of lines run in one namespace, each as if typed at
CPython's interactive prompt (the semantics of
`tools/conformance/cpython_transcript.py`): the output of a line is what
CPython prints for it -- the repr of an expression's value (nothing for None),
what print() writes, or `ExcType: message` when it raises -- without the final
newline, and with object addresses (`<... at 0x7f...>`) written `0x?`. The tests look a line up in
its session (helpers `transcript(...)` in the packages' test folders) and
compare what the TypeScript code gives with CPython's output.

A package's `test/fixtures/gen_transcripts.py` lists its sessions as a dict
{name: source text, one line a line} and ends with
`write_beside(__file__, split_lines(S))`; it imports this module with

    HERE = os.path.dirname(os.path.abspath(__file__))
    sys.dont_write_bytecode = True  # no __pycache__ in tools/
    sys.path.insert(0, os.path.join(HERE, "..", "..", "..", "..", "tools"))

Run one as `python3 gen_transcripts.py` from any directory; `pnpm fixtures`
(tools/fixtures.py) runs them all.
"""
import contextlib
import io
import json
import os
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


def split_lines(sources):
    """{name: [line, ...]} of {name: source text}: the text's lines, without the blank first and last."""
    return {name: src.strip("\n").split("\n") for name, src in sources.items()}


def write_beside(script, sessions):
    """Writes the sessions to transcripts.json in the folder of the generator `script` (its __file__)."""
    write_sessions(os.path.join(os.path.dirname(os.path.abspath(script)), "transcripts.json"), sessions)
    print("wrote transcripts.json")
