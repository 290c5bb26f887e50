/** The CLI modes, in-process through `main` with stdout/stderr captured. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
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

/** What python3 printed for the same inputs (fixtures/gen_fixtures.py, language.json "cli"). */
const cli = JSON.parse(readFileSync(join(import.meta.dirname, "fixtures", "language.json"), "utf8")).cli as {
  transcript: { src: string; out: string };
  script: { src: string; stdout: string; stderr: string; rc: number };
  dash_c: { code: string; stdout: string };
};

afterEach(() => {
  vi.restoreAllMocks();
});

describe("minipy CLI", () => {
  it("--transcript echoes values and reports errors on stdout", async () => {
    const f = join(dir, "case.py");
    writeFileSync(f, cli.transcript.src);
    const c = capture();
    const rc = await main(["--transcript", f]);
    expect(rc).toBe(0);
    expect(c.out()).toBe(cli.transcript.out);
  });

  // Expected: python3's traceback for the same script, less the `~~^~~` marker line minipy does not draw.
  it("runs a script: traceback on stderr and exit status 1", async () => {
    const f = join(dir, "script.py");
    writeFileSync(f, cli.script.src);
    const c = capture();
    const rc = await main([f]);
    expect(rc).toBe(cli.script.rc);
    expect(c.out()).toBe(cli.script.stdout);
    expect(c.err()).toBe(cli.script.stderr.replaceAll("{FILE}", f));
  });

  it("-c runs code", async () => {
    const c = capture();
    expect(await main(["-c", cli.dash_c.code])).toBe(0);
    expect(c.out()).toBe(cli.dash_c.stdout);
  });

  it("a missing file is reported", async () => {
    const c = capture();
    expect(await main([join(dir, "missing.py")])).toBe(2);
    expect(c.err()).toMatch(/can't open file/);
  });
});

// The installed command, as a corpus runner starts it: one process per case, on Node's default
// stack first. A case that recurses deeper than that stack allows (but within CPython's limit)
// is re-run with a deeper stack, and prints exactly what CPython does. Needs the built CLI.
describe("bin/minipy.js --transcript", () => {
  const bin = join(import.meta.dirname, "..", "bin", "minipy.js");
  const cases = join(import.meta.dirname, "conformance", "cases");
  for (const name of ["x-deep-recursion-1", "x-trailing-space-1"]) {
    it(`${name}: CPython's transcript`, () => {
      const r = spawnSync(process.execPath, [bin, "--transcript", join(cases, `${name}.py`)], {
        encoding: "utf8",
      });
      expect(r.stderr).toBe("");
      expect(r.stdout).toBe(readFileSync(join(cases, `${name}.out`), "utf8"));
      expect(r.status).toBe(0);
    });
  }
});
