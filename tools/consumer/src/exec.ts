import { execFile } from "node:child_process";

/** What a command printed; `code` is its exit status (0: success). */
export interface ExecResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `file args` in `cwd` and resolves with its output, whatever its exit status. */
export function exec(
  file: string,
  args: readonly string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
): Promise<ExecResult> {
  return new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, env: env ?? process.env, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : typeof error.code === "number" ? error.code : 1;
        resolve({ code, stdout, stderr: error !== null && stderr === "" ? error.message : stderr });
      },
    );
  });
}

/** Runs a command; throws with its output when it fails. */
export async function execOk(
  file: string,
  args: readonly string[],
  cwd: string,
  env?: NodeJS.ProcessEnv,
): Promise<string> {
  const r = await exec(file, args, cwd, env);
  if (r.code !== 0)
    throw new Error(`${file} ${args.join(" ")} (in ${cwd}) exited ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}
