/**
 * The builtins that look at objects: `dir` (`builtin-dir.ts`) and `help`
 * (`builtin-help.ts`), made for one interpreter (they read its caller's
 * scope and write to its stdout).
 */
import type { BuiltinFn } from "./builtin-args.js";
import { type DirHost, makeDir } from "./builtin-dir.js";
import { type HelpHost, makeHelp } from "./builtin-help.js";

/** What `dir` and `help` need of the interpreter. */
export type IntrospectionHost = DirHost & HelpHost;

/** `dir` and `help` for `host`. */
export function introspectionBuiltins(host: IntrospectionHost): [string, BuiltinFn][] {
  return [
    ["dir", makeDir(host)],
    ["help", makeHelp(host)],
  ];
}
