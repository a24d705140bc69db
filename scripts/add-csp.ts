// Runs after `next build`: gives every exported HTML page its Content-Security-Policy meta tag.
import fs from "node:fs";
import path from "node:path";
import { withContentSecurityPolicy } from "./site-checks/csp";

const root = path.resolve("out");
let count = 0;
for (const file of fs.readdirSync(root, { recursive: true, encoding: "utf8" })) {
  if (!file.endsWith(".html")) continue;
  const full = path.join(root, file);
  fs.writeFileSync(full, withContentSecurityPolicy(fs.readFileSync(full, "utf8")));
  count++;
}
console.log(`Content-Security-Policy added to ${count} pages.`);
