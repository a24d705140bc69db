import type { TimelineSection } from "@/lib/timeline";

/** Plain anchor links to each band and to the charts, for a long page read on a phone. */
export function TimelineJumpNav({ sections }: { sections: TimelineSection[] }) {
  return (
    <nav aria-label="Jump to" className="text-sm">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {sections.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>
              {section.title}
              {section.years && <span className="ml-1 text-fg-muted">({section.years})</span>}
            </a>
          </li>
        ))}
        <li>
          <a href="#charts">Charts</a>
        </li>
      </ul>
    </nav>
  );
}
