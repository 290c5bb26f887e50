/**
 * Which names a function body binds (its locals, as the compiler's symtable
 * finds them), not looking into nested functions.
 */
import type { Expr, Stmt } from "./ast.js";

/** Adds the names `body` binds to `out`, and its `global` declarations to `globals`. */
export function collectLocals(body: Stmt[], out: Set<string>, globals: Set<string>): void {
  for (const s of body) {
    switch (s.kind) {
      case "Assign":
        for (const t of s.targets) collectTargetNames(t, out);
        break;
      case "AugAssign":
        collectTargetNames(s.target, out);
        break;
      case "Delete":
        for (const t of s.targets) collectTargetNames(t, out);
        break;
      case "For":
        collectTargetNames(s.target, out);
        collectLocals(s.body, out, globals);
        collectLocals(s.orelse, out, globals);
        break;
      case "While":
        collectLocals(s.body, out, globals);
        collectLocals(s.orelse, out, globals);
        break;
      case "If":
        collectLocals(s.body, out, globals);
        collectLocals(s.orelse, out, globals);
        break;
      case "With":
        for (const it of s.items) if (it.target !== null) collectTargetNames(it.target, out);
        collectLocals(s.body, out, globals);
        break;
      case "Try":
        collectLocals(s.body, out, globals);
        for (const h of s.handlers) {
          if (h.name !== null) out.add(h.name);
          collectLocals(h.body, out, globals);
        }
        collectLocals(s.orelse, out, globals);
        collectLocals(s.finalbody, out, globals);
        break;
      case "FunctionDef":
        out.add(s.name);
        break;
      case "Import":
        for (const n of s.names) out.add(n.asname ?? n.name.split(".")[0]!);
        break;
      case "ImportFrom":
        for (const n of s.names) out.add(n.asname ?? n.name);
        break;
      case "Global":
        for (const n of s.names) globals.add(n);
        break;
      default:
        break;
    }
  }
}

/** Adds the names an assignment target binds to `out`. */
export function collectTargetNames(t: Expr, out: Set<string>): void {
  if (t.kind === "Name") out.add(t.id);
  else if (t.kind === "Tuple" || t.kind === "List") for (const e of t.elts) collectTargetNames(e, out);
  else if (t.kind === "Starred") collectTargetNames(t.value, out);
}
