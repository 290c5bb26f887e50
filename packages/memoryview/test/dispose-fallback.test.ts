/**
 * `using` on a runtime without `Symbol.dispose` (Node 20 before it had one,
 * older browsers): the packages' disposables fall back to
 * `Symbol.for("Symbol.dispose")`, the symbol esbuild's lowering of `using`
 * looks up there. A consumer script is bundled by esbuild (target ES2022:
 * `using` lowered) and run in a fresh V8 realm (`node:vm`), whose `Symbol`
 * has no `dispose`: the views are released at the end of their blocks.
 */
import { fileURLToPath } from "node:url";
import { createContext, runInContext } from "node:vm";
import { buildSync } from "esbuild";
import { expect, it } from "vitest";

const CONSUMER = `
import { PyByteArray_FromBytes, PyByteArray_Resize, getBuffer, PyBUF_SIMPLE } from "@py/buffer";
import { memoryview } from "@py/memoryview";
import { owned, Py_REFCNT } from "@py/object";

const out = [typeof Symbol.dispose];
using ba = owned(PyByteArray_FromBytes(new Uint8Array(2)));
{
  using m = memoryview(ba.obj, { format: "B", shape: [1, 2] });
  using view = getBuffer(ba.obj, PyBUF_SIMPLE);
  out.push(Py_REFCNT(ba.obj));
}
PyByteArray_Resize(ba.obj, 3); // raises BufferError unless both exports ended
out.push(Py_REFCNT(ba.obj));
globalThis.result = out;
`;

it("using works where Symbol.dispose is missing, through Symbol.for('Symbol.dispose')", () => {
  const bundle = buildSync({
    stdin: { contents: CONSUMER, loader: "ts", resolveDir: fileURLToPath(new URL("..", import.meta.url)) },
    bundle: true,
    format: "iife",
    target: "es2022",
    platform: "neutral",
    mainFields: ["module", "main"],
    conditions: ["@py/source"],
    write: false,
    logLevel: "silent",
  });
  const realm = createContext({ TextEncoder, TextDecoder });
  expect(runInContext("typeof Symbol.dispose", realm)).toBe("undefined");
  runInContext(bundle.outputFiles[0]!.text, realm);
  // No Symbol.dispose; 3 references to the bytearray in the block (ours, the view's base, the Py_buffer's); 1 after.
  expect(JSON.parse(JSON.stringify(runInContext("result", realm)))).toEqual(["undefined", 3, 1]);
}, 60_000);
