/**
 * The chapters the page opens (`?chapter=N`), gathered at build time into
 * dist/chapters.json: chapter 0 is the playground's own example
 * (apps/playground/example), then one entry per chapter of the learn track
 * in docs/learn: its number and title, its C example with the Python lines
 * that use it, and its exercise (the C file with the bug) when it has one.
 *
 * A chapter is a directory `docs/learn/NN-name/` (or a file `NN-name.md`
 * with a directory of the same name beside it): the title is the first `# `
 * heading of its Markdown; the example is its `.c` file that is not the
 * exercise, the Python lines come from the `.py` file of the same name
 * (else the first ```python block of the Markdown), and what CPython prints
 * for them from the `.out` file of that name when there is one.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const app = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** Python lines of a `.py` transcript: non-blank, non-comment lines (a block keeps its indented lines). */
export function pythonLines(text) {
  const out = [];
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    if (/^\s/.test(line) && out.length > 0) out[out.length - 1] += `\n${line}`;
    else out.push(line);
  }
  return out;
}

function files(dir) {
  const out = [];
  for (const n of readdirSync(dir).sort()) {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) out.push(...files(p));
    else out.push(p);
  }
  return out;
}

const EXERCISE = /exercise|buggy|bug|broken/i;
const FIXED = /fix|solution|answer/i;

function chapterFrom(number, name, paths) {
  const md = paths.find((p) => p.endsWith(".md"));
  const mdText = md === undefined ? "" : readFileSync(md, "utf8");
  const title = /^# (.+)$/m.exec(mdText)?.[1]?.trim() ?? name.replace(/[-_]/g, " ");
  const cs = paths.filter((p) => p.endsWith(".c"));
  const example = cs.find((p) => !EXERCISE.test(basename(p)) && !FIXED.test(basename(p))) ?? null;
  const exercise = cs.find((p) => EXERCISE.test(basename(p)) && !FIXED.test(basename(p))) ?? null;
  const pyFor = (c) => {
    const stem = c.slice(0, -2);
    const py = paths.find((p) => p === `${stem}.py`) ?? null;
    if (py !== null) return pythonLines(readFileSync(py, "utf8"));
    return null;
  };
  const mdPython = () => {
    const block = /```(?:python|pycon|py)\n([\s\S]*?)```/.exec(mdText)?.[1];
    return block === undefined ? [] : pythonLines(block.replace(/^(>>>|\.\.\.) ?/gm, ""));
  };
  const outFor = (c) => {
    const out = paths.find((p) => p === `${c.slice(0, -2)}.out`);
    return out === undefined ? null : readFileSync(out, "utf8");
  };
  const entry = (c) =>
    c === null
      ? null
      : {
          file: basename(c),
          source: readFileSync(c, "utf8"),
          python: pyFor(c) ?? mdPython(),
          expected: outFor(c),
        };
  // The exercise's fix (exerciseN_fixed.c): not shown by the page; the test checks that it passes.
  const fixed = cs.find((p) => FIXED.test(basename(p))) ?? null;
  const solution = fixed === null ? null : { file: basename(fixed), source: readFileSync(fixed, "utf8") };
  return { number, title, example: entry(example), exercise: entry(exercise), solution };
}

/** Chapter 0 (the playground's example) and the learn track's chapters, in order. */
export function chapterIndex(learnDir) {
  const chapters = [chapterFrom(0, "The playground", files(join(app, "example")))];
  if (!existsSync(learnDir)) return chapters;
  const groups = new Map();
  for (const n of readdirSync(learnDir).sort()) {
    const m = /^(\d+)[-_ ]?(.*?)(\.md)?$/.exec(n);
    if (m === null) continue;
    const number = Number(m[1]);
    const p = join(learnDir, n);
    const g = groups.get(number) ?? { name: m[2] || n, paths: [] };
    if (statSync(p).isDirectory()) g.paths.push(...files(p));
    else g.paths.unshift(p);
    groups.set(number, g);
  }
  for (const [number, g] of [...groups].sort((a, b) => a[0] - b[0])) {
    if (number === 0) continue;
    const c = chapterFrom(number, g.name, g.paths);
    if (c.example !== null || c.exercise !== null) chapters.push(c);
  }
  return chapters;
}
