/** Why parts of a link were left out; announced politely once the selection is read. */
export function CompareNotices({ notices }: { notices: string[] }) {
  return (
    <div role="status" className={notices.length ? "mb-4 rounded-lg border border-border bg-bg-muted p-3" : undefined}>
      {notices.length > 0 && (
        <ul className="space-y-1">
          {notices.map((notice) => (
            <li key={notice} className="break-words">
              <span aria-hidden="true">ⓘ </span>
              {notice}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
