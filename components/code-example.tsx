/** A copyable code sample; the region is focusable so keyboard users can scroll long lines. */
export function CodeExample({ label, code }: { label: string; code: string }) {
  return (
    <figure className="mt-3">
      <figcaption className="text-sm font-medium text-fg-muted">{label}</figcaption>
      <pre
        role="region"
        aria-label={label}
        tabIndex={0}
        className="mt-1 overflow-x-auto rounded border border-border bg-bg-muted p-3 font-mono text-sm leading-relaxed"
      >
        <code>{code}</code>
      </pre>
    </figure>
  );
}
