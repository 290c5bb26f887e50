import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { run } from "./core-bundle/scenario.js";

/** The modules that only the full API readies (api-full.ts): a bundle of core names must leave them out. */
const FULL_ONLY = [
  "str-methods.ts",
  "dict.ts",
  "list.ts",
  "set.ts",
  "heaptype.ts",
  "slot-dispatch.ts",
  "static-slots.ts",
  "format-spec.ts",
];

describe("a bundle of the core names alone", () => {
  it("leaves the full API's types out and behaves as the whole package", async () => {
    const entry = fileURLToPath(new URL("./core-bundle/scenario.ts", import.meta.url));
    const built = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent",
    });
    // the modules with code in the output (a module only parsed has 0 bytes there)
    const output = Object.values(built.metafile.outputs)[0]!;
    const inputs = Object.entries(output.inputs)
      .filter(([, v]) => v.bytesInOutput > 0)
      .map(([p]) => p.split("/").pop());
    expect(inputs).toContain("int.ts");
    expect(inputs).toContain("str.ts");
    for (const m of FULL_ONLY) expect(inputs).not.toContain(m);
    const dir = mkdtempSync(join(tmpdir(), "core-bundle-"));
    try {
      const file = join(dir, "scenario.mjs");
      writeFileSync(file, built.outputFiles[0]!.contents);
      const bundled = (await import(pathToFileURL(file).href)) as { run: () => string[] };
      expect(bundled.run()).toEqual(run());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
