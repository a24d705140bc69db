// `npm start`: serves the exported site in out/ with serve-handler (the routing core of `serve`)
// and gzip, configured by serve.json: clean URLs, out/404.html with status 404, security headers,
// long caching for Next's content-hashed assets.
import http from "node:http";
import fs from "node:fs";
import { promisify } from "node:util";
import handler from "serve-handler";
import compression from "compression";

const config = { ...JSON.parse(fs.readFileSync(new URL("../serve.json", import.meta.url), "utf8")), public: "out" };
// The headers serve.json gives every response, for the one response sent without serve-handler.
const securityHeaders = Object.fromEntries(config.headers.find((rule) => rule.source === "**/*").headers.map(({ key, value }) => [key, value]));
const port = Number(process.env.PORT ?? 3000);
const lstat = promisify(fs.lstat);

// A 2,000-character or NUL-containing path makes the file system throw ENAMETOOLONG or a type
// error, which serve-handler turns into a 500. For a visitor it is simply a page that is not there.
async function lstatOrMissing(path) {
  try {
    return await lstat(path);
  } catch (error) {
    if (error.code === "ENOENT" || error.code === "ENOTDIR") throw error;
    throw Object.assign(new Error(`Not found: ${String(path).slice(0, 80)}`), { code: "ENOENT" });
  }
}

if (!fs.existsSync("out/index.html")) {
  console.error("out/ has no site in it yet. Run `npm run build` first.");
  process.exit(1);
}

// gzip, as the `serve` CLI does: serve-handler alone sends every file uncompressed.
const compress = compression();

// serve-handler knows one 404 page (out/404.html, English). An address under /zh that has no page
// gets the Chinese one instead: the reader stays in the language of the link that brought them.
const chineseNotFound = fs.existsSync("out/zh/404.html") ? fs.readFileSync("out/zh/404.html") : null;

function isChineseMiss(url) {
  const path = decodeURIComponent(url.split("?")[0].replace(/\/+$/, ""));
  if (!chineseNotFound || !(path === "/zh" || path.startsWith("/zh/"))) return false;
  if (path.includes("\0") || path.length > 1024) return true;
  const file = `out${path}`;
  return ![file, `${file}.html`, `${file}/index.html`].some((candidate) => fs.existsSync(candidate));
}

http
  .createServer((request, response) =>
    compress(request, response, () => {
      let chineseMiss = false;
      try {
        chineseMiss = isChineseMiss(request.url ?? "/");
      } catch {
        chineseMiss = true; // a malformed %-escape: not a page either
      }
      if (chineseMiss) {
        response.writeHead(404, { "Content-Type": "text/html; charset=utf-8", ...securityHeaders });
        response.end(chineseNotFound);
        return;
      }
      return handler(request, response, config, { lstat: lstatOrMissing });
    }),
  )
  .listen(port, () => console.log(`AIGC Catalog: http://localhost:${port}`));
