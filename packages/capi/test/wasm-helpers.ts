/**
 * Helpers of the wasm runtime tests: the main module (dist/libpyobj.wasm when
 * built, else linked here from runtime/ with @py/cc) and C test modules from
 * test/wasm/, compiled against our headers.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile, compileMain, type Tree } from "@py/cc";

const pkg = fileURLToPath(new URL("..", import.meta.url));

function readTree(dir: string): Tree {
  const t: Tree = {};
  for (const n of readdirSync(dir)) {
    const p = join(dir, n);
    t[n] = statSync(p).isDirectory() ? readTree(p) : readFileSync(p);
  }
  return t;
}

/** The bytes of libpyobj.wasm. */
export async function mainModuleBytes(): Promise<Uint8Array<ArrayBuffer>> {
  const built = join(pkg, "dist", "libpyobj.wasm");
  if (existsSync(built)) return new Uint8Array(readFileSync(built));
  const exportsList = readFileSync(join(pkg, "runtime", "exports.txt"), "utf8")
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim())
    .filter((l) => l !== "");
  const r = await compileMain({ "runtime.c": readFileSync(join(pkg, "runtime", "runtime.c")) }, exportsList, {
    include: [readTree(join(pkg, "include"))],
  });
  return r.wasm;
}

/** Compiles test/wasm/NAME.c into a side module. */
export async function testModule(name: string): Promise<WebAssembly.Module> {
  const file = `${name}.c`;
  const r = await compile(
    { [file]: readFileSync(join(pkg, "test", "wasm", file)) },
    { include: [readTree(join(pkg, "include"))] },
  );
  return WebAssembly.compile(r.wasm);
}
