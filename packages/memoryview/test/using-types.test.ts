/**
 * `using` type-checks in a consumer (issue 14: TS2850 when `SYMBOL_DISPOSE`
 * was declared `symbol`): the declarations of @py/object, @py/buffer and
 * @py/memoryview are emitted from the sources in memory, installed in a
 * virtual `node_modules`, and a consumer file is checked against them with
 * TypeScript 5.9 under `lib: ["ES2022", "ESNext.Disposable"]`, Node16
 * resolution, `strict`, `exactOptionalPropertyTypes` and `skipLibCheck:
 * false`. A `using` of a non-disposable value must still be TS2850 there
 * (the check is live).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { expect, it } from "vitest";

const PACKAGES = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const NAMES = ["object", "buffer", "memoryview"];
const VIRTUAL = "/virtual-consumer";

/** The packages' declarations, by their path in the virtual node_modules. */
function emitDeclarations(): Map<string, string> {
  const configPath = join(PACKAGES, "memoryview", "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dirname(configPath));
  const roots = NAMES.map((n) => join(PACKAGES, n, "src", "index.ts"));
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    declarationMap: false,
    sourceMap: false,
  };
  const files = new Map<string, string>();
  const program = ts.createProgram(roots, options);
  program.emit(undefined, (fileName, text) => {
    for (const n of NAMES) {
      const src = join(PACKAGES, n, "src");
      if (fileName.startsWith(`${src}/`)) {
        files.set(`${VIRTUAL}/node_modules/@py/${n}/dist/${fileName.slice(src.length + 1)}`, text);
      }
    }
  });
  for (const n of NAMES) {
    files.set(
      `${VIRTUAL}/node_modules/@py/${n}/package.json`,
      JSON.stringify({
        name: `@py/${n}`,
        type: "module",
        exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" } },
      }),
    );
  }
  return files;
}

/** TypeScript's diagnostics for `consumer` (a .mts file) against the virtual packages. */
function check(files: Map<string, string>, consumer: string): string[] {
  const file = `${VIRTUAL}/consumer.mts`;
  const all = new Map(files).set(file, consumer);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts", "lib.esnext.disposable.d.ts"],
    module: ts.ModuleKind.Node16,
    moduleResolution: ts.ModuleResolutionKind.Node16,
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    types: [],
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => all.get(f) ?? readFile(f);
  host.fileExists = (f) => all.has(f) || fileExists(f);
  host.directoryExists = (d) =>
    [...all.keys()].some((k) => k.startsWith(`${d}/`)) || (ts.sys.directoryExists?.(d) ?? false);
  host.getSourceFile = (f, lang, onError) => {
    const text = all.get(f);
    return text !== undefined ? ts.createSourceFile(f, text, lang) : getSourceFile(f, lang, onError);
  };
  const program = ts.createProgram([file], options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`);
}

const CONSUMER = `
import { owned, PyList_FromArray } from "@py/object";
import { getBuffer, PyBUF_FULL_RO, PyByteArray_FromBytes, struct } from "@py/buffer";
import { memoryview } from "@py/memoryview";

export function useEverything(): number {
  using list = owned(PyList_FromArray([]));
  using ba = owned(PyByteArray_FromBytes(new Uint8Array(4)));
  using view = getBuffer(ba.obj, PyBUF_FULL_RO);
  using m = memoryview(new Float64Array(4), { shape: [2, 2] });
  using d = m.getBuffer();
  using it = struct.iterUnpack("<h", new Uint8Array(4));
  return list.obj.ob_refcnt + view.len + d.shape.length + [...it].length;
}
`;

it("using of owned(), getBuffer(), memoryview(), getBuffer() descriptors and struct iterators type-checks", () => {
  const files = emitDeclarations();
  expect(files.has(`${VIRTUAL}/node_modules/@py/object/dist/owned.d.ts`)).toBe(true);
  expect(check(files, CONSUMER)).toEqual([]);
  const notDisposable = `import { PyList_FromArray } from "@py/object";\nexport function f(): void {\n  using l = PyList_FromArray([]);\n}\n`;
  expect(check(files, notDisposable).map((d) => d.slice(0, 7))).toEqual(["TS2850:"]);
}, 120_000);
