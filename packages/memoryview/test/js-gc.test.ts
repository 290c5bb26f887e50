/**
 * The FinalizationRegistry fallback of the JS layer: a view, a descriptor
 * and a struct iterator that their caller forgot to release hold a
 * bytearray's export until the garbage collector takes their wrappers, and
 * not after. Forced collections need `node --expose-gc`, so the scenario
 * runs in a child process (gc-child.ts, from the TypeScript sources).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/js_memoryview.json", import.meta.url), "utf8"),
) as {
  resize_while_viewed: { error: string };
};

it("forgotten views, descriptors and iterators are released when collected", () => {
  const out = execFileSync(
    process.execPath,
    [
      "--expose-gc",
      "--conditions=@py/source",
      "--import",
      "tsx",
      fileURLToPath(new URL("./gc-child.ts", import.meta.url)),
    ],
    { cwd: fileURLToPath(new URL("..", import.meta.url)), encoding: "utf8" },
  );
  const result = JSON.parse(out.trim().split("\n").at(-1)!) as Record<string, unknown>;
  const each = { locked: fixture.resize_while_viewed.error, released: true, after: null, refcnt: 1 };
  expect(result).toEqual({ view: each, descriptor: each, iterator: each });
}, 60_000);
