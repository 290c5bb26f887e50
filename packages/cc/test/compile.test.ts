import { describe, expect, it } from "vitest";
import { CompileError, compile, compileMain } from "../src/index.js";

const dylink = (wasm: Uint8Array<ArrayBuffer>) =>
  WebAssembly.Module.customSections(new WebAssembly.Module(wasm), "dylink.0").length;

describe("pyobj-cc compile", () => {
  it("builds a position-independent side module that imports libc and exports its entry point", async () => {
    const r = await compile({
      "ext.c": `#include <string.h>
        extern int PyThing(const char *);
        int counter = 3;
        static int twice(int x) { return 2 * x; }
        int (*volatile fp)(int) = twice;
        int PyInit_ext(const char *s) { return PyThing(s) + (int)strlen(s) + fp(counter); }`,
    });
    const m = new WebAssembly.Module(r.wasm);
    expect(dylink(r.wasm)).toBe(1);
    const imports = WebAssembly.Module.imports(m).map((i) => `${i.module}.${i.name}`);
    expect(imports).toEqual(
      expect.arrayContaining([
        "env.memory",
        "env.__indirect_function_table",
        "env.__memory_base",
        "env.__table_base",
        "env.PyThing",
        "env.strlen",
        "GOT.mem.counter",
      ]),
    );
    expect(WebAssembly.Module.exports(m).map((e) => e.name)).toContain("PyInit_ext");
  });

  it("reports clang's diagnostics in a CompileError", async () => {
    const e = await compile({ "bad.c": "int f(void) { return undeclared; }" }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(CompileError);
    expect((e as CompileError).message).toMatch(/use of undeclared identifier 'undeclared'/);
  });

  it("mounts header trees as include directories", async () => {
    const r = await compile(
      { "m.c": "#include <sub/answer.h>\nint PyInit_m(void) { return ANSWER; }" },
      { include: [{ sub: { "answer.h": "#define ANSWER 42\n" } }] },
    );
    expect(dylink(r.wasm)).toBe(1);
  });

  it("links a main module with wasi-libc that exports what it is asked to", async () => {
    const r = await compileMain(
      { "main.c": '__attribute__((visibility("default"))) int shared_counter = 7;' },
      ["malloc", "free", "snprintf"],
    );
    const m = new WebAssembly.Module(r.wasm);
    const exports = WebAssembly.Module.exports(m).map((e) => e.name);
    expect(exports).toEqual(
      expect.arrayContaining(["malloc", "free", "snprintf", "shared_counter", "_initialize"]),
    );
    expect(exports).toContain("__indirect_function_table");
    expect(WebAssembly.Module.imports(m).map((i) => `${i.module}.${i.name}`)).toContain("env.memory");
  });
});

describe("browser safety", () => {
  it("the library and the C runtime import no Node-only module (only the CLI may)", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const root = join(import.meta.dirname, "..", "..");
    const dirs = [join(root, "cc", "src"), join(root, "capi", "src"), join(root, "capi", "src", "wasm")];
    for (const d of dirs) {
      for (const f of readdirSync(d).filter((n) => n.endsWith(".ts"))) {
        const text = readFileSync(join(d, f), "utf8");
        expect(text, `${d}/${f}`).not.toMatch(/from "node:|require\(|\bprocess\.|\bBuffer\./);
      }
    }
  });
});
