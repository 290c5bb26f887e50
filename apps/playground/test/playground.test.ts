/**
 * The playground in a real browser (Debian's Chromium through playwright-core):
 * one page load compiles the page's example (views.c) with clang in the
 * worker, the example's Python lines are typed into the console one by one,
 * and after each the console and the panels are checked against what CPython
 * 3.11 says for the same lines with the same C built by gcc
 * (fixtures/expected.json, written by fixtures/gen_expected.py): the output,
 * every name's refcount, the bytearray's export count, and each memoryview's
 * format, shape and strides in the Py_buffer panel and the layout drawing.
 * The example's bug (a double PyBuffer_Release) must be reported at its C
 * line, and a compile error marked at its line. Every learn chapter must open
 * (`?chapter=N`: its C file in the editor, its Python lines listed).
 * A screenshot of the page with the panels goes to test-results/playground.png.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launchChromium, type StaticServer, serveDirectory } from "@py/browser-test";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const app = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(app, "dist");

interface NameState {
  type: string;
  refcount: number;
  exports?: number;
  format?: string;
  itemsize?: number;
  shape?: number[];
  strides?: number[];
  readonly?: boolean;
  suboffsets?: number[];
}
interface Step {
  line: string;
  output: string;
  names: Record<string, NameState>;
}
const expected = JSON.parse(readFileSync(join(app, "test/fixtures/expected.json"), "utf8")) as {
  steps: Step[];
  extra: Step[];
};

interface ChapterFile {
  file: string;
  source: string;
  python: string[];
  expected: string | null;
}
interface Chapter {
  number: number;
  title: string;
  example: ChapterFile | null;
  exercise: ChapterFile | null;
  solution: { file: string; source: string } | null;
}

let server: StaticServer;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  execFileSync(process.execPath, [join(app, "scripts/build.mjs")], { stdio: "inherit" });
  server = await serveDirectory(dist);
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
  page.on("pageerror", (e) => pageErrors.push(e.message));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Python's repr of a tuple of ints, as the panels print shape and strides. */
function tuple(v: number[]): string {
  return v.length === 1 ? `(${v[0]},)` : `(${v.join(", ")})`;
}

async function transcriptText(): Promise<string> {
  return (await page.textContent("#transcript")) ?? "";
}

/** Types `line` into the console and presses Enter; returns what the console printed after the echo. */
async function typeLine(line: string): Promise<string> {
  const before = await transcriptText();
  await page.click("#input .cm-content");
  await page.keyboard.type(line);
  await page.keyboard.press("Enter");
  const after = await transcriptText();
  const added = after.slice(before.length);
  expect(added.startsWith(`>>> ${line}\n`)).toBe(true);
  return added.slice(`>>> ${line}\n`.length);
}

/** The names panel as name -> [type, refcount]. */
async function namesPanel(): Promise<Map<string, [string, string]>> {
  const rows = await page.$$eval("#names tbody tr", (trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
  );
  return new Map(rows.map((r) => [r[0]!, [r[1]!, r[2]!] as [string, string]]));
}

describe("playground page", () => {
  it("compiles the example, runs its lines and shows CPython's refcounts, exports and strides", async () => {
    await page.goto(`${server.url}?chapter=0`);
    // The progress bar moves while clang loads.
    await page.waitForFunction(() => document.body.dataset.compiler === "loading", null, { timeout: 60_000 });
    await page.waitForFunction(
      () => ["compiled", "failed"].includes(document.body.dataset.compiler ?? ""),
      null,
      { timeout: 240_000, polling: 250 },
    );
    expect(await page.textContent("#status")).toMatch(/^views\.c compiled/);
    // The bar went to its end: the compiler's whole load (about 100 MB) was reported.
    const bar = await page.$eval("#progress", (p) => [
      (p as HTMLProgressElement).value,
      (p as HTMLProgressElement).max,
    ]);
    expect(bar[1]).toBeGreaterThan(50e6);
    expect(bar[0]).toBe(bar[1]);
    expect(await page.$$eval("#step-list li", (lis) => lis.map((l) => l.textContent))).toEqual(
      expected.steps.map((s) => s.line),
    );

    // The example's lines, then a PIL-style buffer (not part of the chapter).
    const typed = [...expected.steps, ...expected.extra];
    for (const [i, step] of typed.entries()) {
      const printed = await typeLine(step.line);
      const notes = printed.split("\n").filter((l) => l.startsWith("checked mode: "));
      expect(
        printed
          .split("\n")
          .filter((l) => !l.startsWith("checked mode: "))
          .join("\n"),
        step.line,
      ).toBe(step.output);
      const panel = await namesPanel();
      for (const [name, want] of Object.entries(step.names)) {
        expect(panel.get(name), `${step.line}: ${name}`).toEqual([want.type, String(want.refcount)]);
        if (want.exports !== undefined) {
          const count = await page.textContent(`#exports li[data-exporter="${name}"] .count`);
          expect(count, `${step.line}: exports of ${name}`).toBe(
            `${want.exports} export${want.exports === 1 ? "" : "s"}`,
          );
        }
      }
      // The view a line binds is drawn at once.
      const bound = /^(\w+) = memoryview|^(\w+) = \w+(\[|\.cast)/.exec(step.line);
      if (bound !== null) {
        const name = bound[1] ?? bound[2]!;
        expect(await page.textContent("#struct .struct-head b"), step.line).toBe(name);
      }
      if (step.line === "views.hold(b)") {
        // C holds one export of b: a Py_buffer filled by PyObject_GetBuffer.
        expect(await page.textContent('#exports li[data-exporter="b"] .holder-C')).toMatch(
          /^C's Py_buffer at 0x[0-9a-f]+ \(PyObject_GetBuffer/,
        );
      }
      // Only views.first (the example's last line) has a bug.
      if (i !== expected.steps.length - 1) expect(notes, step.line).toEqual([]);
    }

    // Each memoryview, selected, shows CPython's format, shape and strides in the struct and the drawing.
    const last = typed[typed.length - 1]!;
    for (const [name, want] of Object.entries(last.names)) {
      if (want.type !== "memoryview") continue;
      await page.click(`#names tr[data-name="${name}"]`);
      expect(await page.textContent("#struct .struct-head b")).toBe(name);
      const field = async (f: string) => page.textContent(`#struct tr[data-field="${f}"] .value`);
      expect(await field("format")).toBe(JSON.stringify(want.format));
      expect(await field("itemsize")).toBe(String(want.itemsize));
      expect(await field("shape")).toBe(`{${want.shape!.join(", ")}}`);
      expect(await field("strides")).toBe(`{${want.strides!.join(", ")}}`);
      expect(await field("readonly")).toBe(want.readonly ? "1" : "0");
      const subs = want.suboffsets!;
      expect(await field("suboffsets")).toBe(subs.length === 0 ? "NULL" : `{${subs.join(", ")}}`);
      // A PIL-style buffer: one pointer per row followed (dimension 0 has suboffset 0), drawn as arrows.
      const rows = subs.length > 0 && subs[0]! >= 0 ? want.shape![0]! : 0;
      expect(await page.locator("#layout svg path.hop").count(), name).toBe(rows);
      const svg = page.locator("#layout svg.layout");
      expect(await svg.getAttribute("data-shape")).toBe(tuple(want.shape!));
      expect(await svg.getAttribute("data-strides")).toBe(tuple(want.strides!));
      const items = want.shape!.reduce((a, b) => a * b, 1);
      expect(await page.locator("#layout svg rect.item").count()).toBe(items);
      const arcs = await page.$$eval("#layout svg path.stride", (ps) =>
        ps.map((p) => [Number(p.getAttribute("data-dim")), Number(p.getAttribute("data-stride"))]),
      );
      expect(arcs.sort()).toEqual(
        want.shape!.flatMap((n, d) => (n > 1 ? [[d, want.strides![d]!]] : [])).sort(),
      );
    }

    // The misuse (views.first releases its buffer twice) is reported at the second release.
    const source = readFileSync(join(app, "example/views.c"), "utf8").split("\n");
    const firstAt = source.findIndex((l) => /^first\(/.test(l));
    const releases = source
      .map((l, i) => [l, i + 1] as const)
      .filter(([l, n]) => n > firstAt && l.includes("PyBuffer_Release(&view);"))
      .map(([, n]) => n);
    const report = page.locator("#reports li.report").last();
    expect(await report.getAttribute("data-line")).toBe(String(releases[1]));
    expect(await report.textContent()).toMatch(
      new RegExp(
        `^line ${releases[1]}, in first\\(\\): PyBuffer_Release: double release of the Py_buffer at 0x[0-9a-f]+`,
      ),
    );
    expect(await page.textContent("#editor .cm-mark-report")).toBe("    PyBuffer_Release(&view);");

    // C gave back everything it took (drop() released hold()'s buffer).
    await page.click("#leaks");
    expect(await page.textContent("#reports li:last-child")).toMatch(/^No leak/);

    // The handle table lists the objects C holds, b among them with its refcount.
    const handles = await page.$$eval("#handles tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );
    const bRow = handles.find((r) => r[1] === "b");
    expect(bRow?.slice(2, 4)).toEqual(["bytearray", String(last.names.b!.refcount)]);
    // m went to C (views.total(m)): its row names it too.
    expect(handles.find((r) => r[1] === "m")?.slice(2, 4)).toEqual([
      "memoryview",
      String(last.names.m!.refcount),
    ]);
    // Every line was typed: the chapter's list shows them all done.
    expect(await page.locator("#step-list li.done").count()).toBe(expected.steps.length);

    // A screenshot with every panel filled: the 2-D cast selected.
    await page.click('#names tr[data-name="t"]');
    mkdirSync(join(app, "test-results"), { recursive: true });
    await page.screenshot({ path: join(app, "test-results/playground.png") });

    // The check (compile, every line in a new session, leaks) finds the bug, and passes once it is fixed.
    // Each check clears the list first: wait for exactly this verdict, then compare (a mismatch shows both).
    const verdictAfterCheck = async (want: string): Promise<string | null> => {
      await page.click("#check");
      await page
        .waitForFunction(
          (t) => [...document.querySelectorAll("#reports li.verdict")].some((li) => li.textContent === t),
          want,
          { timeout: 60_000 },
        )
        .catch(() => {});
      return page.textContent("#reports li.verdict:last-of-type");
    };
    expect(await verdictAfterCheck("Still wrong: 1 misuse report.")).toBe("Still wrong: 1 misuse report.");
    expect(await page.locator("#reports li.report").getAttribute("data-line")).toBe(String(releases[1]));
    // The learner deletes the second release (Ctrl-Shift-K on its line) and checks again.
    await page.click("#editor .cm-content");
    await page.keyboard.press("Control+Home");
    for (let i = 1; i < releases[1]!; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Control+Shift+K");
    const passed = `Checked: ${expected.steps.length} lines ran with no misuse reported and no leak.`;
    expect(await verdictAfterCheck(passed)).toBe(passed);
    expect(await page.locator("#reports li.report").count()).toBe(0);

    // A compile error is marked at its line.
    await page.click("#editor .cm-content");
    await page.keyboard.press("Control+End");
    await page.keyboard.type("\nint broken = ;\n");
    const errorLine = source.length; // one line was deleted above
    await page.click("#compile");
    await page.waitForFunction(() => document.body.dataset.compiler === "failed", null, { timeout: 60_000 });
    const err = page.locator("#reports li.error").first();
    expect(await err.getAttribute("data-line")).toBe(String(errorLine));
    expect(await err.textContent()).toMatch(new RegExp(`^line ${errorLine}: error: expected expression`));
    expect(pageErrors).toEqual([]);
  });

  it("opens every chapter; an example passes the check, an exercise is reported and its fix passes", async () => {
    const chapters = (await (await fetch(`${server.url}chapters.json`)).json()) as Chapter[];
    expect(chapters[0]?.example?.file).toBe("views.c");
    // The page of the first test (its compiler loaded): chapters are opened in the page.
    if (!(await page.evaluate(() => document.body.dataset.compiler === "compiled"))) {
      await page.goto(`${server.url}?chapter=0`);
      await page.waitForFunction(() => document.body.dataset.compiler === "compiled", null, {
        timeout: 240_000,
      });
    }
    const shows = async (f: ChapterFile) => {
      await page.waitForFunction(
        (name) => (document.getElementById("c-file")?.textContent ?? "").startsWith(name),
        f.file,
      );
      // CodeMirror renders the lines in view: the file's first line is among them.
      const text = await page.evaluate(
        () => document.querySelector("#editor .cm-content")?.textContent ?? "",
      );
      expect(text).toContain(f.source.split("\n")[0]!.trim());
      expect(await page.$$eval("#step-list li", (lis) => lis.map((l) => l.textContent))).toEqual(f.python);
    };
    /** Clicks check and returns the verdict's data (reports, leaks, differs) and text. */
    const check = async (): Promise<Record<string, string>> => {
      await page.evaluate(() =>
        document.querySelectorAll("#reports li.verdict").forEach((li) => {
          li.remove();
        }),
      );
      await page.click("#check");
      const li = page.locator("#reports li.verdict");
      await li.waitFor({ timeout: 60_000 });
      return {
        ...(await li.evaluate((e) => ({ ...(e as HTMLElement).dataset }))),
        text: (await li.textContent())!,
      };
    };
    /** Replaces the editor's text as a paste would. */
    const paste = async (text: string) => {
      await page.click("#editor .cm-content");
      await page.keyboard.press("Control+A");
      await page.evaluate((t) => {
        const data = new DataTransfer();
        data.setData("text/plain", t);
        document
          .querySelector("#editor .cm-content")!
          .dispatchEvent(
            new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }),
          );
      }, text);
    };
    for (const ch of chapters.filter((c) => c.number > 0)) {
      if (ch.example !== null) {
        if (await page.isChecked("#exercise")) await page.uncheck("#exercise");
        await page.selectOption("#chapter", String(ch.number));
        await shows(ch.example);
        expect(new URL(page.url()).search).toBe(`?chapter=${ch.number}`);
        // The example runs as in CPython (same output as its .out), and C gives back what it takes.
        const v = await check();
        expect({ chapter: ch.number, differs: v.differs, leaks: v.leaks }, v.text).toEqual({
          chapter: ch.number,
          differs: "",
          leaks: "0",
        });
      }
      if (ch.exercise !== null) {
        await page.selectOption("#chapter", String(ch.number));
        await page.check("#exercise");
        await shows(ch.exercise);
        expect(new URL(page.url()).search).toBe(`?chapter=${ch.number}&exercise`);
        const bad = await check();
        expect(bad.text, `${ch.exercise.file}: ${bad.text}`).toMatch(/^Still wrong: /);
        // Every report naming a C function points at a line of it.
        const reports = await page.$$eval("#reports li.report, #reports li.leak", (lis) =>
          lis.map((li) => ({ text: li.textContent ?? "", line: (li as HTMLElement).dataset.line ?? "" })),
        );
        for (const { text, line } of reports) {
          if (/C function \w+/.test(text)) expect(line, `${ch.exercise.file}: ${text}`).toMatch(/^\d+$/);
        }
        expect(ch.solution).not.toBeNull();
        await paste(ch.solution!.source);
        const good = await check();
        expect(good.text, `${ch.solution!.file}: ${good.text}`).toBe(
          `Checked: ${ch.exercise.python.length} lines ran with no misuse reported and no leak, the same output as CPython.`,
        );
      }
    }
    // The URL opens a chapter (going back in the history reads it as a load does).
    const withExercise = chapters.find((c) => c.exercise !== null && c.number > 0)!;
    await page.evaluate((n) => {
      history.pushState(null, "", `?chapter=${n}&exercise`);
      window.dispatchEvent(new PopStateEvent("popstate"));
    }, withExercise.number);
    expect(await page.inputValue("#chapter")).toBe(String(withExercise.number));
    expect(await page.isChecked("#exercise")).toBe(true);
    await shows(withExercise.exercise!);
    expect(pageErrors).toEqual([]);
  });
});
