import { getCatalog, getEntry, getEra, modalityNames, relatedEntries, type Catalog, type Entry } from "@/lib/catalog";
import { entryFacts, type Fact } from "@/lib/entry-facts";
import { formatEraYears } from "@/lib/format";
import { compareHref, joinWords, type CitedValue, type CompareEntry } from "@/lib/compare/compare";

function citedValue(fact: Fact | undefined): CitedValue | undefined {
  if (!fact) return undefined;
  const { text, dateTime, note, citation } = fact;
  return { text, dateTime, note, citation: citation && { number: citation.number, title: citation.title, url: citation.url } };
}

// Build-time shaping for /compare: one small JSON file per entry (facts, relations, sources;
// never the Markdown body), and the suggested comparisons shown when nothing is selected.

export function toCompareEntry(entry: Entry, catalog: Catalog = getCatalog()): CompareEntry {
  const modalityName = modalityNames(catalog);
  const era = getEra(entry.era, catalog);
  const facts = new Map(entryFacts(entry, catalog).map((fact) => [fact.key, fact]));
  const optionalCited = (key: string) => citedValue(facts.get(key));
  // Release date and parameters are always among an entry's facts.
  const cited = (key: string): CitedValue => optionalCited(key) ?? { text: "—" };
  return {
    slug: entry.slug,
    name: entry.name,
    kind: entry.kind,
    organizations: entry.organizationNames,
    released: entry.releaseDate,
    era: era ? `${era.name} (${formatEraYears(era)})` : null,
    input: entry.modalities.input.map((slug) => modalityName.get(slug) ?? slug),
    output: entry.modalities.output.map((slug) => modalityName.get(slug) ?? slug),
    architecture: entry.architecture,
    parameters: entry.parameterCount ?? ("value" in entry.parameters && entry.parameters.value === "not-applicable" ? "not-applicable" : "undisclosed"),
    openWeights: entry.openWeights,
    facts: {
      released: cited("released"),
      parameters: cited("parameters"),
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

export function compareEntryForFile(file: string, catalog: Catalog = getCatalog()): CompareEntry | undefined {
  const entry = file.endsWith(".json") ? getEntry(file.slice(0, -".json".length), catalog) : undefined;
  return entry && toCompareEntry(entry, catalog);
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

export function suggestedComparisons(catalog: Catalog = getCatalog()): SuggestedComparison[] {
  return SUGGESTED_COMPARISONS.map((slugs) => slugs.flatMap((slug) => getEntry(slug, catalog) ?? []))
    .filter((entries) => entries.length >= 2)
    .map((entries) => ({
      href: compareHref(entries.map((entry) => entry.slug)),
      label: `${entries[0].name} with ${joinWords(entries.slice(1).map((entry) => entry.name))}`,
      entries: entries.map(({ slug, name }) => ({ slug, name })),
    }));
}
