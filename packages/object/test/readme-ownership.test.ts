/**
 * README.md's example of owned references, run as written (bundled from the
 * sources, in a child Node), its output compared with CPython's
 * (fixtures/gen_readme_ownership.py) and with what the README says.
 */
import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { runReadmeBlock } from "../../buffer/test/readme-block.js";

it("README: references under JS garbage collection", () => {
  const run = runReadmeBlock(
    new URL("../README.md", import.meta.url),
    "ownership-example",
    new URL("..", import.meta.url),
  );
  const python = (
    JSON.parse(readFileSync(new URL("./fixtures/readme_ownership.json", import.meta.url), "utf8")) as {
      lines: string[];
    }
  ).lines;
  expect(run.printed).toEqual(python);
  expect(run.documented).toEqual(python);
}, 60_000);
