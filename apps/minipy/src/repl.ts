/**
 * The interactive prompt: `>>> ` and `... ` prompts, line editing and history
 * through `node:readline` (apps only; the packages stay browser-safe).
 *
 * As in CPython's REPL, a statement is complete when its first line does not
 * open a block and no bracket is left open; a block ends at an empty line.
 * Echoed values are kept in `builtins._`.
 */
import * as readline from "node:readline";
import { Py_DECREF, Py_INCREF, Py_None, type PyObject, repr } from "@py/object";
import { extensionModuleTable, extensionSearchPath, prepareExtensions } from "./cext.js";
import { Interpreter } from "./interpreter.js";
import { exceptionLastLine, formatTraceback } from "./run.js";
import { toPyError } from "./tracebacks.js";
import { needsMoreInput } from "./input-complete.js";

export { needsMoreInput };

/** Runs the interactive loop on stdin/stdout until EOF. Resolves to the exit status. */
export function runRepl(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  // The standard modules and the C extensions the inputs import (added as they are found).
  const modules = extensionModuleTable();
  const interp = new Interpreter({
    stdout: (s) => output.write(s),
    stderr: (s) => output.write(s),
    modules,
  });
  interp.displayhook = (v: PyObject) => {
    if (v === Py_None) return;
    output.write(`${repr(v)}\n`);
    // `_` holds the last echoed value, as sys.displayhook does.
    Py_INCREF(v);
    const old = interp.builtins.get("_");
    interp.builtins.set("_", v);
    if (old !== undefined) Py_DECREF(old);
  };
  const rl = readline.createInterface({
    input,
    output,
    prompt: ">>> ",
    terminal: (output as { isTTY?: boolean }).isTTY === true,
  });
  output.write("minipy (CPython 3.11 object model in TypeScript)\n");
  let buf: string[] = [];
  rl.prompt();
  return new Promise((resolve) => {
    // Lines run one after another: a C extension an input imports is compiled first (async).
    let chain: Promise<void> = Promise.resolve();
    rl.on("line", (line) => {
      buf.push(line);
      const src = buf.join("\n");
      if (needsMoreInput(src)) {
        rl.setPrompt("... ");
        rl.prompt();
        return;
      }
      buf = [];
      rl.setPrompt(">>> ");
      chain = chain.then(async () => {
        if (src.trim() !== "") {
          try {
            await prepareExtensions(src, modules, {
              searchPath: extensionSearchPath(null),
              stdout: (s) => output.write(s),
              stderr: (s) => output.write(s),
            });
            interp.exec(`${src}\n`, true);
          } catch (e) {
            const pe = toPyError(e);
            const tb = formatTraceback(pe, "<stdin>", src);
            output.write(tb.endsWith(`${exceptionLastLine(pe)}\n`) ? tb : `${exceptionLastLine(pe)}\n`);
          }
        }
        rl.prompt();
      });
    });
    rl.on("SIGINT", () => {
      output.write("\nKeyboardInterrupt\n");
      buf = [];
      rl.setPrompt(">>> ");
      rl.prompt();
    });
    rl.on("close", () => {
      void chain.then(() => {
        output.write("\n");
        resolve(0);
      });
    });
  });
}
