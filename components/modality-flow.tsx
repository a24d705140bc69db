import type { Modality } from "@/lib/catalog";
import { formatModalityList } from "@/lib/format";

type ModalityFlowProps = {
  input: string[];
  output: string[];
  modalities: Pick<Modality, "slug" | "name">[];
};

/** "Text, Image → Text", in words so it never depends on colour or icons alone. */
export function ModalityFlow({ input, output, modalities }: ModalityFlowProps) {
  const names = new Map(modalities.map((modality) => [modality.slug, modality.name]));
  return (
    <span className="whitespace-nowrap">
      <span className="sr-only">Input: </span>
      {formatModalityList(input, names)}
      <span aria-hidden="true"> → </span>
      <span className="sr-only">; output: </span>
      {formatModalityList(output, names)}
    </span>
  );
}
