/**
 * Serves the built playground (dist/) on 127.0.0.1: `pnpm --filter playground
 * serve` (after `pnpm --filter playground build`). PORT picks the port
 * (default 8080; 0 for any free one).
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const dist = resolve(dirname(fileURLToPath(import.meta.url)), "../dist");
if (!existsSync(join(dist, "index.html"))) {
  console.error("dist/ is not built: run `pnpm --filter playground build` first");
  process.exit(1);
}
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".map": "application/json",
  ".tar": "application/x-tar",
};

const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
  let file = normalize(join(dist, path));
  if (file !== dist && !file.startsWith(dist + sep)) return void res.writeHead(403).end();
  try {
    if (statSync(file).isDirectory()) file = join(file, "index.html");
    const { size } = statSync(file);
    res.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "content-length": size,
    });
    createReadStream(file).pipe(res);
  } catch {
    res.writeHead(404).end("not found");
  }
});
server.listen(Number(process.env.PORT ?? 8080), "127.0.0.1", () => {
  const { port } = server.address();
  console.log(`playground: http://127.0.0.1:${port}/  (chapter N: http://127.0.0.1:${port}/?chapter=N)`);
});
