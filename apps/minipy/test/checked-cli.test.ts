/**
 * `minipy --checked`: checked mode for the whole run, reports on stderr as they happen,
 * a summary (and any leak) at exit; `sys.argv` from the command line. A C extension's
 * misuse is tested by the learn track (docs/learn, tools/learn), which runs buggy C.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isCheckedMode, setCheckedMode } from "@py/object";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../src/cli.js";

function capture(): { out: () => string; err: () => string } {
  let out = "";
  let err = "";
  vi.spyOn(process.stdout, "write").mockImplementation((s: string | Uint8Array) => {
    out += String(s);
    return true;
  });
  vi.spyOn(process.stderr, "write").mockImplementation((s: string | Uint8Array) => {
    err += String(s);
    return true;
  });
  return { out: () => out, err: () => err };
}

const dir = mkdtempSync(join(tmpdir(), "minipy-checked-"));

afterEach(() => {
  vi.restoreAllMocks();
  setCheckedMode(false);
});

describe("minipy --checked", () => {
  it("turns checked mode on and reports a clean run at exit", async () => {
    const f = join(dir, "clean.py");
    writeFileSync(
      f,
      "import sys\nb = bytearray(b'ab')\nm = memoryview(b)\nprint(sys.argv[1:], m.tolist())\n",
    );
    const c = capture();
    const rc = await main(["--checked", f, "x", "y"]);
    expect(rc).toBe(0);
    expect(isCheckedMode()).toBe(true);
    expect(c.out()).toBe("['x', 'y'] [97, 98]\n");
    expect(c.err()).toBe("minipy --checked: no misuse reports, no leaks at exit\n");
  });

  it("sys.argv is ['-c', ...] for -c, the file for a script, as in CPython", async () => {
    const c = capture();
    expect(await main(["-c", "import sys; print(sys.argv)", "a"])).toBe(0);
    const f = join(dir, "argv.py");
    writeFileSync(f, "import sys\nprint(sys.argv[1:])\n");
    expect(await main([f, "b"])).toBe(0);
    expect(c.out()).toBe("['-c', 'a']\n['b']\n");
  });

  it("without --checked, checked mode stays off and nothing is reported", async () => {
    const f = join(dir, "plain.py");
    writeFileSync(f, "print(1)\n");
    const c = capture();
    expect(await main([f])).toBe(0);
    expect(isCheckedMode()).toBe(false);
    expect(c.err()).toBe("");
  });
});
