/**
 * The share image's layout, for next/og (Satori): flexbox only, inline styles, the bundled font.
 * Flat colours and no photos keep each PNG small (budget: 60 KB).
 */
export function ShareCard({ kicker, title, lines }: { kicker: string; title: string; lines: string[] }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "#0f1115",
        color: "#f5f5f5",
      }}
    >
      <div style={{ display: "flex", fontSize: 30, color: "#9aa4b2" }}>{kicker}</div>
      <div style={{ display: "flex", flexDirection: "column" }}>
        <div style={{ display: "flex", fontSize: title.length > 24 ? 60 : 76, lineHeight: 1.1 }}>{title}</div>
        {lines.filter(Boolean).map((line) => (
          <div key={line} style={{ display: "flex", fontSize: 32, marginTop: 16, color: "#d0d6de" }}>
            {line}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 28, color: "#7cc4ff" }}>AIGC Catalog · every fact sourced</div>
    </div>
  );
}
