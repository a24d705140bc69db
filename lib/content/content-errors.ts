import { z } from "zod";
import { boundedEditDistance } from "@/lib/search/edit-distance";

/** One problem in one content file, phrased for the person who edits that file. */
export type ContentProblem = {
  file: string;
  field: string;
  message: string;
};

export class ContentValidationError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(formatProblems(problems));
    this.name = "ContentValidationError";
  }
}

export function formatProblem({ file, field, message }: ContentProblem): string {
  return field ? `${file}: field "${field}" ${message}` : `${file}: ${message}`;
}

export function formatProblems(problems: ContentProblem[]): string {
  const count = `${problems.length} content ${problems.length === 1 ? "error" : "errors"}`;
  return [
    `Found ${count}. Fix each one, then run \`npm run validate\` again:`,
    ...problems.map((problem) => `  - ${formatProblem(problem)}`),
  ].join("\n");
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)}`;
  const json = JSON.stringify(value);
  const shown = json.length > 80 ? `${json.slice(0, 77)}...` : json;
  if (typeof value === "string") return `the text ${shown}`;
  if (typeof value === "number") return `the number ${shown}`;
  if (typeof value === "boolean") return `the boolean ${shown}`;
  if (Array.isArray(value)) return `the list ${shown}`;
  return `the value ${shown}`;
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Reflect.get(current, key);
  }
  return current;
}

export function fieldPath(path: PropertyKey[]): string {
  return path.map((key, index) => (typeof key === "number" ? `[${key}]` : `${index ? "." : ""}${String(key)}`)).join("");
}

/** The field names an object schema accepts at `path`, for "did you mean" hints. */
function allowedKeys(schema: z.ZodType, path: PropertyKey[]): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    if (current instanceof z.ZodObject) current = current.shape[key as string] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodDefault) current = (current.def.innerType as z.ZodType);
    else return [];
    while (current instanceof z.ZodDefault) current = current.def.innerType as z.ZodType;
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

/**
 * A union (such as `released` or `parameters`) fails as a whole; the writer is better told what
 * is wrong in the shape they were closest to: the branch with the fewest problems, when the field
 * is an object and one shape is clearly closest. A missing field or a scalar keeps the union's own message, which lists the shapes.
 */
function closestUnionBranch(issue: z.core.$ZodIssue, data: unknown): z.core.$ZodIssue[] {
  if (issue.code !== "invalid_union" || issue.errors.length === 0) return [issue];
  const received = valueAt(data, issue.path);
  if (received === undefined) return [{ ...issue, code: "invalid_type", expected: "object", message: "" } as z.core.$ZodIssue];
  if (received === null || typeof received !== "object") return [issue];
  const [closest, runnerUp] = [...issue.errors].sort((a, b) => a.length - b.length);
  // Two shapes equally close: the union's message, which names every allowed shape, says more.
  if (runnerUp && runnerUp.length === closest.length) return [issue];
  return closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
}

/** Turns zod's issues into plain sentences that say what was received and what is allowed. */
export function problemsFromZod(file: string, data: unknown, error: z.ZodError, schema: z.ZodType): ContentProblem[] {
  return error.issues.flatMap((issue) => closestUnionBranch(issue, data)).map((issue) => {
    const received = valueAt(data, issue.path);
    const field = fieldPath(issue.path);
    switch (issue.code) {
      case "unrecognized_keys": {
        const allowed = allowedKeys(schema, issue.path);
        const named = issue.keys.map((key) => {
          const suggestion = allowed.find((candidate) => boundedEditDistance(key, candidate, 2) <= 2);
          return suggestion ? `"${key}" (did you mean "${suggestion}"?)` : `"${key}"`;
        });
        return {
          file,
          field,
          message: `has unknown ${issue.keys.length === 1 ? "field" : "fields"} ${named.join(", ")}. Allowed fields: ${allowed.join(", ")}.`,
        };
      }
      case "invalid_type":
        if (received === undefined) return { file, field, message: `is required but missing.` };
        return { file, field, message: `${issue.message.replace(/^Invalid input: /, "must be ")}; received ${describeValue(received)}.` };
      case "invalid_value":
        return {
          file,
          field,
          message: `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}; received ${describeValue(received)}.`,
        };
      default:
        return { file, field, message: `${issue.message}; received ${describeValue(received)}.` };
    }
  });
}
