/**
 * The argument engines (src/args/) against CPython 3.11: every case of
 * test/fixtures/args.json (written by gen_args_fixtures.py through the
 * native oracle test/native/argoracle.c) runs through the TypeScript engine
 * over a fake memory (args-fake-bridge.ts), on the LP64 model (as the
 * oracle) and, where the values fit, on wasm32.
 */
import { describe, expect, it } from "vitest";
import { MODEL_LP64, MODEL_WASM32 } from "../src/index.js";
import { CONVERTERS, FakeBridge } from "./args-fake-bridge.js";
import { callFailures, type FixtureHost, loadArgsFixture, parseFailures } from "./args-fixture.js";

const fx = loadArgsFixture();

function fakeHost(model: "lp64" | "wasm32"): () => FixtureHost {
  return () => {
    const bridge = new FakeBridge(model === "lp64" ? MODEL_LP64 : MODEL_WASM32);
    return { bridge, converters: CONVERTERS, cleanupCalls: () => bridge.cleanupCalls };
  };
}

describe("PyArg_* against CPython 3.11 (native oracle)", () => {
  for (const model of ["lp64", "wasm32"] as const) {
    const cases = fx.parse.filter((c) => c.models.includes(model));
    it(`${cases.length} parse cases on ${model}`, () => {
      expect(parseFailures(fakeHost(model), cases).join("\n")).toBe("");
    });
  }
});

describe("Py_BuildValue, PyUnicode_FromFormat, PyBytes_FromFormat, PyErr_Format against CPython 3.11", () => {
  for (const model of ["lp64", "wasm32"] as const) {
    const cases = fx.call.filter((c) => c.models.includes(model));
    it(`${cases.length} cases on ${model}`, () => {
      expect(callFailures(fakeHost(model), cases).join("\n")).toBe("");
    });
  }
});
