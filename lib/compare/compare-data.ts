import { catalogIn, getCatalog, getEntry, newestFirst, getEra, modalityNames, relatedEntries, type Catalog, type Entry } from "@/lib/catalog";
import { entryFacts, type Fact } from "@/lib/entry-facts";
import { formatEraYears, formatParameters } from "@/lib/format";
import { formatPartialDate } from "@/lib/dates";
import { fill } from "@/lib/i18n/format-message";
import { messagesFor } from "@/lib/i18n/messages";
import type { CitedValue, CompareEntry, CompareEntryTexts } from "@/lib/compare/compare-entry";
import { joinWords } from "@/lib/compare/compare-notices";
import { compareHref } from "@/lib/compare/compare-url";

function citedValue(fact: Fact | undefined): CitedValue | undefined {
  if (!fact) return undefined;
  const { text, dateTime, note, citation } = fact;
  return { text, dateTime, note, citation: citation && { number: citation.number, title: citation.title, url: citation.url } };
}

// Build-time shaping for /compare: one small JSON file per entry (facts, relations, sources;
// never the Markdown body), and the suggested comparisons shown when nothing is selected.

/** The entry's compare data in the catalog's language (catalog.locale): names, dates and counts as it writes them. */
export function toCompareEntry(entry: Entry, catalog: Catalog = getCatalog()): CompareEntry {
  const { locale } = catalog;
  const texts = messagesFor(locale).compare.data;
  const modalityName = modalityNames(catalog);
  const era = getEra(entry.era, catalog);
  const facts = new Map(entryFacts(entry, catalog).map((fact) => [fact.key, fact]));
  const optionalCited = (key: string) => citedValue(facts.get(key));
  // Release date and parameters are always among an entry's facts; their text is written here in
  // the catalog's language, whatever language the shared facts use.
  const cited = (key: string): CitedValue => optionalCited(key) ?? { text: "—" };
  const released = cited("released");
  released.text = entry.releaseDate ? formatPartialDate(entry.releaseDate, locale) : texts.unknownDate;
  const parameters = { ...cited("parameters"), text: formatParameters(entry.parameters, locale) };
  return {
    slug: entry.slug,
    name: entry.name,
    kind: entry.kind,
    organizations: entry.organizationNames,
    released: entry.releaseDate,
    era: era ? fill(texts.eraWithYears, { name: era.name, years: formatEraYears(era, locale) }) : null,
    input: entry.modalities.input.map((slug) => modalityName.get(slug) ?? slug),
    output: entry.modalities.output.map((slug) => modalityName.get(slug) ?? slug),
    architecture: entry.architecture,
    parameters: entry.parameterCount ?? ("value" in entry.parameters && entry.parameters.value === "not-applicable" ? "not-applicable" : "undisclosed"),
    openWeights: entry.openWeights,
    facts: {
      released,
      parameters,
      licence: optionalCited("licence"),
      contextWindow: optionalCited("contextWindow"),
      trainingData: optionalCited("trainingData"),
      trainingCompute: optionalCited("trainingCompute"),
    },
    relations: relatedEntries(entry, catalog).map(({ label, entry: target }) => ({ label, slug: target.slug, name: target.name })),
    summary: entry.summary,
    sources: entry.sources,
  };
}

/** File names for the static per-entry data: gpt-4.json, palm-e.json, … */
export function compareEntryFiles(catalog: Catalog = getCatalog()): string[] {
  return catalog.entries.map((entry) => `${entry.slug}.json`);
}

/** The texts of an entry's compare data that depend on the language. */
function textsOf({ name, organizations, era, input, output, facts, relations, summary }: CompareEntry): CompareEntryTexts {
  return { name, organizations, era, input, output, facts, relations, summary };
}

/**
 * One entry's public compare data (/data/entries/<slug>.json): English, with the Chinese texts in
 * `zh` so /zh/compare reads the same file (the sources are the same in both languages).
 */
export function compareEntryForFile(file: string, catalog: Catalog = getCatalog()): CompareEntry | undefined {
  const entry = file.endsWith(".json") ? getEntry(file.slice(0, -".json".length), catalog) : undefined;
  if (!entry) return undefined;
  const chinese = catalogIn("zh", catalog);
  const chineseEntry = getEntry(entry.slug, chinese);
  return { ...toCompareEntry(entry, catalog), ...(chineseEntry && { zh: textsOf(toCompareEntry(chineseEntry, chinese)) }) };
}

/** Comparisons worth a look, in the order offered; each is shown only with the entries that exist. */
export const SUGGESTED_COMPARISONS: readonly (readonly string[])[] = [
  ["gpt-4", "palm-e"],
  ["stable-diffusion", "dall-e-2", "imagen"],
  ["gpt-3-5", "chatgpt", "gpt-4"],
  ["imagen-video", "sora"],
  ["clip", "uniter", "lxmert"],
  ["transformer", "gan"],
];

export type SuggestedComparison = { href: string; label: string; entries: { slug: string; name: string }[] };

/**
 * The suggestions with labels in the catalog's language: "GPT-4 with PaLM-E", "GPT-4 对比 PaLM-E".
 * A catalog that has none of the curated pairs (a fork, a test catalog) still gets one: its two
 * newest entries. Static export needs at least one static comparison page to build.
 */
export function suggestedComparisons(catalog: Catalog = getCatalog()): SuggestedComparison[] {
  const { label } = messagesFor(catalog.locale).compare.suggestions;
  const curated = SUGGESTED_COMPARISONS.map((slugs) => slugs.flatMap((slug) => getEntry(slug, catalog) ?? [])).filter((entries) => entries.length >= 2);
  const newest = newestFirst(catalog).slice(0, 2);
  const pairs = curated.length > 0 || newest.length < 2 ? curated : [newest];
  return pairs.map((entries) => ({
      href: compareHref(entries.map((entry) => entry.slug)),
      label: fill(label, { first: entries[0].name, others: joinWords(entries.slice(1).map((entry) => entry.name), catalog.locale) }),
      entries: entries.map(({ slug, name }) => ({ slug, name })),
    }));
}
