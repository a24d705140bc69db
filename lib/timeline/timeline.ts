import { datedEntries, type Catalog, type DatedEntry, type Entry, type Era, type Milestone } from "@/lib/catalog";
import { comparePartialDates } from "@/lib/dates";
import { normalizeName } from "@/lib/search/normalize-name";
import { filterEvents } from "@/lib/timeline/timeline-filter";
import { formatEraYears } from "@/lib/format";
import { entryHref } from "@/lib/routes";
import { fill } from "@/lib/i18n/format-message";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";

// The timeline merges two collections into one ordered list of events and cuts it into the
// catalog's eras. Everything here is derived from the catalog; components only render it.

export type TimelineEvent = {
  kind: "entry" | "milestone";
  /** Unique across both kinds, so it can serve as a React key and an HTML id. */
  id: string;
  name: string;
  /** Partial date: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  year: number;
  era: string | null;
  /** Entries only: what goes in and what comes out. Milestones name modalities without a direction. */
  flow: { input: string[]; output: string[] } | null;
  /** What the event produces, one marker each: an entry's outputs, a milestone's modalities. */
  outputs: string[];
  /** Every modality filter the event matches, composite ones (multimodal) included. */
  modalitySlugs: string[];
  summary: string;
  /** An entry links to its own page; a milestone to its first related entry, if any, and its first source. */
  links: {
    entry: { href: string; name: string } | null;
    source: { href: string; title: string } | null;
  };
};

export type TimelineSection = {
  /** HTML id: `era-<slug>` for eras, so /timeline#era-fusion works from other pages. */
  id: string;
  title: string;
  /** "2012–2018" for an era; null for the groups outside the eras, whose title says it all. */
  years: string | null;
  era: Era | null;
  events: TimelineEvent[];
  /** Modalities matched by at least one event, so a filtered view can say "nothing here". */
  modalitySlugs: string[];
};

export type Timeline = { sections: TimelineSection[]; events: TimelineEvent[] };

/** `locale` (as on a Catalog) sets the language of the section titles; English without it. */
type TimelineCatalog = Pick<Catalog, "entries" | "milestones" | "eras" | "modalities"> & { locale?: Locale };

export function entryEvent(entry: DatedEntry): TimelineEvent {
  return {
    kind: "entry",
    id: `entry-${entry.slug}`,
    name: entry.name,
    date: entry.releaseDate,
    year: entry.year,
    era: entry.era,
    flow: entry.modalities,
    outputs: entry.modalities.output,
    modalitySlugs: entry.modalitySlugs,
    summary: entry.summary,
    links: { entry: { href: entryHref(entry.slug), name: entry.name }, source: null },
  };
}

export function milestoneEvent(milestone: Milestone, catalog: TimelineCatalog): TimelineEvent {
  const related = milestone.related
    .map((slug) => catalog.entries.find((entry) => entry.slug === slug))
    .find((entry) => entry !== undefined);
  const [firstSource] = milestone.sources;
  return {
    kind: "milestone",
    id: `milestone-${milestone.slug}`,
    name: milestone.name,
    date: milestone.date,
    year: milestone.year,
    era: milestone.era,
    flow: null,
    outputs: milestone.modalities,
    modalitySlugs: milestone.modalitySlugs,
    summary: milestone.summary,
    links: {
      entry: related ? { href: entryHref(related.slug), name: related.name } : null,
      source: { href: firstSource.url, title: firstSource.title },
    },
  };
}

/** A milestone that repeats an entry (same slug, or a name the entry already uses) is left out. */
export function isEntryMilestone(milestone: Pick<Milestone, "slug" | "name">, entries: Entry[]): boolean {
  const name = normalizeName(milestone.name);
  return entries.some(
    (entry) =>
      entry.slug === milestone.slug ||
      normalizeName(entry.name) === name ||
      entry.aliases.some((alias) => normalizeName(alias) === name),
  );
}

/** Oldest first; on the same date entries come before milestones, then by name. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return (
    comparePartialDates(a.date, b.date) ||
    (a.kind === b.kind ? 0 : a.kind === "entry" ? -1 : 1) ||
    a.name.localeCompare(b.name, "en")
  );
}

export function timelineEvents(catalog: TimelineCatalog): TimelineEvent[] {
  return [
    ...datedEntries(catalog).map(entryEvent),
    ...catalog.milestones
      .filter((milestone) => !isEntryMilestone(milestone, catalog.entries))
      .map((milestone) => milestoneEvent(milestone, catalog)),
  ].sort(compareEvents);
}

/**
 * True when the article's dating of an era differs from the catalog's: the years it names must be
 * the era's start and end (or start and "present" for an open era), and "before"/"after" never match.
 * The article's words may be quoted in English or in Chinese ("2012 年以前", "2018 年至今").
 */
export function articleDisagrees(era: Pick<Era, "start" | "end" | "articleSays">): boolean {
  const said = era.articleSays;
  if (/\b(before|after|until|since)\b|以前|之前|以后|之后|直到|自从/i.test(said)) return true;
  const years = (said.match(/\b\d{4}\b/g) ?? []).map(Number);
  if (era.end === null) return !(years.length === 1 && years[0] === era.start && /present|today|now|至今|现在/i.test(said));
  return !(years.length === 2 && years[0] === era.start && years[1] === era.end);
}

function section(id: string, title: string, years: string | null, era: Era | null, events: TimelineEvent[]): TimelineSection {
  return { id, title, years, era, events, modalitySlugs: [...new Set(events.flatMap((event) => event.modalitySlugs))] };
}

/**
 * One section per era, always present even when empty so the bands survive filtering, preceded by
 * "Before <first era>" when some events predate every era. Events in a gap between eras (the
 * validator allows gaps, not overlaps) get a section of their own rather than vanishing.
 */
export function buildTimeline(catalog: TimelineCatalog): Timeline {
  const locale = catalog.locale ?? "en";
  const t = messagesFor(locale).timeline.band;
  const events = timelineEvents(catalog);
  const eras = [...catalog.eras].sort((a, b) => a.start - b.start);
  const firstStart = eras[0]?.start ?? Infinity;
  const unplaced = events.filter((event) => event.era === null);
  const before = unplaced.filter((event) => event.year < firstStart);
  const between = unplaced.filter((event) => event.year >= firstStart);

  const sections: TimelineSection[] = [];
  if (before.length > 0) {
    sections.push(section("before-eras", fill(t.before, { year: firstStart }), null, null, before));
  }
  for (const era of eras) {
    sections.push(section(`era-${era.slug}`, era.name, formatEraYears(era, locale), era, events.filter((event) => event.era === era.slug)));
  }
  if (between.length > 0) {
    sections.push(section("between-eras", t.between, null, null, between));
  }
  return { sections, events };
}

/** How many events each filter shows, computed once at build time for the client's count line. */
export function countByModality(events: TimelineEvent[], slugs: readonly string[]): Record<string, number> {
  return Object.fromEntries(
    slugs.map((slug) => [slug, filterEvents(events, { kind: "modality", slug }).length]),
  );
}
