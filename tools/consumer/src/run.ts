/**
 * The consumer test (issue 14): packs every published package, checks and
 * lints each tarball (LICENSE, README links, publint --strict, attw), installs
 * the tarballs with npm into a fresh project offline, type-checks the consumer
 * script under node16 and bundler resolution (strict,
 * exactOptionalPropertyTypes), runs it in Node, bundles it with esbuild (no
 * warning allowed) and runs it in headless Chromium. Node's and Chromium's
 * output must be the same, and their `py ` lines must be what CPython 3.11
 * prints for fixture/expected.py.
 *
 * Usage (after `pnpm build`): `pnpm consumer [--keep]` (--keep leaves the
 * temporary project in place and prints where).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleApp, installApp, runInNode, typecheck } from "./app.js";
import { runInChromium } from "./chromium-run.js";
import { execOk } from "./exec.js";
import { checkContents, pack, publishedPackages } from "./pack.js";
import { lintTarball } from "./tarball-lint.js";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "../../..");
const fixture = resolve(here, "../fixture");

/** Packages installed into the consumer project: all published ones but the compiler, whose clang comes from the registry. */
const NOT_INSTALLED = new Set(["@py/cc"]);

const started = Date.now();
const step = async <T>(what: string, f: () => Promise<T>): Promise<T> => {
  const t = Date.now();
  const r = await f();
  console.log(`consumer: ${what} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
  return r;
};

/** Lines of `a` and `b` that differ, for a failure message. */
function diff(a: readonly string[], b: readonly string[], an: string, bn: string): string {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i])
      out.push(`  line ${i + 1}:\n    ${an}: ${a[i] ?? "(none)"}\n    ${bn}: ${b[i] ?? "(none)"}`);
  }
  return out.join("\n");
}

async function main(): Promise<number> {
  const keep = process.argv.includes("--keep");
  const work = mkdtempSync(join(tmpdir(), "pyobj-consumer-"));
  const failures: string[] = [];
  try {
    const tarballDir = join(work, "tarballs");
    const packed = await step("packed every published package", () =>
      Promise.all(publishedPackages(root).map((p) => pack(p, tarballDir))),
    );
    // The tarballs' checks run while the project is installed and run (they only read the tarballs).
    const linted = step("checked tarball contents, publint --strict and attw", async () => {
      const found = await Promise.all(
        packed.map(async (p) => [...(await checkContents(p)), ...(await lintTarball(root, p))]),
      );
      return found.flat();
    });
    const app = await step("installed the tarballs with npm (offline, empty cache)", () =>
      installApp(
        work,
        fixture,
        packed.filter((p) => !NOT_INSTALLED.has(p.name)),
      ),
    );
    await step("type-checked under node16 and bundler resolution", () => typecheck(root, app));
    const node = await step("ran in Node", () => runInNode(app));
    const { www, warnings } = await step("bundled with esbuild", () => bundleApp(app));
    if (warnings.length > 0) failures.push(`esbuild warned:\n  ${warnings.join("\n  ")}`);
    const chromium = await step("ran in headless Chromium", () => runInChromium(www));
    failures.push(...chromium.errors);
    failures.push(...(await linted));
    const expected = (await execOk("python3", [join(fixture, "expected.py")], fixture))
      .replace(/\n$/, "")
      .split("\n");

    if (node.join("\n") !== chromium.lines.join("\n")) {
      failures.push(`Node and Chromium differ:\n${diff(node, chromium.lines, "node", "chromium")}`);
    }
    const pyLines = node.filter((l) => l.startsWith("py "));
    if (pyLines.join("\n") !== expected.join("\n")) {
      failures.push(
        `Node differs from CPython (fixture/expected.py):\n${diff(pyLines, expected, "node", "python3")}`,
      );
    }
    if (!node.includes("leaks: 0")) {
      failures.push(
        `the script leaked references:\n  ${node.filter((l) => l.startsWith("leaked:")).join("\n  ")}`,
      );
    }
    console.log(
      `consumer: ${packed.length} tarballs, ${node.length} output lines (${pyLines.length} checked against CPython), same in Node and Chromium: ${node.join("\n") === chromium.lines.join("\n")}`,
    );
  } catch (e) {
    failures.push(e instanceof Error ? (e.stack ?? e.message) : String(e));
  } finally {
    if (keep) console.log(`consumer: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
  console.log(
    `consumer: ${failures.length === 0 ? "ok" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const f of failures) console.error(`\n${f}`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = await main();
