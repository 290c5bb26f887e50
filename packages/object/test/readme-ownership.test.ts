/**
 * README.md's example of owned references, run as written (bundled from the
 * sources, in a child Node), its output compared with CPython's
 * (fixtures/gen_readme_ownership.py) and with what the README says.
 */
import { expect, it } from "vitest";
import { runReadmeAgainstPython } from "../../buffer/test/readme-block.js";

it("README: references under JS garbage collection", () => {
  const run = runReadmeAgainstPython(
    import.meta.url,
    "ownership-example",
    "./fixtures/readme_ownership.json",
    "lines",
  );
  expect(run.printed).toEqual(run.python);
  expect(run.documented).toEqual(run.python);
}, 60_000);
