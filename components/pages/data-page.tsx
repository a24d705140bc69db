import type { Locale } from "@/lib/i18n/locales";
import { setRequestLocale } from "@/lib/i18n/request-locale";
import type { Metadata } from "next";
import { pageMetadata } from "@/lib/publish/page-metadata";
import Link from "@/components/intent-link";
import { CiteThis } from "@/components/cite-this";
import { CodeExample } from "@/components/code-example";
import { fillNodes } from "@/components/rich-message";
import { catalogCitationTarget } from "@/lib/publish/citation";
import { catalogIn } from "@/lib/catalog";
import { CSV_COLUMNS } from "@/lib/publish/catalog-csv";
import { CATALOG_EXPORT_VERSION, DATA_LICENCE } from "@/lib/publish/catalog-export";
import { plural } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import { SITE } from "@/lib/site";

export function generateMetadata({ locale }: { locale: Locale }): Metadata {
  const t = messagesFor(locale).pages.data;
  return pageMetadata({ locale, title: t.title, description: t.description, path: "/data" });
}

type DataMessages = ReturnType<typeof messagesFor>["pages"]["data"];

const files = (t: DataMessages) => [
  { href: "/catalog.json", format: "JSON", holds: t.holds.json },
  { href: "/catalog.csv", format: t.csvFormat, holds: t.holds.csv },
  { href: "/catalog.schema.json", format: "JSON Schema (2020-12)", holds: t.holds.schema },
  { href: "/schemas/model.schema.json", format: "JSON Schema (2020-12)", holds: t.holds.modelSchema },
];

/** What a column of /catalog.csv holds, in the page's language (a column without a translation keeps its English text). */
function columnMeaning(t: DataMessages, column: { name: string; meaning: string }): string {
  return (t.columns as Record<string, string | undefined>)[column.name] ?? column.meaning;
}

export default function DataPage({ locale }: { locale: Locale }) {
  setRequestLocale(locale);
  const { common, pages } = messagesFor(locale);
  const t = pages.data;
  const { entries } = catalogIn(locale);
  const example = entries.find((entry) => entry.slug === "gpt-4") ?? entries[0];
  const jsExample = `const response = await fetch("${SITE.url}/catalog.json");
const catalog = await response.json();
// ${t.jsComment}
const openImageModels = catalog.models
  .filter((m) => m.openWeights === "yes" && m.modalities.output.includes("image"))
  .sort((a, b) => (b.released ?? "").localeCompare(a.released ?? ""));
console.log(openImageModels.map((m) => \`\${m.released} \${m.name}\`));`;
  const pandasExample = `import pandas as pd

df = pd.read_csv("${SITE.url}/catalog.csv", encoding="utf-8-sig")
# ${t.pandasComment}
df["outputs"] = df["output_modalities"].str.split(";")
video = df[df["outputs"].apply(lambda outputs: "video" in outputs)]
print(video[["name", "released", "parameters"]].sort_values("released"))`;

  return (
    <article className="mx-auto max-w-3xl">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-lg text-fg-muted">{plural(locale, t.intro, entries.length)}</p>

      <section aria-labelledby="files-heading" className="mt-8">
        <h2 id="files-heading" className="text-2xl font-semibold">{t.filesHeading}</h2>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t.filesCaption}</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3">{t.fileColumn}</th>
                <th scope="col" className="py-1 pr-3">{t.formatColumn}</th>
                <th scope="col" className="py-1">{t.holdsColumn}</th>
              </tr>
            </thead>
            <tbody>
              {files(t).map((file) => (
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
                  {fillNodes(t.holds.entry, {
                    example: <a href={`/data/entries/${example.slug}.json`}>/data/entries/{example.slug}.json</a>,
                  })}
                </td>
              </tr>
            </tbody>
          </table>
        </div>
        <p className="mt-3">
          {fillNodes(t.version, {
            json: <code>/catalog.json</code>,
            version: CATALOG_EXPORT_VERSION,
            generated: <code>generated</code>,
          })}
        </p>
      </section>

      <section aria-labelledby="licence-heading" className="mt-8">
        <h2 id="licence-heading" className="text-2xl font-semibold">{t.licenceHeading}</h2>
        <p className="mt-2">
          {fillNodes(t.licence, {
            licence: (
              <a href="https://creativecommons.org/licenses/by/4.0/" rel="license noopener noreferrer">
                {DATA_LICENCE}
              </a>
            ),
            site: common.siteName,
            url: <Link href="/">{SITE.url}</Link>,
          })}
        </p>
      </section>

      <section aria-labelledby="fields-heading" className="mt-8">
        <h2 id="fields-heading" className="text-2xl font-semibold">{t.fieldsHeading}</h2>
        <p className="mt-2">
          {fillNodes(t.fields, {
            csv: <code>/catalog.csv</code>,
            json: <code>/catalog.json</code>,
            openWeights: <code>openWeights</code>,
            parametersActive: <code>parametersActive</code>,
            source: <code>source</code>,
            note: <code>note</code>,
            about: <Link href="/about">{t.about}</Link>,
          })}
        </p>
        <div className="mt-3 overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t.columnsCaption}</caption>
            <thead>
              <tr className="border-b border-border">
                <th scope="col" className="py-1 pr-3">{t.columnColumn}</th>
                <th scope="col" className="py-1">{t.meaningColumn}</th>
              </tr>
            </thead>
            <tbody>
              {CSV_COLUMNS.map((column) => (
                <tr key={column.name} className="border-b border-border align-top">
                  <th scope="row" className="py-1 pr-3 text-left font-mono font-normal">{column.name}</th>
                  <td className="py-1">{columnMeaning(t, column)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="examples-heading" className="mt-8">
        <h2 id="examples-heading" className="text-2xl font-semibold">{t.examplesHeading}</h2>
        <CodeExample label={t.jsLabel} code={jsExample} />
        <CodeExample label={t.pandasLabel} code={pandasExample} />
        <p className="mt-3 text-sm text-fg-muted">
          {fillNodes(t.bomNote, { encoding: <code>encoding=&quot;utf-8-sig&quot;</code> })}
        </p>
      </section>

      <CiteThis target={catalogCitationTarget(entries)} heading={t.citeHeading} />
    </article>
  );
}
