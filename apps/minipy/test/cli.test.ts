/** The CLI modes, in-process through `main` with stdout/stderr captured. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
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

const dir = mkdtempSync(join(tmpdir(), "minipy-cli-"));

afterEach(() => {
  vi.restoreAllMocks();
});

describe("minipy CLI", () => {
  it("--transcript echoes values and reports errors on stdout", async () => {
    const f = join(dir, "case.py");
    writeFileSync(f, "# comment\n1 + 1\nx = (1, 'a')\nx\nimport struct\nstruct.pack('B', 256)\nNone\nnope\n");
    const c = capture();
    const rc = await main(["--transcript", f]);
    expect(rc).toBe(0);
    expect(c.out()).toBe(
      "2\n(1, 'a')\nstruct.error: ubyte format requires 0 <= number <= 255\nNameError: name 'nope' is not defined\n",
    );
  });

  // Expected: python3's traceback for the same script, less the `~~^~~` marker line minipy does not draw.
  it("runs a script: traceback on stderr and exit status 1", async () => {
    const f = join(dir, "script.py");
    writeFileSync(f, "print('start')\ndef f():\n    return 1 / 0\nf()\n");
    const c = capture();
    const rc = await main([f]);
    expect(rc).toBe(1);
    expect(c.out()).toBe("start\n");
    expect(c.err()).toBe(
      `Traceback (most recent call last):\n  File "${f}", line 4, in <module>\n    f()\n  File "${f}", line 3, in f\n    return 1 / 0\nZeroDivisionError: division by zero\n`,
    );
  });

  it("-c runs code", async () => {
    const c = capture();
    expect(await main(["-c", "print(len(b'abc'))"])).toBe(0);
    expect(c.out()).toBe("3\n");
  });

  it("a missing file is reported", async () => {
    const c = capture();
    expect(await main([join(dir, "missing.py")])).toBe(2);
    expect(c.err()).toMatch(/can't open file/);
  });
});
