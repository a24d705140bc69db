"use client";

import { useEffect, useState } from "react";

export type JumpLink = { id: string; label: string; years: string | null };

// The part of the viewport, under the sticky bar, where the section being read sits: its top 30 %.
const READING_LINE = "-64px 0px -70% 0px";

/**
 * Anchor links to each band and to the charts, kept at the top of the screen while the long page
 * scrolls. The links are plain anchors, so they work without JavaScript; with it, the section being
 * read is marked aria-current="location" (highlighted in timeline.css).
 */
export function TimelineJumpNav({ links }: { links: JumpLink[] }) {
  const [current, setCurrent] = useState<string | null>(null);

  useEffect(() => {
    const targets = links.map((link) => document.getElementById(link.id)).filter((element) => element !== null);
    const inView = new Set<string>();
    const observer = new IntersectionObserver(
      (changes) => {
        for (const change of changes) {
          if (change.isIntersecting) inView.add(change.target.id);
          else inView.delete(change.target.id);
        }
        // The first in page order: a band that still covers the reading line beats the next one coming in.
        setCurrent(links.find((link) => inView.has(link.id))?.id ?? null);
      },
      { rootMargin: READING_LINE },
    );
    for (const target of targets) observer.observe(target);
    return () => observer.disconnect();
  }, [links]);

  return (
    <nav aria-label="Jump to" data-jump-nav className="sticky top-0 z-20 -mx-4 mt-4 border-b border-border bg-bg px-4 py-2 text-sm sm:mx-0 sm:px-0">
      <ul className="flex gap-x-4 overflow-x-auto whitespace-nowrap sm:flex-wrap">
        {links.map((link) => (
          <li key={link.id}>
            <a href={`#${link.id}`} aria-current={link.id === current ? "location" : undefined} className="inline-block py-1">
              {link.label}
              {link.years && <span className="ml-1 hidden text-fg-muted sm:inline">({link.years})</span>}
            </a>
          </li>
        ))}
        <li className="ml-auto">
          <a href="#top" className="inline-block py-1">
            Top<span aria-hidden="true"> ↑</span>
          </a>
        </li>
      </ul>
    </nav>
  );
}
