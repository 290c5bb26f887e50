/**
 * The `learn` command (`pnpm learn`, bin/learn.js) of the learn track in docs/learn:
 *   learn                      the chapters
 *   learn check N [FILE.c]     runs chapter N's exercise with FILE.c (default: the
 *                              chapter's exerciseN.c) in checked mode and says what is
 *                              still wrong, in plain words; exit 0 when it passes
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { checkExercise, explainCheck, learnChapters } from "./learn-check.js";

const USAGE = "usage: learn [check N [FILE.c]]\n";

/** docs/learn of the repository this package sits in. */
function learnDir(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "docs", "learn");
}

/** Entry point of bin/learn.js; resolves to the exit status. */
export async function learnMain(
  argv: readonly string[],
  write = (s: string) => process.stdout.write(s),
): Promise<number> {
  const chapters = learnChapters(learnDir());
  if (argv.length === 0) {
    for (const c of chapters) {
      write(
        `${String(c.number).padStart(2)}  ${c.title}  (${join("docs/learn", c.dir.split("/").pop()!)})\n`,
      );
    }
    write("\nRun an example:   pnpm -s minipy --checked --transcript docs/learn/NN-name/NAME.py\n");
    write("Check a fix:      pnpm learn check N [your-file.c]\n");
    return 0;
  }
  if (argv[0] !== "check" || argv[1] === undefined) {
    write(USAGE);
    return 2;
  }
  const ch = chapters.find((c) => c.number === Number(argv[1]));
  if (ch === undefined || ch.exercise === null) {
    write(
      `learn: no chapter ${argv[1]} with an exercise (chapters: ${chapters.map((c) => c.number).join(", ")})\n`,
    );
    return 2;
  }
  const file = argv[2] === undefined ? ch.exercise.buggy : resolve(argv[2]);
  if (!existsSync(file)) {
    write(`learn: ${file}: no such file\n`);
    return 2;
  }
  write(`Checking ${file} (compiling on first use can take a while)...\n`);
  const result = await checkExercise(ch, file);
  const { passed, text } = explainCheck(ch, file, result);
  write(`${text}\n`);
  return passed ? 0 : 1;
}
