#!/usr/bin/env python3
"""Writes packages/capi/test/thirdparty/NAME.out: CPython's transcript of NAME.py
with NAME.c built by gcc against CPython 3.11's own headers. The same as
../heldout/regen.py (which see), run on this directory.

usage: python3 packages/capi/test/thirdparty/regen.py [--check] [NAME...]
"""
import importlib.util, pathlib, sys

here = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("heldout_regen", here.parent / "heldout" / "regen.py")
regen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(regen)

if __name__ == "__main__":
    regen.main(sys.argv[1:], here=here)
