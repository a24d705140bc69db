import { loadContent, DEFAULT_CONTENT_DIR, type RawContent } from "@/lib/content/load-content";
import { comparePartialDates, yearOf } from "./dates";
import { LABELS } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/locales";
import type { EraFrontMatter, MilestoneFrontMatter, ModalityFrontMatter, ModelFrontMatter, OrganizationFrontMatter, PageFrontMatter } from "@/lib/content/schema";

// Derived fields are computed here and nowhere else: release date, year, era, parameter count,
// organization names and modality membership. Raw front-matter fields keep their names
// (released, parameters, organizations); derived ones have their own.

// Each item keeps its Chinese text (`zh`, from `<slug>.zh.md`); catalogIn("zh") puts those texts in
// place of the English ones, so pages and components read `name`, `summary` and `body` either way.
type ModalityTranslation = { name: string; summary: string; body: string };
type EraTranslation = { name: string; summary: string; articleSays: string; body: string };
type MilestoneTranslation = { name: string; summary: string; body: string };
type PageTranslation = { title: string; description: string; body: string };

export type Era = EraFrontMatter & { slug: string; body: string; zh: EraTranslation | null };
export type Modality = ModalityFrontMatter & { slug: string; body: string; zh: ModalityTranslation | null };
export type Milestone = MilestoneFrontMatter & {
  slug: string;
  body: string;
  zh: MilestoneTranslation | null;
  year: number;
  era: string | null;
  /** Every modality the milestone is filed under, composite ones (multimodal) included. */
  modalitySlugs: string[];
};
export type Page = PageFrontMatter & { slug: string; body: string; zh: PageTranslation | null };
export type Organization = OrganizationFrontMatter & { slug: string };
/** The Chinese text of an entry, from `<slug>.zh.md`. */
export type EntryTranslation = { name?: string; summary: string; body: string };
export type Entry = ModelFrontMatter & {
  slug: string;
  /** Markdown, unrendered: render it with lib/markdown only on the entry's own page. */
  body: string;
  /** `released.date`, or null when no source gives one. */
  releaseDate: string | null;
  year: number | null;
  era: string | null;
  /** The published count (a mixture-of-experts model's total), or null when there is none. */
  parameterCount: number | null;
  organizationNames: string[];
  /** Countries of the entry's organizations (ISO codes), without repeats. */
  countries: string[];
  zh: EntryTranslation | null;
  /** Every modality page the entry belongs on, composite ones (multimodal) included. */
  modalitySlugs: string[];
};

export type Catalog = {
  /** The language of the catalog's texts: "en" as loaded, "zh" from catalogIn("zh"). */
  locale: Locale;
  entries: Entry[];
  organizations: Organization[];
  modalities: Modality[];
  eras: Era[];
  milestones: Milestone[];
  pages: Page[];
};

export function eraForYear(year: number | null, eras: Pick<Era, "slug" | "start" | "end">[]): string | null {
  if (year === null) return null;
  return eras.find((era) => year >= era.start && (era.end === null || year <= era.end))?.slug ?? null;
}

/**
 * The modality pages something belongs on, given its lists of media (an entry's inputs and outputs,
 * or a milestone's one list). A composite modality (multimodal) holds whatever has a list that
 * spans two or more media.
 */
export function modalitiesOf(lists: string[][], modalities: Pick<Modality, "slug" | "type">[]): string[] {
  const spansSeveral = lists.some((list) => new Set(list).size > 1);
  return modalities
    .filter((modality) =>
      modality.type === "composite" ? spansSeveral : lists.some((list) => list.includes(modality.slug)),
    )
    .map((modality) => modality.slug);
}

/** The Chinese texts of one collection, by slug. */
function translationsOf<T>(files: { slug: string; data: T; body: string }[]): Map<string, T & { body: string }> {
  return new Map(files.map(({ slug, data, body }) => [slug, { ...data, body }]));
}

export function buildCatalog(raw: RawContent): Catalog {
  const zh = {
    modalities: translationsOf(raw.translations.modalities),
    eras: translationsOf(raw.translations.eras),
    milestones: translationsOf(raw.translations.milestones),
    pages: translationsOf(raw.translations.pages),
  };
  const modalities = raw.modalities
    .map(({ slug, data, body }) => ({ ...data, slug, body, zh: zh.modalities.get(slug) ?? null }))
    .sort((a, b) => a.order - b.order);
  const eras = raw.eras
    .map(({ slug, data, body }) => ({ ...data, slug, body, zh: zh.eras.get(slug) ?? null }))
    .sort((a, b) => a.start - b.start);
  const organizations = raw.organizations.map(({ slug, data }) => ({ ...data, slug }));
  const organizationBySlug = new Map(organizations.map((organization) => [organization.slug, organization]));
  const translationBySlug = new Map(raw.modelTranslations.map(({ slug, data, body }) => [slug, { ...data, body }]));
  const entries = raw.models
    .map(({ slug, data, body }): Entry => {
      const releaseDate = "reason" in data.released ? null : data.released.date;
      const year = releaseDate === null ? null : yearOf(releaseDate);
      const orgs = data.organizations.map((org) => organizationBySlug.get(org));
      return {
        ...data,
        slug,
        body,
        releaseDate,
        year,
        era: eraForYear(year, eras),
        parameterCount: parameterCountOf(data.parameters),
        organizationNames: orgs.map((org, i) => org?.name ?? data.organizations[i]),
        countries: [...new Set(orgs.flatMap((org) => (org?.country ? [org.country] : [])))],
        zh: translationBySlug.get(slug) ?? null,
        modalitySlugs: modalitiesOf([data.modalities.input, data.modalities.output], modalities),
      };
    })
    .sort(byReleaseDate);
  const milestones = raw.milestones
    .map(({ slug, data, body }) => {
      const year = yearOf(data.date);
      return {
        ...data,
        slug,
        body,
        zh: zh.milestones.get(slug) ?? null,
        year,
        era: eraForYear(year, eras),
        modalitySlugs: modalitiesOf([data.modalities], modalities),
      };
    })
    .sort((a, b) => comparePartialDates(a.date, b.date));
  const pages = raw.pages.map(({ slug, data, body }) => ({ ...data, slug, body, zh: zh.pages.get(slug) ?? null }));
  return { locale: "en", entries, organizations, modalities, eras, milestones, pages };
}

/** An entry whose release date a source gives: the only kind the timeline and its charts can place. */
export type DatedEntry = Entry & { releaseDate: string; year: number };

export function isDated(entry: Entry): entry is DatedEntry {
  return entry.releaseDate !== null && entry.year !== null;
}

/** Entries with a known release date, oldest first. */
export function datedEntries(catalog: Pick<Catalog, "entries">): DatedEntry[] {
  return catalog.entries.filter(isDated);
}

const newestFirstByCatalog = new WeakMap<Catalog, Entry[]>();

/** Newest first, as lists show them; entries whose date is unknown come last. Sorted once per catalog. */
export function newestFirst(catalog: Catalog): Entry[] {
  let sorted = newestFirstByCatalog.get(catalog);
  if (!sorted) {
    sorted = [...datedEntries(catalog).reverse(), ...catalog.entries.filter((entry) => !isDated(entry))];
    newestFirstByCatalog.set(catalog, sorted);
  }
  return sorted;
}

export function parameterCountOf(parameters: ModelFrontMatter["parameters"]): number | null {
  if ("total" in parameters) return parameters.total;
  return typeof parameters.value === "number" ? parameters.value : null;
}

/** Oldest first; entries whose date is unknown come last. */
export function byReleaseDate(a: Pick<Entry, "releaseDate" | "name">, b: Pick<Entry, "releaseDate" | "name">): number {
  if (a.releaseDate === null || b.releaseDate === null) {
    return Number(a.releaseDate === null) - Number(b.releaseDate === null) || a.name.localeCompare(b.name);
  }
  return comparePartialDates(a.releaseDate, b.releaseDate) || a.name.localeCompare(b.name);
}

let cached: { dir: string; catalog: Catalog } | undefined;

/** The validated catalog, loaded once per process. Throws ContentValidationError on bad content. */
export function getCatalog(contentDir = DEFAULT_CONTENT_DIR): Catalog {
  if (cached?.dir !== contentDir) cached = { dir: contentDir, catalog: buildCatalog(loadContent(contentDir)) };
  return cached.catalog;
}

const chineseByCatalog = new WeakMap<Catalog, Catalog>();

/**
 * The catalog in one language. In Chinese every text (names where the makers use a Chinese one,
 * summaries, prose, era and page titles) comes from the `.zh.md` files; facts are shared, since
 * they are written once. The validator guarantees every item has its Chinese text; an item without
 * one (only possible in test fixtures) keeps its English text.
 */
export function catalogIn(locale: Locale, catalog: Catalog = getCatalog()): Catalog {
  if (locale === catalog.locale) return catalog;
  if (locale === "en") throw new Error("catalogIn: an English catalog is built from content, not from a translated one");
  let chinese = chineseByCatalog.get(catalog);
  if (!chinese) chineseByCatalog.set(catalog, (chinese = translateCatalog(catalog)));
  return chinese;
}

function translateCatalog(catalog: Catalog): Catalog {
  const organizations = catalog.organizations.map((organization) => ({ ...organization, name: organization.nameZh ?? organization.name }));
  const organizationName = new Map(organizations.map((organization) => [organization.slug, organization.name]));
  return {
    locale: "zh",
    organizations,
    entries: catalog.entries.map((entry) => ({
      ...entry,
      ...(entry.zh && { name: entry.zh.name ?? entry.name, summary: entry.zh.summary, body: entry.zh.body }),
      organizationNames: entry.organizations.map((slug, i) => organizationName.get(slug) ?? entry.organizationNames[i]),
    })),
    modalities: catalog.modalities.map((modality) => ({ ...modality, ...modality.zh })),
    eras: catalog.eras.map((era) => ({ ...era, ...era.zh })),
    milestones: catalog.milestones.map((milestone) => ({ ...milestone, ...milestone.zh })),
    pages: catalog.pages.map((page) => ({ ...page, ...page.zh })),
  };
}

const entriesBySlug = new WeakMap<Catalog, Map<string, Entry>>();

/** Looked up by every entry page and every relation, so indexed once per catalog. */
export function getEntry(slug: string, catalog = getCatalog()): Entry | undefined {
  let bySlug = entriesBySlug.get(catalog);
  if (!bySlug) entriesBySlug.set(catalog, (bySlug = new Map(catalog.entries.map((entry) => [entry.slug, entry]))));
  return bySlug.get(slug);
}

export function getOrganization(slug: string, catalog = getCatalog()): Organization | undefined {
  return catalog.organizations.find((organization) => organization.slug === slug);
}

const entriesByOrganization = new WeakMap<Catalog, Map<string, Entry[]>>();

/** The entries an organization made or co-made, oldest first; indexed once per catalog. */
export function entriesOfOrganization(slug: string, catalog = getCatalog()): Entry[] {
  let index = entriesByOrganization.get(catalog);
  if (!index) {
    index = new Map();
    for (const entry of catalog.entries) for (const org of entry.organizations) index.set(org, [...(index.get(org) ?? []), entry]);
    entriesByOrganization.set(catalog, index);
  }
  return index.get(slug) ?? [];
}

const modalityNamesByCatalog = new WeakMap<Catalog, Map<string, string>>();

/** Modality slug → display name ("video" → "Video"), built once per catalog. */
export function modalityNames(catalog: Catalog = getCatalog()): Map<string, string> {
  let names = modalityNamesByCatalog.get(catalog);
  if (!names) modalityNamesByCatalog.set(catalog, (names = new Map(catalog.modalities.map((modality) => [modality.slug, modality.name]))));
  return names;
}

export function getModality(slug: string, catalog = getCatalog()): Modality | undefined {
  return catalog.modalities.find((modality) => modality.slug === slug);
}

export function getEra(slug: string | null, catalog = getCatalog()): Era | undefined {
  return catalog.eras.find((era) => era.slug === slug);
}

export function getPage(slug: string, catalog = getCatalog()): Page | undefined {
  return catalog.pages.find((page) => page.slug === slug);
}

export function entriesWithModality(slug: string, catalog = getCatalog()): Entry[] {
  return catalog.entries.filter((entry) => entry.modalitySlugs.includes(slug));
}

type IncomingRelation = { from: Entry; type: Entry["related"][number]["type"] };
const incomingByCatalog = new WeakMap<Catalog, Map<string, IncomingRelation[]>>();

/** Entries that point at `slug` through their `related` list, with the relation they use. */
export function incomingRelations(slug: string, catalog = getCatalog()): IncomingRelation[] {
  let incoming = incomingByCatalog.get(catalog);
  if (!incoming) {
    // Built once per catalog: scanning every entry for every entry page made large builds quadratic.
    incoming = new Map();
    for (const entry of catalog.entries) {
      for (const relation of entry.related) {
        const list = incoming.get(relation.slug) ?? [];
        list.push({ from: entry, type: relation.type });
        incoming.set(relation.slug, list);
      }
    }
    incomingByCatalog.set(catalog, incoming);
  }
  return incoming.get(slug) ?? [];
}

/**
 * Everything an entry is related to, in both directions, labelled for readers ("Based on",
 * "Basis of"): the entry page and the compare table list the same relations.
 */
export type RelatedEntry = { label: string; entry: Entry; since?: string; source?: string };

export function relatedEntries(entry: Entry, catalog = getCatalog()): RelatedEntry[] {
  const labels = LABELS[catalog.locale].relation;
  const outgoing = entry.related.flatMap(({ type, slug, since, source }) => {
    const target = getEntry(slug, catalog);
    return target ? [{ label: labels[type].outgoing, entry: target, since, source }] : [];
  });
  const incoming = incomingRelations(entry.slug, catalog).map(({ from, type }) => ({ label: labels[type].incoming, entry: from }));
  return [...outgoing, ...incoming];
}
