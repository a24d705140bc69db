// Runs after `next build` (postbuild): writes out/_headers from serve.json, so Netlify and
// Cloudflare Pages send the same security and caching headers as `npm start`.
import fs from "node:fs";
import path from "node:path";
import { headersFile, type ServeConfig } from "./site-checks/host-headers";

const config: ServeConfig = JSON.parse(fs.readFileSync("serve.json", "utf8"));
fs.writeFileSync(path.resolve("out/_headers"), headersFile(config));
console.log(`out/_headers written (${config.headers?.length ?? 0} rules from serve.json).`);

// Netlify serves one 404 page unless told otherwise; Cloudflare Pages finds out/zh/404.html itself.
fs.writeFileSync(path.resolve("out/_redirects"), "/zh/*  /zh/404.html  404\n");
console.log("out/_redirects written (the Chinese 404 page for /zh misses).");
