/**
 * The syntax tree minipy evaluates: a small subset of CPython's `ast` module
 * (`Parser/Python.asdl`), built from the `@lezer/python` tree by `parse.ts`.
 *
 * Literal values are kept as JS values and turned into Python objects each
 * time they are evaluated (ints and bools are cached by the object layer).
 */

/**
 * A source position for tracebacks: 1-based lines, 0-based columns (the end
 * exclusive), as CPython's `lineno`/`col_offset`/`end_lineno`/`end_col_offset`;
 * the columns are missing where the source text is not the node's own (an
 * f-string field, a decorator).
 */
export interface Loc {
  line: number;
  col?: number;
  endLine?: number;
  endCol?: number;
}

export type BinOpName = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "<<" | ">>" | "&" | "|" | "^" | "@";
export type CmpOpName = "<" | "<=" | "==" | "!=" | ">" | ">=" | "is" | "is not" | "in" | "not in";

export type Expr =
  | { kind: "Name"; id: string; loc: Loc }
  | { kind: "Int"; value: number | bigint; loc: Loc }
  | { kind: "Float"; value: number; loc: Loc }
  | { kind: "Str"; value: string; loc: Loc }
  | { kind: "Bytes"; value: Uint8Array; loc: Loc }
  | { kind: "Const"; value: "None" | "True" | "False" | "Ellipsis"; loc: Loc }
  | { kind: "Tuple"; elts: Expr[]; loc: Loc }
  | { kind: "List"; elts: Expr[]; loc: Loc }
  | { kind: "Dict"; keys: (Expr | null)[]; values: Expr[]; loc: Loc }
  | { kind: "Set"; elts: Expr[]; loc: Loc }
  | { kind: "Starred"; value: Expr; loc: Loc }
  | { kind: "Slice"; lower: Expr | null; upper: Expr | null; step: Expr | null; loc: Loc }
  | { kind: "Attribute"; value: Expr; attr: string; loc: Loc }
  | { kind: "Subscript"; value: Expr; index: Expr; loc: Loc }
  | { kind: "Call"; func: Expr; args: Expr[]; keywords: Keyword[]; loc: Loc }
  | { kind: "BinOp"; op: BinOpName; left: Expr; right: Expr; loc: Loc }
  | { kind: "UnaryOp"; op: "-" | "+" | "~" | "not"; operand: Expr; loc: Loc }
  | { kind: "BoolOp"; op: "and" | "or"; left: Expr; right: Expr; loc: Loc }
  | { kind: "Compare"; left: Expr; ops: CmpOpName[]; comparators: Expr[]; loc: Loc }
  | { kind: "IfExp"; test: Expr; body: Expr; orelse: Expr; loc: Loc }
  | { kind: "ListComp"; elt: Expr; generators: Comprehension[]; generator: boolean; loc: Loc }
  | { kind: "SetComp"; elt: Expr; generators: Comprehension[]; loc: Loc }
  | { kind: "DictComp"; key: Expr; value: Expr; generators: Comprehension[]; loc: Loc }
  | { kind: "JoinedStr"; parts: (string | FormattedValue)[]; loc: Loc }
  | { kind: "Yield"; value: Expr | null; loc: Loc }
  | { kind: "YieldFrom"; value: Expr; loc: Loc }
  | { kind: "Lambda"; params: Params; body: Expr; loc: Loc };

/** `{value!conversion:spec}` of an f-string; the spec is itself an f-string. */
export interface FormattedValue {
  value: Expr;
  conversion: "r" | "s" | "a" | null;
  spec: Expr | null;
}

/** A keyword argument `name=value`, or `**value` when `name` is null. */
export interface Keyword {
  name: string | null;
  value: Expr;
}

/** One `for target in iter if cond...` clause of a comprehension. */
export interface Comprehension {
  target: Expr;
  iter: Expr;
  ifs: Expr[];
}

/** A parameter list: plain names with optional defaults, `*args`, keyword-only names, `**kwargs`. */
export interface Params {
  names: string[];
  defaults: (Expr | null)[];
  vararg: string | null;
  /** Names after `*` or `*args`, with their defaults. */
  kwonly: string[];
  kwDefaults: (Expr | null)[];
  kwarg: string | null;
  /** The annotated parameters (`a: int`), in order, with their annotations. */
  annotations?: { name: string; annotation: Expr }[];
}

export interface ExceptHandler {
  type: Expr | null;
  name: string | null;
  body: Stmt[];
  loc: Loc;
}

export type Stmt =
  | { kind: "Expr"; value: Expr; loc: Loc }
  | { kind: "Assign"; targets: Expr[]; value: Expr; loc: Loc }
  /** `target: annotation [= value]`; `simple`: a bare name (its annotation goes to `__annotations__`). */
  | { kind: "AnnAssign"; target: Expr; annotation: Expr; value: Expr | null; simple: boolean; loc: Loc }
  | { kind: "AugAssign"; target: Expr; op: BinOpName; value: Expr; loc: Loc }
  | { kind: "Delete"; targets: Expr[]; loc: Loc }
  | { kind: "Pass"; loc: Loc }
  | { kind: "Break"; loc: Loc }
  | { kind: "Continue"; loc: Loc }
  | { kind: "Return"; value: Expr | null; loc: Loc }
  | { kind: "Raise"; exc: Expr | null; cause: Expr | null; loc: Loc }
  | { kind: "Assert"; test: Expr; msg: Expr | null; loc: Loc }
  | { kind: "Global"; names: string[]; loc: Loc }
  | { kind: "Nonlocal"; names: string[]; loc: Loc }
  | { kind: "Import"; names: { name: string; asname: string | null }[]; loc: Loc }
  | { kind: "ImportFrom"; module: string; names: { name: string; asname: string | null }[]; loc: Loc }
  | { kind: "If"; test: Expr; body: Stmt[]; orelse: Stmt[]; loc: Loc }
  | { kind: "While"; test: Expr; body: Stmt[]; orelse: Stmt[]; loc: Loc }
  | { kind: "For"; target: Expr; iter: Expr; body: Stmt[]; orelse: Stmt[]; loc: Loc }
  | { kind: "With"; items: { context: Expr; target: Expr | null }[]; body: Stmt[]; loc: Loc }
  | {
      kind: "Try";
      body: Stmt[];
      handlers: ExceptHandler[];
      orelse: Stmt[];
      finalbody: Stmt[];
      loc: Loc;
    }
  | {
      kind: "FunctionDef";
      name: string;
      params: Params;
      body: Stmt[];
      decorators: Expr[];
      /** `-> annotation`, or null. */
      returns?: Expr | null;
      /** The body yields: calling the function makes a generator. */
      isGenerator: boolean;
      loc: Loc;
    }
  | {
      kind: "ClassDef";
      name: string;
      bases: Expr[];
      keywords: Keyword[];
      body: Stmt[];
      decorators: Expr[];
      loc: Loc;
    };
