// The README's size table (between <!-- size-table --> markers) from size-limit's
// measurements and the budgets of .size-limit.json.
//   node tools/size/readme-table.mjs          measure, check the budgets, rewrite the table
//   node tools/size/readme-table.mjs --check  fail when the table's rows or budgets are not
//                                             the config's (sizes drift; budgets must not)
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "../..");
const readmePath = join(root, "README.md");
const config = JSON.parse(readFileSync(join(root, ".size-limit.json"), "utf8"));
const readme = readFileSync(readmePath, "utf8");
const block = /(<!-- size-table -->\n)([\s\S]*?)(<!-- \/size-table -->)/;
const current = block.exec(readme);
if (current === null) throw new Error("README.md has no <!-- size-table --> block");

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const cell = (s) => s.replace(/\|/g, "\\|");

if (process.argv.includes("--check")) {
  const rows = current[2]
    .split("\n")
    .slice(2)
    .filter((l) => l.startsWith("|"))
    .map((l) => l.split(/(?<!\\)\|/).map((c) => c.trim()));
  const problems = [];
  if (rows.length !== config.length) problems.push(`${rows.length} rows, ${config.length} budgets`);
  config.forEach((entry, i) => {
    const row = rows[i] ?? [];
    if (row[1] !== cell(entry.name)) problems.push(`row ${i + 1}: "${row[1]}" is not "${entry.name}"`);
    if (row[3] !== entry.limit) problems.push(`row ${i + 1}: budget ${row[3]} is not ${entry.limit}`);
  });
  if (problems.length > 0) {
    console.error(
      `README.md's size table is not .size-limit.json's (run node tools/size/readme-table.mjs):\n  ${problems.join("\n  ")}`,
    );
    process.exit(1);
  }
  process.exit(0);
}

let measured;
try {
  measured = JSON.parse(
    execFileSync(join(root, "node_modules/.bin/size-limit"), ["--json"], {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  );
} catch (e) {
  measured = JSON.parse(e.stdout);
}
const lines = ["| what a bundle imports (minified, gzipped) | size | budget |", "| --- | --- | --- |"];
config.forEach((entry, i) =>
  lines.push(`| ${cell(entry.name)} | ${kB(measured[i].size)} | ${entry.limit} |`),
);
writeFileSync(readmePath, readme.replace(block, `$1${lines.join("\n")}\n$3`));
for (const m of measured)
  console.log(`${m.passed ? "ok  " : "OVER"} ${kB(m.size)} of ${kB(m.sizeLimit)}  ${m.name}`);
process.exit(measured.every((m) => m.passed) ? 0 : 1);
