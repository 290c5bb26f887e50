/**
 * Refcounts of `_testbuffer` objects under the interpreter: the public
 * transcript cases that use `_testbuffer` run in checked mode; afterwards
 * (namespace cleared) no ndarray, staticarray, memoryview or managed buffer
 * may be left alive and no refcount misuse may have been reported.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { checkedReports, checkpoint, leakReport, setCheckedMode } from "@py/object";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadModules, runTranscript } from "../src/index.js";

const CASES = join(import.meta.dirname, "conformance", "cases");
const files = (() => {
  return readdirSync(CASES).filter(
    (f) => f.endsWith(".py") && readFileSync(join(CASES, f), "utf8").includes("_testbuffer"),
  );
})();

const WATCHED = /^leaked: (ndarray|staticarray|memoryview|managedbuffer) object/;

describe("no leaked _testbuffer exports", () => {
  beforeAll(async () => {
    await loadModules();
    setCheckedMode(true);
  });
  afterAll(() => setCheckedMode(false));

  for (const f of files) {
    it(f, () => {
      checkpoint();
      const before = checkedReports().length;
      const interp = runTranscript(readFileSync(join(CASES, f), "utf8"));
      interp.clearGlobals();
      const leaks = leakReport().filter((l) => WATCHED.test(l));
      expect(leaks).toEqual([]);
      expect(checkedReports().slice(before)).toEqual([]);
    });
  }
});
