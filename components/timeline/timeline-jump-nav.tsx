"use client";

import { useEffect, useRef, useState } from "react";
import { fill } from "@/lib/i18n/format-message";

export type JumpLink = { id: string; label: string; years: string | null };

/** The bar's words, passed down by the server page in the page's language. */
export type JumpNavMessages = { label: string; top: string; years: string };

// The part of the viewport, under the sticky bar, where the section being read sits: its top 30 %.
const READING_LINE = "-64px 0px -70% 0px";

/**
 * Scrolls the bar sideways, and only the bar, so that `link` is fully in it. On a phone the links
 * do not fit and the bar scrolls; the page's own scroll position is never touched (scrollIntoView
 * would also move the page to bring the bar into view).
 */
export function revealInBar(bar: HTMLElement, link: HTMLElement, smooth: boolean) {
  const barBox = bar.getBoundingClientRect();
  const linkBox = link.getBoundingClientRect();
  const overflowLeft = linkBox.left - barBox.left;
  const overflowRight = linkBox.right - barBox.right;
  if (overflowLeft >= 0 && overflowRight <= 0) return;
  // Centre the link where there is room, so its neighbours on both sides show too.
  const delta = linkBox.left + linkBox.width / 2 - (barBox.left + barBox.width / 2);
  bar.scrollTo({ left: bar.scrollLeft + delta, behavior: smooth ? "smooth" : "auto" });
}

/**
 * Anchor links to each band and to the charts, kept at the top of the screen while the long page
 * scrolls. The links are plain anchors, so they work without JavaScript; with it, the section being
 * read is marked aria-current="location" (highlighted in timeline.css) and, where the bar is too
 * narrow for every link (a phone), scrolled into its view.
 */
export function TimelineJumpNav({ links, messages: t }: { links: JumpLink[]; messages: JumpNavMessages }) {
  const [current, setCurrent] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);

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

  // Rows out of view are laid out only when they come near (timeline.css), at an estimated height
  // until then. A jump lands by the estimates, then the rows around the target take their real
  // heights over the next frames and move it: for half a second the target is put back where the
  // jump put it, and not once the page has been scrolled by anyone else (a reader who has moved on
  // is never pulled back).
  useEffect(() => {
    let request = 0;
    const root = document.documentElement;
    const stop = () => {
      cancelAnimationFrame(request);
      root.style.removeProperty("overflow-anchor");
    };
    const realign = () => {
      stop();
      const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
      if (!target) return;
      const offset = () => target.getBoundingClientRect().top - (parseFloat(getComputedStyle(target).scrollMarginTop) || 0);
      // On load, the reader may have scrolled away before the scripts ran.
      if (Math.abs(offset()) > window.innerHeight / 2) return;
      // The browser's scroll anchoring would keep some other element still; this keeps the target.
      // With it off, the page moves only when someone scrolls it, and then this stops.
      root.style.setProperty("overflow-anchor", "none");
      let left = window.scrollY;
      let frame = 0;
      const step = () => {
        if (window.scrollY !== left) return stop();
        if (Math.abs(offset()) > 1) {
          target.scrollIntoView();
          left = window.scrollY;
        }
        if (++frame < 30) request = requestAnimationFrame(step);
        else stop();
      };
      request = requestAnimationFrame(step);
    };
    realign();
    window.addEventListener("hashchange", realign);
    return () => {
      stop();
      window.removeEventListener("hashchange", realign);
    };
  }, []);

  useEffect(() => {
    const bar = list.current;
    const link = bar?.querySelector<HTMLElement>('a[aria-current="location"]');
    if (!bar || !link || bar.scrollWidth <= bar.clientWidth) return;
    revealInBar(bar, link, !window.matchMedia("(prefers-reduced-motion: reduce)").matches);
  }, [current]);

  return (
    <nav aria-label={t.label} data-jump-nav className="sticky top-0 z-20 -mx-4 mt-4 border-b border-border bg-bg px-4 py-2 text-sm sm:mx-0 sm:px-0">
      <ul ref={list} className="flex gap-x-4 overflow-x-auto whitespace-nowrap sm:flex-wrap">
        {links.map((link) => (
          <li key={link.id}>
            <a href={`#${link.id}`} aria-current={link.id === current ? "location" : undefined} className="inline-block py-1">
              {link.label}
              {link.years && <span className="ml-1 hidden text-fg-muted sm:inline">{fill(t.years, { years: link.years })}</span>}
            </a>
          </li>
        ))}
        <li className="ml-auto">
          <a href="#top" className="inline-block py-1">
            {t.top}
            <span aria-hidden="true"> ↑</span>
          </a>
        </li>
      </ul>
    </nav>
  );
}
