/**
 * The playground page: the C editor and the Python console side by side,
 * the compiler in a worker (a progress bar while clang loads), minipy in
 * the page, and the panels redrawn after every input. `?chapter=N` opens a
 * chapter of the learn track (its C example and its Python lines);
 * `&exercise` opens its exercise instead.
 */
import { type Chapter, type ChapterFile, loadChapters } from "./chapters.js";
import { PageCompiler } from "./compiler.js";
import { PyConsole } from "./console.js";
import { CEditor } from "./editor.js";
import type { Snapshot } from "./inspect.js";
import { layoutSvg } from "./layout-svg.js";
import { renderBufferStruct, renderExports, renderHandles, renderNames, renderNote } from "./panels.js";
import { describePlace, placeReport } from "./reports.js";
import type { RunResult } from "./session.js";
import { SessionFrame } from "./session-client.js";
import type { ExtensionBytes } from "./session-frame.js";

function byId<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (e === null) throw new Error(`#${id} missing from index.html`);
  return e as T;
}

const body = document.body;
const status = byId<HTMLSpanElement>("status");
const progress = byId<HTMLProgressElement>("progress");
const reportList = byId<HTMLOListElement>("reports");
const stepList = byId<HTMLOListElement>("step-list");

function setStatus(state: string, text: string): void {
  body.dataset.compiler = state;
  status.textContent = text;
}

const editor = new CEditor(byId("editor"), "");
let session: SessionFrame | null = null;
/** The panels' data after the last input. */
let lastSnap: Snapshot | null = null;
let selected: string | null = null;
let steps: string[] = [];
let nextStep = 0;
let file: ChapterFile | null = null;
let compilerReady = false;

const pyConsole = new PyConsole(byId("transcript"), byId("input"), {
  needsMore: (src) => session?.api.needsMore(src) ?? false,
  run: (src) => runInput(src),
});

/** Adds a report to the checked-mode list (pointing at its C line) and marks the line. */
function addReport(text: string, kind: "report" | "leak"): void {
  const placed = placeReport(text, editor.text);
  const li = document.createElement("li");
  li.className = kind;
  li.textContent = describePlace(placed);
  if (placed.line !== null) {
    const line = placed.line;
    li.dataset.line = String(line);
    li.addEventListener("click", () => editor.mark([{ line, kind: "report" }]));
    editor.mark([{ line, kind: "report" }]);
  }
  reportList.append(li);
  li.scrollIntoView({ block: "nearest" });
}

function clearReports(): void {
  reportList.replaceChildren();
}

/** The name to draw after an input: the last name newly bound to a buffer, else the same as before. */
function pickSelection(before: Snapshot | null, after: Snapshot): void {
  const was = new Map((before?.names ?? []).map((n) => [n.name, n.id]));
  let pick: string | null = null;
  for (const n of after.names) {
    if (was.get(n.name) === n.id) continue;
    if (n.buffer) pick = n.name;
  }
  if (pick !== null) selected = pick;
  if (selected !== null && !after.names.some((n) => n.name === selected)) selected = null;
}

/** Redraws every panel from the session. */
function refresh(): void {
  if (session === null) return;
  const snap = session.api.snapshot(selected);
  lastSnap = snap;
  renderNames(byId("names"), snap.names, selected, (name) => {
    selected = name;
    refresh();
  });
  renderHandles(byId("handles"), snap);
  renderExports(byId("exports"), snap.exporters, snap.nameOf);
  const structBox = byId("struct");
  const layoutBox = byId("layout");
  const sel = snap.selected;
  if (sel === null) {
    renderNote(structBox, "Select a view: click a buffer among the names, or make one (m = memoryview(b)).");
    layoutBox.replaceChildren();
  } else if ("error" in sel) {
    renderNote(structBox, `${sel.name}: ${sel.error}`);
    layoutBox.replaceChildren();
  } else {
    renderBufferStruct(structBox, sel.name, sel.info);
    layoutBox.replaceChildren(layoutSvg(sel.layout, sel.name));
  }
}

/** What the last input produced (for the check). */
let lastResult: RunResult | null = null;

function runInput(src: string): void {
  lastResult = null;
  if (session === null) {
    pyConsole.write("The Python session is still starting.\n", "error");
    return;
  }
  // Typing the chapter's next line counts as running it.
  if (steps[nextStep] === src) nextStep++;
  const before = lastSnap;
  const r = session.api.run(src);
  lastResult = r;
  pyConsole.write(r.output, r.failed ? "error" : "output");
  for (const rep of r.reports) {
    addReport(rep, "report");
    pyConsole.write(`checked mode: ${rep}\n`, "note");
  }
  pickSelection(before, session.api.snapshot(null));
  refresh();
  markSteps();
}

function markSteps(): void {
  [...stepList.children].forEach((li, i) => {
    li.classList.toggle("done", i < nextStep);
    li.classList.toggle("next", i === nextStep);
  });
}

function showSteps(lines: string[]): void {
  steps = lines;
  nextStep = 0;
  stepList.replaceChildren(
    ...lines.map((l) => {
      const li = document.createElement("li");
      li.textContent = l;
      return li;
    }),
  );
  markSteps();
}

function runNextStep(): boolean {
  const line = steps[nextStep];
  if (line === undefined) return false;
  pyConsole.submit(line);
  return true;
}

async function newSession(extension: ExtensionBytes | null): Promise<void> {
  const old = session;
  session = null;
  lastSnap = null;
  for (const r of old?.close() ?? []) pyConsole.write(`checked mode (previous session): ${r}\n`, "note");
  session = await SessionFrame.open(extension, (s) => pyConsole.write(s, "error"));
  selected = null;
  nextStep = 0;
  markSteps();
  refresh();
}

// ---- compiling

const compiler = new PageCompiler((p) => {
  progress.max = p.total || 1;
  progress.value = p.loaded;
  const mb = (n: number) => (n / 1e6).toFixed(1);
  setStatus("loading", `loading the C compiler: ${mb(p.loaded)} of ${mb(p.total)} MB`);
});

/** The module a C file defines (`PyInit_NAME`). */
function moduleName(source: string): string | null {
  return /\bPyInit_([A-Za-z_]\w*)\s*\(/.exec(source)?.[1] ?? null;
}

async function compileAndRestart(): Promise<void> {
  const source = editor.text;
  const name = moduleName(source);
  if (name === null) {
    setStatus("failed", "no PyInit_NAME function: nothing to import");
    return;
  }
  const fileName = `${name}.c`;
  setStatus("compiling", `compiling ${fileName}…`);
  clearReports();
  editor.mark([]);
  const started = performance.now();
  const out = await compiler.compile(fileName, source);
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const errors = out.diagnostics.filter((d) => d.kind === "error");
  editor.mark(
    out.diagnostics.filter((d) => d.kind !== "note").map((d) => ({ line: d.line, kind: "error" as const })),
  );
  for (const d of out.diagnostics.filter((x) => x.kind !== "note")) {
    const li = document.createElement("li");
    li.className = "error";
    li.dataset.line = String(d.line);
    li.textContent = `line ${d.line}: ${d.kind}: ${d.message}`;
    li.addEventListener("click", () => editor.mark([{ line: d.line, kind: "error" }]));
    reportList.append(li);
  }
  if (!out.ok) {
    setStatus("failed", `${fileName}: ${errors.length || "the"} error${errors.length === 1 ? "" : "s"}`);
    if (errors.length === 0) pyConsole.write(out.text, "error");
    return;
  }
  await newSession({ name, wasm: out.wasm, path: fileName });
  pyConsole.clear();
  pyConsole.write(
    `${fileName} compiled in ${secs} s; a new session, where "import ${name}" loads it.\n`,
    "note",
  );
  setStatus("compiled", `${fileName} compiled (${out.wasm.length} bytes of WebAssembly)`);
}

let compiling: Promise<void> = Promise.resolve();
function requestCompile(): Promise<void> {
  compiling = compiling.then(compileAndRestart).catch((e: unknown) => {
    setStatus("failed", `compiler: ${e instanceof Error ? e.message : String(e)}`);
  });
  return compiling;
}

/** Adds the check's verdict to the checked-mode list. */
function verdict(ok: boolean, text: string, data: Record<string, string>): void {
  const li = document.createElement("li");
  li.className = ok ? "ok verdict" : "verdict bad";
  li.textContent = text;
  Object.assign(li.dataset, data);
  reportList.append(li);
  li.scrollIntoView({ block: "nearest" });
}

/**
 * Checks the C as the learn track's `check` does: compiles it, runs every line
 * of the chapter in a new session, then looks for leaks; says what is still
 * wrong (misuse reports, leaks, output that differs from CPython's), or that
 * nothing is.
 */
async function checkChapter(): Promise<void> {
  await requestCompile();
  if (body.dataset.compiler !== "compiled") {
    verdict(false, "Still wrong: the C does not compile (see the errors above).", { compiles: "no" });
    return;
  }
  let reports = 0;
  let output = "";
  let differs: string | null = null;
  const expectedOut = file?.expected ?? null;
  for (const line of steps) {
    pyConsole.submit(line);
    const r = lastResult;
    if (r === null) continue;
    reports += r.reports.length;
    const before = output;
    // Addresses compare as 0x?, as tools/conformance/cpython_transcript.py writes the .out files.
    const printed = r.transcript.replace(/0x[0-9a-fA-F]+/g, "0x?");
    output += printed;
    if (expectedOut !== null && differs === null && !expectedOut.startsWith(output)) {
      // What CPython printed for this line: as many lines as minipy printed, after the common part.
      const n = Math.max(1, printed.split("\n").length - 1);
      const theirs = expectedOut.startsWith(before)
        ? expectedOut.slice(before.length).split("\n").slice(0, n).join("\n")
        : "";
      differs = `\`${line}\` (this prints ${JSON.stringify(printed.trimEnd())} where CPython prints ${JSON.stringify(theirs)})`;
    }
  }
  const leaks = session?.api.leaks() ?? [];
  for (const l of leaks) addReport(l, "leak");
  if (expectedOut !== null && differs === null && output !== expectedOut) {
    differs = "the end (CPython prints more)";
  }
  const wrong: string[] = [];
  if (reports > 0) wrong.push(`${reports} misuse report${reports === 1 ? "" : "s"}`);
  if (leaks.length > 0) wrong.push(`${leaks.length} leak${leaks.length === 1 ? "" : "s"}`);
  if (differs !== null) wrong.push(`the output first differs from CPython's at ${differs}`);
  const data = { reports: String(reports), leaks: String(leaks.length), differs: differs ?? "" };
  if (wrong.length === 0) {
    const same = expectedOut === null ? "" : ", the same output as CPython";
    verdict(true, `Checked: ${steps.length} lines ran with no misuse reported and no leak${same}.`, data);
  } else {
    verdict(false, `Still wrong: ${wrong.join("; ")}.`, data);
  }
}

// ---- chapters

function openFile(f: ChapterFile | null, ch: Chapter): void {
  file = f;
  byId("c-file").textContent = f === null ? "" : `${f.file} (chapter ${ch.number}: ${ch.title})`;
  editor.text = f?.source ?? "";
  showSteps(f?.python ?? []);
}

async function start(): Promise<void> {
  const chapters = await loadChapters(new URL("./chapters.json", document.baseURI));
  const select = byId<HTMLSelectElement>("chapter");
  for (const c of chapters) {
    const o = document.createElement("option");
    o.value = String(c.number);
    o.textContent = c.number === 0 ? c.title : `${c.number}. ${c.title}`;
    select.append(o);
  }
  const box = byId<HTMLInputElement>("exercise");
  const fromUrl = (): [Chapter, boolean] => {
    const q = new URLSearchParams(location.search);
    const ch = chapters.find((c) => c.number === Number(q.get("chapter") ?? "0")) ?? chapters[0]!;
    return [ch, q.has("exercise")];
  };
  // Switching chapters stays in the page (the compiler stays loaded); the URL follows.
  const show = (ch: Chapter, exercise: boolean, push: boolean): void => {
    const ex = exercise && ch.exercise !== null;
    select.value = String(ch.number);
    box.checked = ex;
    box.disabled = ch.exercise === null;
    if (push) history.pushState(null, "", `?chapter=${ch.number}${ex ? "&exercise" : ""}`);
    openFile(ex ? ch.exercise : ch.example, ch);
    clearReports();
    if (compilerReady && file !== null && moduleName(file.source) !== null) void requestCompile();
  };
  select.addEventListener("change", () => {
    const ch = chapters.find((c) => String(c.number) === select.value)!;
    show(ch, box.checked, true);
  });
  box.addEventListener("change", () => show(fromUrl()[0], box.checked, true));
  window.addEventListener("popstate", () => show(...fromUrl(), false));
  show(...fromUrl(), false);

  byId("compile").addEventListener("click", () => void requestCompile());
  byId("check").addEventListener("click", () => void checkChapter());
  document.addEventListener("keydown", (e) => {
    if ((e.ctrlKey || e.metaKey) && e.key === "s") {
      e.preventDefault();
      void requestCompile();
    }
  });
  byId("next").addEventListener("click", () => {
    runNextStep();
    pyConsole.focus();
  });
  byId("all").addEventListener("click", () => {
    while (runNextStep()) {
      // each line runs as it is entered
    }
  });
  byId("leaks").addEventListener("click", () => {
    if (session === null) return;
    const leaks = session.api.leaks();
    if (leaks.length === 0) {
      const li = document.createElement("li");
      li.className = "ok";
      li.textContent = "No leak: C gave back every reference and buffer it took.";
      reportList.append(li);
    }
    for (const l of leaks) addReport(l, "leak");
  });

  // Python works at once; the C module once the compiler has loaded and compiled it.
  await newSession(null);
  pyConsole.write(
    "minipy in this page (CPython 3.11's object model in TypeScript), in checked mode.\n",
    "note",
  );
  pyConsole.focus();
  setStatus("loading", "loading the C compiler…");
  await compiler.prepare();
  compilerReady = true;
  setStatus("ready", "compiler loaded");
  if (file !== null && moduleName(file.source) !== null) await requestCompile();
}

start().catch((e: unknown) => {
  setStatus("failed", e instanceof Error ? e.message : String(e));
  throw e;
});
