import fs from "node:fs";
import os from "node:os";
import path from "node:path";

export const VALID_FIXTURE = path.join(__dirname, "../fixtures/valid");
export const INVALID_FIXTURES = path.join(__dirname, "../fixtures/invalid");

/** A temporary copy of the valid fixture with one invalid case laid over it. */
export function contentWithCase(caseName: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `content-${caseName}-`));
  fs.cpSync(VALID_FIXTURE, dir, { recursive: true });
  fs.cpSync(path.join(INVALID_FIXTURES, caseName), dir, { recursive: true });
  return dir;
}
