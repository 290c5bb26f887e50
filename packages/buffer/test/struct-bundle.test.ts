import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { measure, roundTrip } from "./struct-bundle/scenario.js";

type Scenario = { measure: () => string[]; roundTrip: () => string[] };

/** Bundles `stdin` (resolved from test/) with esbuild; the modules with code in it and the module. */
async function bundle(contents: string): Promise<{ modules: string[]; mod: Scenario }> {
  const built = await esbuild.build({
    stdin: { contents, resolveDir: fileURLToPath(new URL(".", import.meta.url)), loader: "ts" },
    bundle: true,
    format: "esm",
    write: false,
    metafile: true,
    conditions: ["@py/source"],
    target: "es2022",
    logLevel: "silent",
  });
  const output = Object.values(built.metafile.outputs)[0]!;
  const modules = Object.entries(output.inputs)
    .filter(([, v]) => v.bytesInOutput > 0)
    .map(([p]) => resolve(p).replace(/^.*\/packages\//, ""));
  const dir = mkdtempSync(join(tmpdir(), "struct-bundle-"));
  try {
    const file = join(dir, "scenario.mjs");
    writeFileSync(file, built.outputFiles[0]!.contents);
    return { modules, mod: (await import(pathToFileURL(file).href)) as Scenario };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("bundles of struct's names", () => {
  it("calcsize alone readies no bytes and no full object API, and measures as the whole package", async () => {
    const { modules, mod } = await bundle(
      'import { measure } from "./struct-bundle/scenario.ts"; export { measure };',
    );
    expect(modules).toContain("buffer/src/format/parse.ts");
    for (const m of ["buffer/src/bytes/bytes-type.ts", "object/src/dict.ts", "object/src/str-methods.ts"])
      expect(modules).not.toContain(m);
    expect(mod.measure()).toEqual(measure());
  });

  it("struct from the main entry leaves bytearray and array.array out, and packs as the whole package", async () => {
    const { modules, mod } = await bundle(
      'import { roundTrip } from "./struct-bundle/scenario.ts"; export { roundTrip };',
    );
    expect(modules).toContain("buffer/src/bytes/bytes-type.ts");
    for (const m of ["buffer/src/bytes/bytearray-type.ts", "buffer/src/array/array-type.ts"])
      expect(modules).not.toContain(m);
    expect(mod.roundTrip()).toEqual(roundTrip());
  });
});
