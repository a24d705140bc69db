import { describe, expect, it } from "vitest";
import { buildCatalog } from "@/lib/catalog";
import { buildCatalogCsv, CSV_BOM, CSV_COLUMNS, csvField } from "@/lib/publish/catalog-csv";
import { buildCatalogExport } from "@/lib/publish/catalog-export";
import { loadContent } from "@/lib/content/load-content";
import { VALID_FIXTURE } from "./fixture-content";

/** A strict RFC 4180 reader: it throws on a stray quote, so a badly escaped field fails the test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"' && text[i + 1] === '"') { field += '"'; i += 2; }
        else if (text[i] === '"') { i++; break; }
        else field += text[i++];
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\r") throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ",") { row.push(field); field = ""; i++; }
    else if (text[i] === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i += 2; }
    else if (text[i] === '"' || text[i] === "\n") throw new Error(`stray ${JSON.stringify(text[i])} at ${i}`);
    else field += text[i++];
  }
  if (field !== "" || row.length > 0) throw new Error("last row does not end with CRLF");
  return rows;
}

const catalog = buildCatalog(loadContent(VALID_FIXTURE, new Date("2026-01-01")));
const data = buildCatalogExport(catalog, new Date("2026-11-28"));
const csv = buildCatalogCsv(data);

describe("catalog.csv", () => {
  it("starts with a UTF-8 byte-order mark so spreadsheet apps read Chinese names correctly", () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it("parses as RFC 4180 with one row per entry, every row as wide as the header", () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    expect(header).toEqual(CSV_COLUMNS.map((column) => column.name));
    expect(rows.map((row) => row[0])).toEqual(data.models.map((model) => model.slug));
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it("joins lists with ';' and leaves unknown values empty", () => {
    const [header, ...rows] = parseCsv(csv.slice(1));
    const beta = Object.fromEntries(header.map((name, i) => [name, rows.find((row) => row[0] === "beta-lm")![i]]));
    expect(beta).toMatchObject({ input_modalities: "text;image", output_modalities: "text", parameters: "", parameters_status: "undisclosed", related: "successor-of:alpha-net", released: "2023-03-14" });
    const alpha = Object.fromEntries(header.map((name, i) => [name, rows.find((row) => row[0] === "alpha-net")![i]]));
    expect(alpha).toMatchObject({ aliases: "AlphaNet", parameters: "60000000" });
  });

  it("quotes commas, quotes, line breaks and keeps Chinese text intact", () => {
    const model = { ...data.models[0], name: 'Say "hi", world\nagain', aliases: ["文心一言", "ERNIE, Bot"] };
    const [header, row] = parseCsv(buildCatalogCsv({ ...data, models: [model] }).slice(1));
    expect(row[header.indexOf("name")]).toBe('Say "hi", world\nagain');
    expect(row[header.indexOf("aliases")]).toBe("文心一言;ERNIE, Bot");
    expect(csvField(null)).toBe("");
  });

  it("refuses a list value containing ';', which would split it", () => {
    const model = { ...data.models[0], aliases: ["A;B"] };
    expect(() => buildCatalogCsv({ ...data, models: [model] })).toThrow(/"A;B" contains ";"/);
  });
});
