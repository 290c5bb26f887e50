import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Where Debian's `chromium` package puts the browser (override with `CHROMIUM_PATH`). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/**
 * Flags for a headless Chromium on a machine with a closed network, run as root:
 * without the background-networking flags Chromium keeps trying to reach Google's
 * hosts, and as root it needs `--no-sandbox`. playwright-core adds `--headless`
 * and a fresh, empty `--user-data-dir` of its own.
 */
export function chromiumArgs(): string[] {
  return [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ];
}

/**
 * Launches Debian's Chromium, headless, with a fresh empty profile. Throws with
 * the install command when the browser is missing (the README's test command
 * installs it).
 */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: run tools/ensure-chromium.sh (apt-get install -y chromium)`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: chromiumArgs(), headless: true });
}
