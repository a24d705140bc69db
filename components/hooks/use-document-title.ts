"use client";

import { useEffect } from "react";

/**
 * Names the tab after what the page shows, for a page built in the browser (a static file has one
 * title for every address). Next.js's metadata can write the head's <title> again after hydration,
 * at a moment of its own; setting the title once can land before that and be undone, so the title
 * is put back whenever the head changes it, for as long as the component shows.
 */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    const keep = () => {
      if (document.title !== title) document.title = title;
    };
    keep();
    const observer = new MutationObserver(keep);
    observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
  }, [title]);
}
