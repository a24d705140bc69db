"use client";

import { useEffect, useRef, useState } from "react";
import type { CompareMessages } from "./compare-messages";

/**
 * Copies the page's URL. Where the clipboard is unavailable (plain http, permissions denied)
 * it shows the URL in a read-only field, selected, so the reader can copy it by hand.
 */
/** `path` is the comparison's own URL path (in the page's language), so the field follows every change to the selection. */
export function CopyLinkButton({ path, messages: t }: { path: string; messages: CompareMessages["copy"] }) {
  const [state, setState] = useState<"idle" | "copied" | "manual">("idle");
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (state === "manual") {
      field.current?.focus();
      field.current?.select();
    }
    if (state !== "copied") return;
    const timer = setTimeout(() => setState("idle"), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const url = () => new URL(path, window.location.origin).href;

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error("no clipboard");
      await navigator.clipboard.writeText(url());
      setState("copied");
    } catch {
      setState("manual");
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className="rounded-md border border-border px-3 py-1 text-sm font-medium">
        {t.button}
      </button>
      <span role="status" className="text-sm">
        {state === "copied" && t.copied}
        {state === "manual" && t.manual}
      </span>
      {state === "manual" && (
        <>
          <label htmlFor="compare-link" className="sr-only">
            {t.fieldLabel}
          </label>
          <input
            ref={field}
            id="compare-link"
            readOnly
            value={url()}
            onFocus={(event) => event.currentTarget.select()}
            className="w-full max-w-md rounded-md border border-border bg-bg px-2 py-1 text-sm"
          />
        </>
      )}
    </div>
  );
}
