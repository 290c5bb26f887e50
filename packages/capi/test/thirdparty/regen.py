#!/usr/bin/env python3
"""Writes packages/capi/test/thirdparty/NAME.out: CPython's transcript of NAME.py
with NAME.c built by gcc against CPython 3.11's own headers. NAME.c is not
stored here: sources.json names where python3's own installation has it
(relative to its stdlib), and it is used from there unchanged. Otherwise the
same as ../heldout/regen.py (which see).

usage: python3 packages/capi/test/thirdparty/regen.py [--check] [NAME...]
"""
import importlib.util, json, pathlib, shutil, sys, sysconfig, tempfile

here = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("heldout_regen", here.parent / "heldout" / "regen.py")
regen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(regen)


def source_path(entry):
    """Where a sources.json entry is: a string is relative to python3's stdlib;
    {"purelib": rel} relative to its site-packages; {"absolute": path} as is."""
    if isinstance(entry, str):
        return pathlib.Path(sysconfig.get_paths()["stdlib"]) / entry
    (base, rel), = entry.items()
    return pathlib.Path(rel) if base == "absolute" else pathlib.Path(sysconfig.get_paths()[base]) / rel


def stage(into):
    """Copies each source named by sources.json to into/NAME.c; a source not
    installed on this machine is skipped (and said so on stderr)."""
    for name, entry in json.loads((here / "sources.json").read_text()).items():
        src = source_path(entry)
        if not src.exists():
            print(f"skipped {name}: {src} is not installed here", file=sys.stderr)
            continue
        shutil.copyfile(src, pathlib.Path(into) / f"{name}.c")


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as src:
        stage(src)
        regen.main(sys.argv[1:], here=here, c_dir=src)
