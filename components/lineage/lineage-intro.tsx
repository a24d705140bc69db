/** The heading and explanation shared by /lineage and its filter pages. */
export function LineageIntro({ filter }: { filter?: string }) {
  return (
    <>
      <h1 className="text-3xl font-bold">Lineage{filter && <span className="font-normal">: {filter}</span>}</h1>
      <p className="mt-3 max-w-3xl text-lg text-fg-muted">
        Which systems descend from which: a successor (GPT-2 after GPT), a system based on another (InstructGPT on GPT-3), or
        a variant. Each family is listed oldest first; the marker shows what an entry outputs, as on the timeline.
      </p>
    </>
  );
}
