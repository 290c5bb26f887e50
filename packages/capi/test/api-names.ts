/**
 * The names of API.md (`test/c/API.md`, a copy of /work/shared/cext/API.md):
 * what a C extension may use. Shared by the header tests (every name
 * declared) and the C-group tests (every name exercised by C that runs).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { C_DIR } from "./c-toolchain.js";

/** API.md's text. */
export const API_MD = readFileSync(join(C_DIR, "API.md"), "utf8");

/** C keywords and prose words that appear in API.md's code spans but are not API names. */
const NOT_NAMES = new Set(["int", "long", "static", "_testbuffer"]);

/** The slot ids `#define`d in a `typeslots.h` (to expand `Py_tp_*` and the like). */
export function slotNames(typeslotsH: string): string[] {
  return [...typeslotsH.matchAll(/#define (Py_[a-z]{2}_\w+) \d+/g)].map((m) => m[1]!);
}

/**
 * The names of API.md: identifiers in its code spans (split on spaces,
 * commas, `|` and `/`, parentheses stripped), without format units (one or
 * two letters), C keywords and prose; `Py_tp_*`-style wildcards expanded
 * with `slots` (the ids of `typeslots.h`).
 */
export function apiNames(md: string, slots: readonly string[]): string[] {
  const names = new Set<string>();
  for (const m of md.matchAll(/`([^`]+)`/g)) {
    for (let tok of m[1]!.split(/[\s,|/]+/)) {
      tok = tok.replace(/^\(+|\)+$/g, "");
      const wild = /^(Py_[a-z]{2}_)\*$/.exec(tok);
      if (wild) {
        for (const s of slots) if (s.startsWith(wild[1]!)) names.add(s);
        continue;
      }
      if (!/^[A-Za-z_]\w*$/.test(tok) || tok.length <= 2 || NOT_NAMES.has(tok)) continue;
      names.add(tok);
    }
  }
  return [...names];
}

/** The identifiers of C source `src` outside comments and string literals. */
export function cIdentifiers(src: string): Set<string> {
  const code = src
    .replace(/\/\*[\s\S]*?\*\//g, " ")
    .replace(/\/\/[^\n]*/g, " ")
    .replace(/"(?:[^"\\\n]|\\.)*"/g, '""');
  return new Set(code.match(/[A-Za-z_]\w*/g));
}
