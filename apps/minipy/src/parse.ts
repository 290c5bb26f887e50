/**
 * Source text to `ast.ts` trees, through `@lezer/python`.
 *
 * Lezer's tree is concrete and error-tolerant: any error node becomes
 * `SyntaxError: invalid syntax`; tuples, slices and argument lists come as flat
 * token runs split here on commas and colons. Valid Python that minipy does
 * not run (classes, generators, f-strings...) raises NotImplementedError
 * naming the construct.
 */
import { parser } from "@lezer/python";
import { PyExc_NotImplementedError, PyExc_SyntaxError, raise } from "@py/object";
import { containsYield } from "./local-names.js";
import { flattenParenthesizedWith } from "./with-items.js";
import type {
  BinOpName,
  CmpOpName,
  Comprehension,
  ExceptHandler,
  Expr,
  FormattedValue,
  Keyword,
  Loc,
  Params,
  Stmt,
} from "./ast.js";

type Node = ReturnType<typeof parser.parse>["topNode"];

const CMP_OPS = new Set(["<", "<=", "==", "!=", ">", ">=", "<>", "is", "is not", "in", "not in"]);
const BIN_OPS = new Set(["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]);

function unsupported(what: string): never {
  raise(PyExc_NotImplementedError, `minipy does not support ${what}`);
}

function syntaxError(msg = "invalid syntax"): never {
  raise(PyExc_SyntaxError, msg);
}

/** Parses a module (script or one transcript line) into statements. */
export function parseModule(src: string): Stmt[] {
  return new Converter(src).module();
}

class Converter {
  private readonly lineStarts: number[] = [0];
  private readonly src: string;
  constructor(src: string) {
    // Node positions refer to the fixed-up text, so it is the one kept.
    const fixed = fixTrailingDotFloats(src);
    for (let i = 0; i < fixed.length; i++) if (fixed.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
    // same length: the lines counted above stay right
    this.src = flattenParenthesizedWith(fixed);
  }

  module(): Stmt[] {
    const tree = parser.parse(this.src);
    const top = tree.topNode;
    // Any error node anywhere is a syntax error, found before running anything.
    let err: Node | null = null;
    tree.iterate({
      enter: (n) => {
        if (err !== null) return false;
        // lezer wants a value after `yield` in `x = yield`: a bare yield is valid Python
        if (n.name === "FormatString") return false; // scanned by formatString
        if (n.type.isError && !(n.from === n.to && n.node.parent?.name === "YieldExpression")) {
          err = n.node;
          return false;
        }
        return undefined;
      },
    });
    if (err !== null) syntaxError(this.errorMessage(err));
    return this.statements(this.kids(top));
  }

  private errorMessage(n: Node): string {
    // The tokenizer's bracket errors win over the parser's (as CPython's
    // `_PyPegen_tokenize_full_source_to_check_for_errors`).
    const stack: string[] = [];
    const src = this.src;
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (c === "#") {
        while (i < src.length && src[i] !== "\n") i++;
      } else if (c === "'" || c === '"') {
        const q = src.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
        const start = i;
        i += q.length;
        while (i < src.length && !src.startsWith(q, i)) {
          if (src[i] === "\\") i++;
          else if (q.length === 1 && src[i] === "\n") break;
          i++;
        }
        if (i >= src.length || !src.startsWith(q, i)) {
          const line = this.loc({ from: start } as Node).line;
          return `unterminated ${q.length === 3 ? "triple-quoted " : ""}string literal (detected at line ${line})`;
        }
        i += q.length - 1;
      } else if (/[0-9]/.test(c) && (i === 0 || !/[\w.]/.test(src[i - 1]!))) {
        const m = /^[0-9][\w.]*(?:[eE][+-][\w.]*)?/.exec(src.slice(i))!;
        const bad = badNumber(m[0]);
        if (bad !== null) return bad;
        i += m[0].length - 1;
      } else if (c === "(" || c === "[" || c === "{") {
        stack.push(c);
      } else if (c === ")" || c === "]" || c === "}") {
        const open = stack.pop();
        if (open === undefined) return `unmatched '${c}'`;
        if ("([{".indexOf(open) !== ")]}".indexOf(c))
          return `closing parenthesis '${c}' does not match opening parenthesis '${open}'`;
      }
    }
    // an error at the last token of the source
    const atEnd =
      src
        .slice(n.from)
        .replace(/^\s*(\w+|\S)?/, "")
        .trim() === "";
    if (stack.length > 0 && atEnd) return `'${stack[stack.length - 1]}' was never closed`;
    const line = src.slice(0, n.from).split("\n").pop()!;
    if (
      atEnd &&
      /\S\s+if\b/.test(line) &&
      !/\belse\b/.test(line) &&
      !/^\s*(if|elif|while|for|with)\b/.test(line)
    )
      return "expected 'else' after 'if' expression";
    return "invalid syntax";
  }

  private loc(n: { from: number; to: number }): Loc {
    const line = this.lineAt(n.from);
    const endLine = this.lineAt(n.to);
    return {
      line,
      col: n.from - this.lineStarts[line - 1]!,
      endLine,
      endCol: n.to - this.lineStarts[endLine - 1]!,
    };
  }

  /** The 1-based line holding offset `at`. */
  private lineAt(at: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  private text(n: Node): string {
    return this.src.slice(n.from, n.to);
  }

  /** Children without comments. */
  private kids(n: Node): Node[] {
    const out: Node[] = [];
    for (let c = n.firstChild; c !== null; c = c.nextSibling) {
      if (c.name !== "Comment") out.push(c);
    }
    return out;
  }

  // ---------------------------------------------------------------- statements

  private statements(nodes: Node[]): Stmt[] {
    const out: Stmt[] = [];
    for (const n of nodes) {
      if (n.name === "StatementGroup") {
        for (const s of this.kids(n)) if (s.name !== ";") out.push(this.statement(s));
      } else if (n.name !== ";" && n.name !== ":") {
        out.push(this.statement(n));
      }
    }
    return out;
  }

  private body(n: Node | undefined): Stmt[] {
    if (n === undefined || n.name !== "Body") syntaxError();
    return this.statements(this.kids(n));
  }

  private statement(n: Node): Stmt {
    const loc = this.loc(n);
    const k = this.kids(n);
    switch (n.name) {
      case "ExpressionStatement":
        return { kind: "Expr", value: this.exprList(k), loc };
      case "AssignStatement": {
        const segs = splitOn(k, (c) => c.name === "AssignOp");
        const td = k.findIndex((c) => c.name === "TypeDef");
        if (td >= 0) {
          // `target: annotation [= value]`
          if (segs.length > 2) syntaxError();
          const target = this.target(this.exprList(k.slice(0, td)));
          if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript")
            syntaxError(
              `only single target (not ${target.kind === "Tuple" ? "tuple" : "list"}) can be annotated`,
            );
          const annotation = this.exprGroup(this.kids(k[td]!).filter((c) => c.name !== ":"));
          const value = segs.length === 2 ? this.exprList(segs[1]!) : null;
          const simple = target.kind === "Name" && k[0]!.name === "VariableName";
          return { kind: "AnnAssign", target, annotation, value, simple, loc };
        }
        const value = this.exprList(segs[segs.length - 1]!);
        const exprs = segs.slice(0, -1).map((s) => this.exprList(s));
        if (segs.length === 2) this.checkSingleAssign(segs[0]!, exprs[0]!, value);
        const targets = exprs.map((e) => this.target(e));
        return { kind: "Assign", targets, value, loc };
      }
      case "UpdateStatement": {
        const i = k.findIndex((c) => c.name === "UpdateOp");
        const op = this.text(k[i]!).slice(0, -1);
        if (!BIN_OPS.has(op)) syntaxError();
        const target = this.exprList(k.slice(0, i));
        if (target.kind !== "Name" && target.kind !== "Attribute" && target.kind !== "Subscript") {
          syntaxError(`'${describeTarget(target)}' is an illegal expression for augmented assignment`);
        }
        return { kind: "AugAssign", target, op: op as BinOpName, value: this.exprList(k.slice(i + 1)), loc };
      }
      case "DeleteStatement":
        return {
          kind: "Delete",
          targets: splitComma(k.slice(1)).map((g) => this.delTarget(this.exprGroup(g))),
          loc,
        };
      case "PassStatement":
        return { kind: "Pass", loc };
      case "BreakStatement":
        return { kind: "Break", loc };
      case "ContinueStatement":
        return { kind: "Continue", loc };
      case "ReturnStatement":
        return { kind: "Return", value: k.length > 1 ? this.exprList(k.slice(1)) : null, loc };
      case "RaiseStatement": {
        const f = k.findIndex((c) => c.name === "from");
        if (f < 0)
          return { kind: "Raise", exc: k.length > 1 ? this.exprList(k.slice(1)) : null, cause: null, loc };
        return {
          kind: "Raise",
          exc: this.exprList(k.slice(1, f)),
          cause: this.exprList(k.slice(f + 1)),
          loc,
        };
      }
      case "AssertStatement": {
        const g = splitComma(k.slice(1));
        return { kind: "Assert", test: this.exprGroup(g[0]!), msg: g[1] ? this.exprGroup(g[1]) : null, loc };
      }
      case "ScopeStatement":
        return {
          kind: k[0]?.name === "global" ? "Global" : "Nonlocal",
          names: k.filter((c) => c.name === "VariableName").map((c) => this.text(c)),
          loc,
        };
      case "ImportStatement":
        return this.importStatement(k, loc);
      case "IfStatement":
        return this.ifStatement(k, 0, loc);
      case "WhileStatement": {
        const e = k.findIndex((c) => c.name === "else");
        const test = this.exprList(
          k.slice(
            1,
            k.findIndex((c) => c.name === "Body"),
          ),
        );
        const bi = k.findIndex((c) => c.name === "Body");
        return {
          kind: "While",
          test,
          body: this.body(k[bi]),
          orelse: e >= 0 ? this.body(k[e + 1]) : [],
          loc,
        };
      }
      case "ForStatement": {
        const i = k.findIndex((c) => c.name === "in");
        const bi = k.findIndex((c) => c.name === "Body");
        const e = k.findIndex((c) => c.name === "else");
        return {
          kind: "For",
          target: this.target(this.exprList(k.slice(1, i))),
          iter: this.exprList(k.slice(i + 1, bi)),
          body: this.body(k[bi]),
          orelse: e >= 0 ? this.body(k[e + 1]) : [],
          loc,
        };
      }
      case "WithStatement": {
        const bi = k.findIndex((c) => c.name === "Body");
        const items = splitComma(k.slice(1, bi)).map((g) => {
          const a = g.findIndex((c) => c.name === "as");
          if (a < 0) return { context: this.exprGroup(g), target: null };
          return {
            context: this.exprGroup(g.slice(0, a)),
            target: this.target(this.exprGroup(g.slice(a + 1))),
          };
        });
        return { kind: "With", items, body: this.body(k[bi]), loc };
      }
      case "TryStatement":
        return this.tryStatement(k, loc);
      case "FunctionDefinition": {
        if (k[0]?.name === "async") unsupported("async functions");
        const name = this.text(k[1]!);
        const params = this.params(k[2]!);
        const bi = k.findIndex((c) => c.name === "Body");
        const body = this.body(k[bi]);
        // `-> annotation`
        const rt = k.findIndex((c) => c.name === "TypeDef");
        const returns =
          rt >= 0 && rt < bi ? this.exprGroup(this.kids(k[rt]!).filter((c) => c.name !== "->")) : null;
        return {
          kind: "FunctionDef",
          name,
          params,
          body,
          returns,
          decorators: [],
          isGenerator: containsYield(body),
          loc,
        };
      }
      case "ClassDefinition": {
        const name = this.text(k[1]!);
        const al = k.find((c) => c.name === "ArgList");
        const call = al === undefined ? null : this.call({ kind: "Const", value: "None", loc }, al, loc);
        const bases = call?.kind === "Call" ? call.args : [];
        const keywords = call?.kind === "Call" ? call.keywords : [];
        const bi = k.findIndex((c) => c.name === "Body");
        return { kind: "ClassDef", name, bases, keywords, body: this.body(k[bi]), decorators: [], loc };
      }
      case "DecoratedStatement": {
        // lezer gives a decorator as flat tokens (`@a.b(1)`): its text is parsed as an expression
        const decorators = k
          .filter((c) => c.name === "Decorator")
          .map((d) => {
            const ks = this.kids(d).slice(1);
            if (ks.length === 0) syntaxError();
            return this.fragment(this.src.slice(ks[0]!.from, ks[ks.length - 1]!.to), this.loc(d));
          });
        const def = this.statement(k[k.length - 1]!);
        if (def.kind !== "FunctionDef" && def.kind !== "ClassDef") syntaxError();
        return { ...def, decorators, loc };
      }
      case "YieldStatement":
        return { kind: "Expr", value: this.yieldExpr(k, loc), loc };
      case "MatchStatement":
        return unsupported("match statements");
      case "PrintStatement":
        return syntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?");
      default:
        unsupported(`the statement ${n.name}`);
    }
  }

  /** `yield`, `yield x`, `yield a, b`, `yield from x`: the tokens of the expression. */
  private yieldExpr(k: Node[], loc: Loc): Expr {
    k = k.filter((c) => !c.type.isError); // the empty error node of a bare `x = yield`
    if (k[1]?.name === "from") return { kind: "YieldFrom", value: this.exprList(k.slice(2)), loc };
    return { kind: "Yield", value: k.length > 1 ? this.exprList(k.slice(1)) : null, loc };
  }

  private ifStatement(k: Node[], start: number, loc: Loc): Stmt {
    // k[start] is `if` or `elif`: test, Body, then more elif/else.
    const bi = k.findIndex((c, i) => i > start && c.name === "Body");
    const test = this.exprList(k.slice(start + 1, bi));
    const body = this.body(k[bi]);
    const next = k[bi + 1];
    let orelse: Stmt[] = [];
    if (next?.name === "elif") orelse = [this.ifStatement(k, bi + 1, this.loc(next))];
    else if (next?.name === "else") orelse = this.body(k[bi + 2]);
    return { kind: "If", test, body, orelse, loc };
  }

  private tryStatement(k: Node[], loc: Loc): Stmt {
    const body = this.body(k[1]);
    const handlers: ExceptHandler[] = [];
    let orelse: Stmt[] = [];
    let finalbody: Stmt[] = [];
    let i = 2;
    while (i < k.length) {
      const c = k[i]!;
      if (c.name === "except") {
        const bi = k.findIndex((x, j) => j > i && x.name === "Body");
        const head = k.slice(i + 1, bi);
        if (head[0]?.name === "*") unsupported("except*");
        const a = head.findIndex((x) => x.name === "as");
        const typeNodes = a < 0 ? head : head.slice(0, a);
        handlers.push({
          type: typeNodes.length > 0 ? this.exprList(typeNodes) : null,
          name: a < 0 ? null : this.text(head[a + 1]!),
          body: this.body(k[bi]),
          loc: this.loc(c),
        });
        i = bi + 1;
      } else if (c.name === "else") {
        orelse = this.body(k[i + 1]);
        i += 2;
      } else if (c.name === "finally") {
        finalbody = this.body(k[i + 1]);
        i += 2;
      } else {
        syntaxError();
      }
    }
    if (handlers.length === 0 && k.every((c) => c.name !== "finally")) {
      return syntaxError("expected 'except' or 'finally' block");
    }
    return { kind: "Try", body, handlers, orelse, finalbody, loc };
  }

  private importStatement(k: Node[], loc: Loc): Stmt {
    const dotted = (nodes: Node[]): string => nodes.map((c) => this.text(c)).join("");
    if (k[0]!.name === "import") {
      const names = splitComma(k.slice(1)).map((g) => {
        const a = g.findIndex((c) => c.name === "as");
        return a < 0
          ? { name: dotted(g), asname: null }
          : { name: dotted(g.slice(0, a)), asname: this.text(g[a + 1]!) };
      });
      return { kind: "Import", names, loc };
    }
    const imp = k.findIndex((c) => c.name === "import");
    const module = dotted(k.slice(1, imp));
    const rest = k.slice(imp + 1).filter((c) => c.name !== "(" && c.name !== ")");
    if (rest.length === 1 && rest[0]!.name === "*")
      return { kind: "ImportFrom", module, names: [{ name: "*", asname: null }], loc };
    const names = splitComma(rest).map((g) => {
      const a = g.findIndex((c) => c.name === "as");
      return a < 0
        ? { name: dotted(g), asname: null }
        : { name: dotted(g.slice(0, a)), asname: this.text(g[a + 1]!) };
    });
    return { kind: "ImportFrom", module, names, loc };
  }

  private params(n: Node): Params {
    const k = this.kids(n).filter((c) => c.name !== "(" && c.name !== ")");
    const p: Params = { names: [], defaults: [], vararg: null, kwonly: [], kwDefaults: [], kwarg: null };
    let star = false;
    for (const g of splitComma(k)) {
      if (g.length === 0) continue;
      const td = g.findIndex((c) => c.name === "TypeDef");
      if (td >= 0) {
        // `name: annotation`: kept for __annotations__, then read as the plain parameter
        const ann = this.kids(g[td]!).filter((c) => c.name !== ":");
        const name = this.text(g[td - 1]!);
        (p.annotations ??= []).push({ name, annotation: this.exprGroup(ann) });
        g.splice(td, 1);
      }
      if (g[0]!.name === "*") {
        star = true;
        if (g.length > 1) p.vararg = this.text(g[1]!);
      } else if (g[0]!.name === "**") {
        p.kwarg = this.text(g[1]!);
      } else if (g[0]!.name === "/") {
        // positional-only marker: accepted, not enforced
      } else if (star) {
        p.kwonly.push(this.text(g[0]!));
        const eq = g.findIndex((c) => c.name === "AssignOp");
        p.kwDefaults.push(eq >= 0 ? this.exprGroup(g.slice(eq + 1)) : null);
      } else {
        p.names.push(this.text(g[0]!));
        const eq = g.findIndex((c) => c.name === "AssignOp");
        if (eq >= 0) p.defaults.push(this.exprGroup(g.slice(eq + 1)));
        else {
          if (p.defaults.some((d) => d !== null))
            syntaxError("non-default argument follows default argument");
          p.defaults.push(null);
        }
      }
    }
    return p;
  }

  // ---------------------------------------------------------------- targets

  private target(e: Expr): Expr {
    switch (e.kind) {
      case "Name":
      case "Attribute":
      case "Subscript":
        return e;
      case "Tuple":
      case "List":
        for (const x of e.elts) this.target(x.kind === "Starred" ? x.value : x);
        if (e.elts.filter((x) => x.kind === "Starred").length > 1)
          syntaxError("multiple starred expressions in assignment");
        return e;
      case "Starred":
        return syntaxError("starred assignment target must be in a list or tuple");
      default:
        syntaxError(`cannot assign to ${describeTarget(e)}`);
    }
  }

  /**
   * `a = b` with an invalid target: PEG's `invalid_named_expression` (tried
   * before `invalid_assignment`) reports it at the last element of a bare
   * tuple target, or at the whole target, when that is a `bitwise_or` and the
   * value starts with one.
   */
  private checkSingleAssign(nodes: Node[], target: Expr, value: Expr): void {
    try {
      this.target(target);
      return;
    } catch (e) {
      if (!isBitwiseOr(leftmost(value))) throw e;
      const bare = nodes.some((c) => c.name === ",");
      let a = target;
      if (bare && target.kind === "Tuple") {
        a = target.elts[target.elts.length - 1]!;
        if (a.kind === "Name") syntaxError("invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
      } else if (target.kind === "Tuple" || target.kind === "List") {
        throw e;
      }
      if (a.kind === "List" || a.kind === "Tuple" || !isBitwiseOr(a)) throw e;
      if (a.kind === "ListComp" && a.generator) throw e;
      if (a.kind === "Const" && a.value !== "Ellipsis") throw e;
      syntaxError(`cannot assign to ${exprName(a)} here. Maybe you meant '==' instead of '='?`);
    }
  }

  private delTarget(e: Expr): Expr {
    if (e.kind === "Name" || e.kind === "Attribute" || e.kind === "Subscript") return e;
    if (e.kind === "Tuple" || e.kind === "List") {
      for (const x of e.elts) this.delTarget(x);
      return e;
    }
    syntaxError(`cannot delete ${describeTarget(e)}`);
  }

  // ---------------------------------------------------------------- expressions

  /** A comma-separated run: a tuple if there is a comma, else the one expression. */
  private exprList(nodes: Node[]): Expr {
    if (nodes.length === 0) syntaxError();
    const groups = splitComma(nodes);
    const hasComma = nodes.some((c) => c.name === ",");
    if (!hasComma) return this.exprGroup(groups[0]!);
    const elts = groups.filter((g) => g.length > 0).map((g) => this.exprGroup(g));
    // a tuple without brackets spans its items (a trailing comma included)
    return { kind: "Tuple", elts, loc: this.loc({ from: nodes[0]!.from, to: nodes[nodes.length - 1]!.to }) };
  }

  /** One element of a list: an expression or `*expr`. */
  private exprGroup(g: Node[]): Expr {
    if (g.length === 0) syntaxError();
    if (g[0]!.name === "*" && g.length === 2)
      return { kind: "Starred", value: this.expr(g[1]!), loc: this.loc(g[0]!) };
    if (g.length !== 1) syntaxError();
    return this.expr(g[0]!);
  }

  private expr(n: Node): Expr {
    const loc = this.loc(n);
    switch (n.name) {
      case "VariableName":
        return { kind: "Name", id: this.text(n), loc };
      case "Number":
        return this.number(this.text(n), loc);
      case "String":
        return this.stringLiteral(this.text(n), loc);
      case "ContinuedString": {
        const kids = this.kids(n);
        if (kids.some((c) => c.name === "FormatString" || /^[a-zA-Z]*[fF]/.test(this.text(c)))) {
          const parts: (string | FormattedValue)[] = [];
          for (const c of kids) {
            const e = this.expr(c);
            if (e.kind === "Bytes") syntaxError("cannot mix bytes and nonbytes literals");
            if (e.kind === "Str") parts.push(e.value);
            else if (e.kind === "JoinedStr") parts.push(...e.parts);
          }
          return { kind: "JoinedStr", parts, loc };
        }
        const parts = kids.map((c) => this.stringLiteral(this.text(c), loc));
        const isBytes = parts[0]!.kind === "Bytes";
        if (parts.some((p) => (p.kind === "Bytes") !== isBytes))
          syntaxError("cannot mix bytes and nonbytes literals");
        if (!isBytes)
          return { kind: "Str", value: parts.map((p) => (p as { value: string }).value).join(""), loc };
        const arrays = parts.map((p) => (p as { value: Uint8Array }).value);
        const total = arrays.reduce((s, a) => s + a.length, 0);
        const out = new Uint8Array(total);
        let off = 0;
        for (const a of arrays) {
          out.set(a, off);
          off += a.length;
        }
        return { kind: "Bytes", value: out, loc };
      }
      case "FormatString":
        return this.formatString(n, loc);
      case "Boolean":
        return { kind: "Const", value: this.text(n) === "True" ? "True" : "False", loc };
      case "None":
        return { kind: "Const", value: "None", loc };
      case "Ellipsis":
        return { kind: "Const", value: "Ellipsis", loc };
      case "ParenthesizedExpression": {
        const k = this.kids(n);
        const inner = k.slice(1, -1);
        return this.exprGroup(inner);
      }
      case "TupleExpression": {
        const k = this.kids(n).slice(1, -1);
        return {
          kind: "Tuple",
          elts: splitComma(k)
            .filter((g) => g.length > 0)
            .map((g) => this.exprGroup(g)),
          loc,
        };
      }
      case "ArrayExpression": {
        const k = this.kids(n).slice(1, -1);
        return {
          kind: "List",
          elts: splitComma(k)
            .filter((g) => g.length > 0)
            .map((g) => this.exprGroup(g)),
          loc,
        };
      }
      case "DictionaryExpression": {
        const k = this.kids(n).slice(1, -1);
        const keys: (Expr | null)[] = [];
        const values: Expr[] = [];
        for (const g of splitComma(k)) {
          if (g.length === 0) continue;
          if (g[0]!.name === "**") {
            keys.push(null);
            values.push(this.exprGroup(g.slice(1)));
            continue;
          }
          const c = g.findIndex((x) => x.name === ":");
          if (c < 0) syntaxError();
          keys.push(this.exprGroup(g.slice(0, c)));
          values.push(this.exprGroup(g.slice(c + 1)));
        }
        return { kind: "Dict", keys, values, loc };
      }
      case "ArrayComprehensionExpression":
        return this.comprehension(this.kids(n).slice(1, -1), false, loc);
      case "ComprehensionExpression":
        return this.comprehension(this.kids(n).slice(1, -1), true, loc);
      case "SetExpression": {
        const k = this.kids(n).slice(1, -1);
        return {
          kind: "Set",
          elts: splitComma(k)
            .filter((g) => g.length > 0)
            .map((g) => this.exprGroup(g)),
          loc,
        };
      }
      case "SetComprehensionExpression": {
        const c = this.comprehension(this.kids(n).slice(1, -1), false, loc);
        if (c.kind !== "ListComp") syntaxError();
        return { kind: "SetComp", elt: c.elt, generators: c.generators, loc };
      }
      case "DictionaryComprehensionExpression": {
        const k = this.kids(n).slice(1, -1);
        const colon = k.findIndex((x) => x.name === ":");
        const forAt = k.findIndex((x) => x.name === "for");
        if (colon < 0 || forAt < colon) syntaxError();
        const c = this.comprehension(k.slice(colon + 1), false, loc);
        if (c.kind !== "ListComp") syntaxError();
        return {
          kind: "DictComp",
          key: this.exprGroup(k.slice(0, colon)),
          value: c.elt,
          generators: c.generators,
          loc,
        };
      }
      case "MemberExpression": {
        const k = this.kids(n);
        const value = this.expr(k[0]!);
        if (k[1]!.name === ".") return { kind: "Attribute", value, attr: this.text(k[2]!), loc };
        return { kind: "Subscript", value, index: this.subscript(k.slice(2, -1)), loc };
      }
      case "CallExpression": {
        const k = this.kids(n);
        return this.call(this.expr(k[0]!), k[1]!, loc);
      }
      case "UnaryExpression": {
        const k = this.kids(n);
        const op = this.text(k[0]!);
        if (op !== "-" && op !== "+" && op !== "~" && op !== "not") syntaxError();
        if (op === "not") return this.boolExpr(n);
        return { kind: "UnaryOp", op, operand: this.expr(k[1]!), loc };
      }
      case "BinaryExpression":
        return this.binary(n, loc);
      case "ConditionalExpression": {
        const k = this.kids(n);
        return {
          kind: "IfExp",
          body: this.expr(k[0]!),
          test: this.expr(k[2]!),
          orelse: this.expr(k[4]!),
          loc,
        };
      }
      case "LambdaExpression": {
        const k = this.kids(n);
        const pl = k.find((c) => c.name === "ParamList");
        const params: Params = pl
          ? this.params(pl)
          : { names: [], defaults: [], vararg: null, kwonly: [], kwDefaults: [], kwarg: null };
        return { kind: "Lambda", params, body: this.expr(k[k.length - 1]!), loc };
      }
      case "YieldExpression":
        return this.yieldExpr(this.kids(n), loc);
      case "AwaitExpression":
        return unsupported("await");
      case "NamedExpression":
        return unsupported("assignment expressions");
      default:
        syntaxError();
    }
  }

  /**
   * `not`/`and`/`or`. Lezer's grammar lets `not` take a whole unparenthesized
   * `and`/`or` chain (`not a and b` as `not (a and b)`), so the operands and
   * operators are flattened and regrouped with Python's precedence:
   * `or` < `and` < `not`, `and`/`or` left-associative.
   */
  private boolExpr(n: Node): Expr {
    const toks: (Node | "and" | "or" | "not")[] = [];
    const flatten = (m: Node): void => {
      if (m.name === "BinaryExpression") {
        const k = this.kids(m);
        const op = k.length === 3 ? this.text(k[1]!) : "";
        if (op === "and" || op === "or") {
          flatten(k[0]!);
          toks.push(op);
          flatten(k[2]!);
          return;
        }
      } else if (m.name === "UnaryExpression") {
        const k = this.kids(m);
        if (this.text(k[0]!) === "not") {
          toks.push("not");
          flatten(k[1]!);
          return;
        }
      }
      toks.push(m);
    };
    flatten(n);
    let i = 0;
    const notExpr = (): Expr => {
      const t = toks[i++];
      if (t === "not") {
        const loc = this.loc(n);
        return { kind: "UnaryOp", op: "not", operand: notExpr(), loc };
      }
      if (t === undefined || typeof t === "string") syntaxError();
      return this.expr(t);
    };
    const chain = (op: "and" | "or", sub: () => Expr): Expr => {
      let left = sub();
      while (toks[i] === op) {
        i++;
        left = { kind: "BoolOp", op, left, right: sub(), loc: left.loc };
      }
      return left;
    };
    const e = chain("or", () => chain("and", notExpr));
    if (i !== toks.length) syntaxError();
    return e;
  }

  private binary(n: Node, loc: Loc): Expr {
    const k = this.kids(n);
    if (k.length === 3 && (this.text(k[1]!) === "and" || this.text(k[1]!) === "or")) return this.boolExpr(n);
    const left = this.expr(k[0]!);
    const right = this.expr(k[k.length - 1]!);
    const op = k
      .slice(1, -1)
      .map((c) => this.text(c))
      .join(" ");
    if (op === "and" || op === "or") return { kind: "BoolOp", op, left, right, loc };
    if (CMP_OPS.has(op)) {
      if (op === "<>") syntaxError();
      // `a < b < c` comes nested; an unparenthesized comparison on the left chains.
      if (left.kind === "Compare" && k[0]!.name === "BinaryExpression") {
        return {
          kind: "Compare",
          left: left.left,
          ops: [...left.ops, op as CmpOpName],
          comparators: [...left.comparators, right],
          loc,
        };
      }
      return { kind: "Compare", left, ops: [op as CmpOpName], comparators: [right], loc };
    }
    if (!BIN_OPS.has(op)) syntaxError();
    return { kind: "BinOp", op: op as BinOpName, left, right, loc };
  }

  /** The inside of `[...]`: index, slice, or a tuple of them. */
  private subscript(k: Node[]): Expr {
    if (k.length === 0) syntaxError();
    // the index spans its own nodes (its end places a traceback's '^' under the brackets)
    const span = (g: Node[]): Loc => this.loc({ from: g[0]!.from, to: g[g.length - 1]!.to });
    const loc = span(k);
    const groups = splitComma(k);
    const one = (g: Node[]): Expr => {
      if (!g.some((c) => c.name === ":")) return this.exprGroup(g);
      const parts = splitOn(g, (c) => c.name === ":");
      if (parts.length > 3) syntaxError();
      const part = (p: Node[] | undefined): Expr | null =>
        p === undefined || p.length === 0 ? null : this.exprGroup(p);
      return {
        kind: "Slice",
        lower: part(parts[0]),
        upper: part(parts[1]),
        step: part(parts[2]),
        loc: g.length > 0 ? span(g) : loc,
      };
    };
    if (!k.some((c) => c.name === ",")) return one(groups[0]!);
    return { kind: "Tuple", elts: groups.filter((g) => g.length > 0).map(one), loc };
  }

  private call(func: Expr, argList: Node, loc: Loc): Expr {
    const k = this.kids(argList).slice(1, -1);
    if (k.some((c) => c.name === "for")) {
      // A generator expression as the only argument: f(x for x in y).
      return { kind: "Call", func, args: [this.comprehension(k, true, loc)], keywords: [], loc };
    }
    const args: Expr[] = [];
    const keywords: Keyword[] = [];
    for (const g of splitComma(k)) {
      if (g.length === 0) continue;
      if (g[0]!.name === "**") keywords.push({ name: null, value: this.exprGroup(g.slice(1)) });
      else if (g.length >= 3 && g[1]!.name === "AssignOp") {
        if (g[0]!.name !== "VariableName")
          syntaxError('expression cannot contain assignment, perhaps you meant "=="?');
        const name = this.text(g[0]!);
        if (keywords.some((kw) => kw.name === name)) syntaxError(`keyword argument repeated: ${name}`);
        keywords.push({ name, value: this.exprGroup(g.slice(2)) });
      } else {
        if (keywords.length > 0 && g[0]!.name !== "*") {
          syntaxError(
            keywords.some((kw) => kw.name === null)
              ? "positional argument follows keyword argument unpacking"
              : "positional argument follows keyword argument",
          );
        }
        args.push(this.exprGroup(g));
      }
    }
    return { kind: "Call", func, args, keywords, loc };
  }

  /** `elt for t in it if c ... for ...`: the tokens between the brackets. */
  private comprehension(k: Node[], generator: boolean, loc: Loc): Expr {
    const first = k.findIndex((c) => c.name === "for");
    if (first < 0) syntaxError();
    if (k.slice(0, first).some((c) => c.name === ","))
      syntaxError("did you forget parentheses around the comprehension target?");
    const elt = this.exprGroup(k.slice(0, first));
    const generators: Comprehension[] = [];
    let i = first;
    while (i < k.length) {
      if (k[i]!.name === "async") unsupported("async comprehensions");
      // k[i] is `for`
      const inAt = k.findIndex((c, j) => j > i && c.name === "in");
      let end = inAt + 1;
      while (end < k.length && k[end]!.name !== "for" && k[end]!.name !== "if") end++;
      const gen: Comprehension = {
        target: this.target(this.exprList(k.slice(i + 1, inAt))),
        iter: this.exprGroup(k.slice(inAt + 1, end)),
        ifs: [],
      };
      while (end < k.length && k[end]!.name === "if") {
        let e2 = end + 1;
        while (e2 < k.length && k[e2]!.name !== "for" && k[e2]!.name !== "if") e2++;
        gen.ifs.push(this.exprGroup(k.slice(end + 1, e2)));
        end = e2;
      }
      generators.push(gen);
      i = end;
    }
    return { kind: "ListComp", elt, generators, generator, loc };
  }

  // ---------------------------------------------------------------- literals

  /**
   * An f-string, scanned here (as CPython's tokenizer does in 3.11) rather
   * than taken from lezer, whose f-string grammar reads `{x:=5}` as a walrus:
   * literal text (escapes and `{{`/`}}` decoded) and `{expr!c:spec}` fields,
   * each expression parsed on its own.
   */
  private formatString(n: Node | null, loc: Loc, whole?: string): Expr {
    const t = whole ?? this.text(n!);
    let p = 0;
    while (t[p] !== "'" && t[p] !== '"') p++;
    const raw = t.slice(0, p).toLowerCase().includes("r");
    const ql = t.startsWith(t[p]!.repeat(3), p) && t.length >= p + 6 ? 3 : 1;
    const body = t.slice(p + ql, t.length - ql);
    // where the body starts on its line (fields get their own columns), when the string is one line of the source
    const bodyCol =
      whole === undefined && loc.col !== undefined && loc.endLine === loc.line ? loc.col + p + ql : null;
    const parts = this.fstringParts(body, raw, loc, 0, bodyCol);
    return { kind: "JoinedStr", parts, loc };
  }

  /** The parts of an f-string body (or of a format spec, at `depth` 1). */
  private fstringParts(
    body: string,
    raw: boolean,
    loc: Loc,
    depth: number,
    bodyCol: number | null = null,
  ): (string | FormattedValue)[] {
    const parts: (string | FormattedValue)[] = [];
    let lit = "";
    const flush = (): void => {
      if (lit.length > 0) parts.push(raw || depth > 0 ? lit : decodeStrLiteral(lit));
      lit = "";
    };
    let i = 0;
    while (i < body.length) {
      const c = body[i]!;
      if (c === "{" && body[i + 1] === "{" && depth === 0) {
        lit += "{";
        i += 2;
      } else if (c === "}" && body[i + 1] === "}" && depth === 0) {
        lit += "}";
        i += 2;
      } else if (c === "}") {
        syntaxError("f-string: single '}' is not allowed");
      } else if (c === "{") {
        if (depth > 1) syntaxError("f-string: expressions nested too deeply");
        flush();
        const r = this.fstringField(body, i + 1, raw, loc, depth, bodyCol);
        // `{expr=}`: the expression's text as written, then its value
        if (r.debugText !== null) parts.push(r.debugText);
        parts.push(r.value);
        i = r.end;
      } else if (c === "\\" && !raw && depth === 0) {
        lit += body.slice(i, i + 2);
        i += 2;
      } else {
        lit += c;
        i++;
      }
    }
    flush();
    return parts;
  }

  /**
   * An expression given as text (an f-string field, a decorator), placed on
   * line `loc`, its columns shifted to `col` (where the text starts on that
   * line) when known.
   */
  private fragment(text: string, loc: Loc, col: number | null = null): Expr {
    const stmts = new Converter(`(${text})\n`).module();
    const first = stmts[0];
    if (stmts.length !== 1 || first?.kind !== "Expr") syntaxError();
    return withLine(first.value, loc, col);
  }

  /** `expr!c:spec}` from `at` (just after `{`): the field and the index after its `}`. */
  private fstringField(
    body: string,
    at: number,
    raw: boolean,
    loc: Loc,
    depth: number,
    bodyCol: number | null,
  ): { value: FormattedValue; end: number; debugText: string | null } {
    // the expression ends at a top-level `!` (not `!=`), `:` or `}`
    const stack: string[] = [];
    let i = at;
    for (; i < body.length; i++) {
      const c = body[i]!;
      if (c === "'" || c === '"') {
        const q = body.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
        const close = body.indexOf(q, i + q.length);
        if (close < 0) syntaxError("f-string: unterminated string");
        i = close + q.length - 1;
      } else if (c === "\\") {
        syntaxError("f-string expression part cannot include a backslash");
      } else if (c === "#") {
        syntaxError("f-string expression part cannot include '#'");
      } else if ("([{".includes(c)) stack.push(c);
      else if (")]}".includes(c)) {
        if (stack.length === 0) {
          if (c === "}") break;
          syntaxError(`f-string: unmatched '${c}'`);
        }
        stack.pop();
      } else if (stack.length === 0 && c === "!" && body[i + 1] !== "=") break;
      else if (stack.length === 0 && c === ":") break;
    }
    if (i >= body.length) syntaxError("f-string: expecting '}'");
    let exprText = body.slice(at, i);
    // `{expr=}`, `{expr = !r:spec}`: a trailing `=` (not `==`, `!=`, `<=`, `>=`)
    const debug = /^(.*[^=!<>])=(\s*)$/s.exec(exprText);
    const debugText = debug === null ? null : exprText;
    if (debug !== null) exprText = debug[1]!;
    if (exprText.trim() === "") syntaxError("f-string: empty expression not allowed");
    exprText = exprText.replace(/\n/g, " ");
    const value = this.fragment(
      exprText,
      loc,
      bodyCol === null || exprText.includes("\n") ? null : bodyCol + at,
    );
    let conversion: FormattedValue["conversion"] = null;
    if (body[i] === "!") {
      const c = body[i + 1] ?? "";
      if (c !== "r" && c !== "s" && c !== "a")
        syntaxError(`f-string: invalid conversion character '${c}': expected 's', 'r', or 'a'`);
      conversion = c;
      i += 2;
      if (body[i] !== ":" && body[i] !== "}") syntaxError("f-string: expecting '}'");
    }
    let spec: Expr | null = null;
    if (body[i] === ":") {
      // the spec runs to the matching `}`; it may hold `{...}` fields
      let j = i + 1;
      let level = 0;
      for (; j < body.length; j++) {
        if (body[j] === "{") level++;
        else if (body[j] === "}") {
          if (level === 0) break;
          level--;
        }
      }
      if (j >= body.length) syntaxError("f-string: expecting '}'");
      spec = {
        kind: "JoinedStr",
        parts: this.fstringParts(
          body.slice(i + 1, j),
          raw,
          loc,
          depth + 1,
          bodyCol === null ? null : bodyCol + i + 1,
        ),
        loc,
      };
      i = j;
    }
    if (body[i] !== "}") syntaxError("f-string: expecting '}'");
    // a debug field without conversion or spec shows the repr
    if (debugText !== null && conversion === null && spec === null) conversion = "r";
    return { value: { value, conversion, spec }, end: i + 1, debugText };
  }

  private number(t: string, loc: Loc): Expr {
    checkUnderscores(t);
    const s = t.replace(/_/g, "");
    if (/[jJ]$/.test(s)) unsupported("complex numbers");
    if (/^0[xX]/.test(s)) return int(BigInt(s), loc);
    if (/^0[oO]/.test(s)) return int(BigInt(s), loc);
    if (/^0[bB]/.test(s)) return int(BigInt(s), loc);
    if (/[.eE]/.test(s)) return { kind: "Float", value: Number.parseFloat(s), loc };
    if (/^0+\d/.test(s) && /[1-9]/.test(s)) {
      syntaxError(
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
      );
    }
    if (s.length < 16) return { kind: "Int", value: Number.parseInt(s, 10), loc };
    return int(BigInt(s), loc);
  }

  private stringLiteral(t: string, loc: Loc): Expr {
    let p = 0;
    while (p < t.length && t[p] !== "'" && t[p] !== '"') p++;
    const prefix = t.slice(0, p).toLowerCase();
    if (prefix.includes("f")) return this.formatString(null, loc, t);
    const q = t[p]!;
    checkTerminated(t, p, loc);
    const triple = t.startsWith(q.repeat(3), p) && t.length >= p + 6;
    const ql = triple ? 3 : 1;
    const body = t.slice(p + ql, t.length - ql);
    const raw = prefix.includes("r");
    if (prefix.includes("b")) return { kind: "Bytes", value: decodeBytesLiteral(body, raw), loc };
    return { kind: "Str", value: raw ? body : decodeStrLiteral(body), loc };
  }
}

/**
 * Lezer does not lex a float with a trailing dot (`5.`); such literals get a
 * `0` appended (`5.0`) outside strings and comments. Line numbers are kept.
 */
function fixTrailingDotFloats(src: string): string {
  if (!/\d\.(?![\w.])/.test(src)) return src;
  let out = "";
  let i = 0;
  const n = src.length;
  while (i < n) {
    const c = src[i]!;
    if (c === "#") {
      const j = src.indexOf("\n", i);
      const end = j < 0 ? n : j;
      out += src.slice(i, end);
      i = end;
    } else if (c === "'" || c === '"') {
      const q = src.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < n && !src.startsWith(q, j)) {
        if (src[j] === "\\") j++;
        else if (q.length === 1 && src[j] === "\n") break;
        j++;
      }
      j = Math.min(n, j + q.length);
      out += src.slice(i, j);
      i = j;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < n && /\w/.test(src[j]!)) j++;
      out += src.slice(i, j);
      i = j;
    } else if (/\d/.test(c)) {
      let j = i;
      while (j < n && /\w/.test(src[j]!)) j++;
      const tok = src.slice(i, j);
      out += tok;
      i = j;
      if (src[i] === "." && !/[\w.]/.test(src[i + 1] ?? "") && !/^0[xXoObB]/.test(tok)) {
        out += ".0";
        i++;
      }
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function int(v: bigint, loc: Loc): Expr {
  const n = v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v;
  return { kind: "Int", value: n, loc };
}

/** The tokenizer's check that a string literal token has its closing quote. */
function checkTerminated(t: string, p: number, loc: Loc): void {
  const q = t[p]!;
  const q3 = q.repeat(3);
  const isTriple = t.startsWith(q3, p) && !(t.length === p + 2);
  const closing = isTriple ? q3 : q;
  let ok = t.length >= p + 2 * closing.length && t.endsWith(closing);
  if (ok) {
    // the closing quote must not be escaped
    let bs = 0;
    for (let i = t.length - closing.length - 1; i >= p + closing.length && t[i] === "\\"; i--) bs++;
    if (bs % 2 === 1) ok = false;
  }
  if (!ok) {
    syntaxError(
      `unterminated ${isTriple ? "triple-quoted " : ""}string literal (detected at line ${loc.line})`,
    );
  }
}

/** The tokenizer's rule for `_` in numbers: single underscores between digits only. */
function checkUnderscores(t: string): void {
  if (!t.includes("_")) return;
  const m = /^0([xXoObB])/.exec(t);
  const kind = m === null ? "decimal" : { x: "hexadecimal", o: "octal", b: "binary" }[m[1]!.toLowerCase()]!;
  const body = m === null ? t : t.slice(2).replace(/^_/, "");
  if (/__|_$|_[.eEjJ]|[.eE][+-]?_|^_/.test(body)) syntaxError(`invalid ${kind} literal`);
}

/** The tokenizer's error for a malformed number token, or null. */
function badNumber(t: string): string | null {
  const m = /^0([xXoObB])/.exec(t);
  if (m !== null) {
    const k = m[1]!.toLowerCase();
    const kind = { x: "hexadecimal", o: "octal", b: "binary" }[k]!;
    const body = t.slice(2);
    const digits = k === "x" ? /[0-9a-fA-F]/ : k === "o" ? /[0-7]/ : /[01]/;
    for (const ch of body) {
      if (ch === "_" || digits.test(ch)) continue;
      if (k !== "x" && /[0-9]/.test(ch)) return `invalid digit '${ch}' in ${kind} literal`;
      return `invalid ${kind} literal`;
    }
    if (body === "" || /__|_$/.test(body.replace(/^_/, "")) || body === "_") return `invalid ${kind} literal`;
    return null;
  }
  if (!/^[0-9_]*(\.[0-9_]*)?([eE][+-]?[0-9_]+)?[jJ]?$/.test(t)) return "invalid decimal literal";
  if (/__|_$|_[.eEjJ]|[.eE][+-]?_/.test(t)) return "invalid decimal literal";
  return null;
}

/** The target kinds PEG's `bitwise_or` covers (`invalid_named_expression`). */
function isBitwiseOr(e: Expr): boolean {
  switch (e.kind) {
    case "Compare":
    case "BoolOp":
    case "IfExp":
    case "Lambda":
    case "Starred":
      return false;
    case "UnaryOp":
      return e.op !== "not";
    default:
      return true;
  }
}

/** The leftmost operand of an expression (where PEG starts to parse it). */
function leftmost(e: Expr): Expr {
  for (;;) {
    if (e.kind === "Tuple" && e.elts.length > 0) e = e.elts[0]!;
    else if (e.kind === "Compare" || e.kind === "BoolOp") e = e.left;
    else if (e.kind === "IfExp") e = e.body;
    else return e;
  }
}

function describeTarget(e: Expr): string {
  switch (e.kind) {
    case "Int":
    case "Float":
    case "Str":
    case "Bytes":
      return "literal";
    case "Const":
      return e.value === "Ellipsis" ? "ellipsis" : e.value;
    case "Call":
      return "function call";
    case "BinOp":
    case "UnaryOp":
      return "expression";
    case "Compare":
      return "comparison";
    case "BoolOp":
      return "expression";
    case "IfExp":
      return "conditional expression";
    case "Lambda":
      return "lambda";
    case "ListComp":
      return e.generator ? "generator expression" : "list comprehension";
    case "Dict":
      return "dict literal";
    case "Tuple":
      return "tuple";
    default:
      return "expression";
  }
}

/** `_PyPegen_get_expr_name`. */
function exprName(e: Expr): string {
  if (e.kind === "Attribute") return "attribute";
  if (e.kind === "Subscript") return "subscript";
  if (e.kind === "Name") return "name";
  return describeTarget(e);
}

function splitOn(nodes: Node[], isSep: (n: Node) => boolean): Node[][] {
  const out: Node[][] = [[]];
  for (const n of nodes) {
    if (isSep(n)) out.push([]);
    else out[out.length - 1]!.push(n);
  }
  return out;
}

function splitComma(nodes: Node[]): Node[][] {
  const g = splitOn(nodes, (c) => c.name === ",");
  // A trailing comma leaves an empty last group.
  if (g.length > 1 && g[g.length - 1]!.length === 0) g.pop();
  return g;
}

const SIMPLE_ESCAPES: Record<string, number> = {
  "\\": 0x5c,
  "'": 0x27,
  '"': 0x22,
  a: 7,
  b: 8,
  f: 12,
  n: 10,
  r: 13,
  t: 9,
  v: 11,
};

/** Escapes of a bytes literal (`b'...'`): ASCII only, `\xNN`, octal, the C escapes. */
function decodeBytesLiteral(body: string, raw: boolean): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c >= 128) syntaxError("bytes can only contain ASCII literal characters");
    if (c !== 0x5c || raw) {
      out.push(c);
      continue;
    }
    const e = body[++i];
    if (e === undefined) {
      out.push(0x5c);
      break;
    }
    if (e === "\n") continue;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) out.push(simple);
    else if (e === "x") {
      const h = body.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(h))
        syntaxError(`(value error) invalid \\x escape at position ${out.length}`);
      out.push(Number.parseInt(h, 16));
      i += 2;
    } else if (e >= "0" && e <= "7") {
      let j = i;
      while (j < i + 3 && j < body.length && body[j]! >= "0" && body[j]! <= "7") j++;
      out.push(Number.parseInt(body.slice(i, j), 8) & 0xff);
      i = j - 1;
    } else {
      out.push(0x5c, e.charCodeAt(0));
    }
  }
  return Uint8Array.from(out);
}

/** Escapes of a str literal, including `\uXXXX` and `\UXXXXXXXX`. */
function decodeStrLiteral(body: string): string {
  if (!body.includes("\\")) return body;
  let out = "";
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== "\\") {
      out += ch;
      continue;
    }
    const e = body[++i];
    if (e === undefined) {
      out += "\\";
      break;
    }
    if (e === "\n") continue;
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) out += String.fromCharCode(simple);
    else if (e === "x" || e === "u" || e === "U") {
      const n = e === "x" ? 2 : e === "u" ? 4 : 8;
      const h = body.slice(i + 1, i + 1 + n);
      if (h.length !== n || !/^[0-9a-fA-F]+$/.test(h)) {
        const kind = e === "x" ? "\\xXX" : e === "u" ? "\\uXXXX" : "\\UXXXXXXXX";
        syntaxError(
          `(unicode error) 'unicodeescape' codec can't decode bytes in position ${out.length}-${out.length + 1 + h.replace(/[^0-9a-fA-F].*$/, "").length}: truncated ${kind} escape`,
        );
      }
      const cp = Number.parseInt(h, 16);
      if (cp > 0x10ffff)
        syntaxError("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character");
      out += String.fromCodePoint(cp);
      i += n;
    } else if (e >= "0" && e <= "7") {
      let j = i;
      while (j < i + 3 && j < body.length && body[j]! >= "0" && body[j]! <= "7") j++;
      out += String.fromCodePoint(Number.parseInt(body.slice(i, j), 8));
      i = j - 1;
    } else if (e === "N") {
      unsupported("\\N{...} escapes");
    } else {
      out += `\\${e}`;
    }
  }
  return out;
}

/** An expression parsed from an f-string field, placed on the f-string's line. */
function withLine(e: Expr, loc: Loc, col: number | null): Expr {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) walk(x);
      return;
    }
    if (v === null || typeof v !== "object" || v instanceof Uint8Array) return;
    for (const [k, x] of Object.entries(v)) {
      // the fragment's columns (after its opening bracket) shifted to the source's, or the line only
      if (k === "loc") {
        const own = x as Loc;
        (v as { loc: Loc }).loc =
          col === null || own.col === undefined || own.endCol === undefined || own.endLine !== 1
            ? { line: loc.line }
            : { line: loc.line, col: own.col - 1 + col, endLine: loc.line, endCol: own.endCol - 1 + col };
      } else walk(x);
    }
  };
  walk(e);
  return e;
}
