/**
 * README.md's toy evaluator, run as written (bundled from the sources, in a
 * child Node): what it prints must be what CPython prints for the same
 * program (fixtures/gen_readme_evaluator.py) and what the README says.
 */
import { expect, it } from "vitest";
import { runReadmeAgainstPython } from "../../buffer/test/readme-block.js";

it("README: a toy evaluator with a class, a function and a set", () => {
  const run = runReadmeAgainstPython(
    import.meta.url,
    "toy-evaluator",
    "./fixtures/readme_evaluator.json",
    "lines",
  );
  expect(run.printed).toEqual(run.python);
  expect(run.documented).toEqual(run.python);
}, 60_000);
