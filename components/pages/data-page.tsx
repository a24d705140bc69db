import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { CiteThis } from "@/components/cite-this";
import { CodeExample } from "@/components/code-example";
import { catalogCitationTarget } from "@/lib/publish/citation";
import { catalogIn } from "@/lib/catalog";
import { CSV_COLUMNS } from "@/lib/publish/catalog-csv";
import { CATALOG_EXPORT_VERSION, DATA_LICENCE } from "@/lib/publish/catalog-export";
import { SITE } from "@/lib/site";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  return pageMetadata({
  locale,
  title: "Data",
  description: "Download the catalog as JSON or CSV, with its JSON Schema, field meanings, licence (CC BY 4.0) and example code.",
  path: "/data" });
}

const FILES = [
  { href: "/catalog.json", format: "JSON", holds: "Every entry, organization, modality, era and milestone, with sources; no prose." },
  { href: "/catalog.csv", format: "CSV (UTF-8 with BOM)", holds: "One row per entry; the columns below. Opens in spreadsheet apps with Chinese names intact." },
  { href: "/catalog.schema.json", format: "JSON Schema (2020-12)", holds: "The shape of /catalog.json, generated from the validator's own schemas." },
  { href: "/schemas/model.schema.json", format: "JSON Schema (2020-12)", holds: "The front matter of one content file, for editors and tools that write entries." },
];

export default function DataPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const { entries } = catalogIn(locale);
  const example = entries.find((entry) => entry.slug === "gpt-4") ?? entries[0];
  const jsExample = `const response = await fetch("${SITE.url}/catalog.json");
const catalog = await response.json();
// Open-weight models that output images, newest first
const openImageModels = catalog.models
  .filter((m) => m.openWeights === "yes" && m.modalities.output.includes("image"))
  .sort((a, b) => (b.released ?? "").localeCompare(a.released ?? ""));
console.log(openImageModels.map((m) => \`\${m.released} \${m.name}\`));`;
  const pandasExample = `import pandas as pd

df = pd.read_csv("${SITE.url}/catalog.csv", encoding="utf-8-sig")
# Lists are joined with ";": split them to filter by modality
df["outputs"] = df["output_modalities"].str.split(";")
video = df[df["outputs"].apply(lambda outputs: "video" in outputs)]
print(video[["name", "released", "parameters"]].sort_values("released"))`;

  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">Data</h1>
      <p className="mt-3 text-lg text-fg-muted">
        The whole catalog ({entries.length} entries) as files you can download, query and reuse. They are rebuilt from the same
        validated content as the pages, so they always match what the site shows.
      </p>

      <section aria-labelledby="files-heading" className="mt-8">
        <h2 id="files-heading" className="text-2xl font-semibold">Files</h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Downloadable data files</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3">File</th>
                <th scope="col" className="py-1 pr-3">Format</th>
                <th scope="col" className="py-1">What it holds</th>
              </tr>
            </thead>
            <tbody>
              {FILES.map((file) => (
                <tr key={file.href} className="border-b border-border align-top">
                  <td className="py-2 pr-3 font-mono"><a href={file.href}>{file.href}</a></td>
                  <td className="py-2 pr-3">{file.format}</td>
                  <td className="py-2">{file.holds}</td>
                </tr>
              ))}
              <tr className="border-b border-border align-top">
                <td className="py-2 pr-3 font-mono">
                  /data/entries/&lt;slug&gt;.json
                </td>
                <td className="py-2 pr-3">JSON</td>
                <td className="py-2">
                  One entry&apos;s facts with the source that states each, its relations and its sources, e.g.{" "}
                  <a href={`/data/entries/${example.slug}.json`}>/data/entries/{example.slug}.json</a>. Every entry page links its
                  own.
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <p className="mt-3">
          <code>/catalog.json</code> is format version {CATALOG_EXPORT_VERSION}; its <code>generated</code> field gives the day it was
          built. Each entry page also has a &ldquo;Cite this&rdquo; section with BibTeX and plain-text citations.
        </p>
      </section>

      <section aria-labelledby="licence-heading" className="mt-8">
        <h2 id="licence-heading" className="text-2xl font-semibold">Licence</h2>
        <p className="mt-2">
          The data is published under{" "}
          <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">{DATA_LICENCE}</a>: use it for
          anything, including commercially, as long as you credit &ldquo;{SITE.name}&rdquo; and link to{" "}
          <Link href="/">{SITE.url}</Link>. The facts themselves come from the sources each entry lists; cite those for
          the facts.
        </p>
      </section>

      <section aria-labelledby="fields-heading" className="mt-8">
        <h2 id="fields-heading" className="text-2xl font-semibold">Fields</h2>
        <p className="mt-2">
          The columns of <code>/catalog.csv</code>, in order. <code>/catalog.json</code> holds the same facts under camelCase
          names (<code>openWeights</code>, <code>parametersActive</code>) plus the nested details the CSV flattens: each fact&apos;s{" "}
          <code>source</code> and <code>note</code>, variants, and the full source list; its JSON Schema describes every
          field. An empty cell means the value is unknown, undisclosed or does not apply, never zero.{" "}
          <Link href="/about">About</Link> explains what counts as a source.
        </p>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Columns of catalog.csv</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3">Column</th>
                <th scope="col" className="py-1">Meaning</th>
              </tr>
            </thead>
            <tbody>
              {CSV_COLUMNS.map((column) => (
                <tr key={column.name} className="border-b border-border align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-mono font-normal">{column.name}</th>
                  <td className="py-1">{column.meaning}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="examples-heading" className="mt-8">
        <h2 id="examples-heading" className="text-2xl font-semibold">Examples</h2>
        <CodeExample label="JavaScript (browser or Node.js 18+)" code={jsExample} />
        <CodeExample label="Python with pandas" code={pandasExample} />
        <p className="mt-3 text-sm text-fg-muted">
          <code>encoding=&quot;utf-8-sig&quot;</code> drops the byte-order mark that lets spreadsheet apps recognise UTF-8.
        </p>
      </section>

      <CiteThis target={catalogCitationTarget(entries)} heading="Cite the catalog" />
    </article>
  );
}
