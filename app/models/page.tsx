import type { Metadata } from "next";
import { getCatalog } from "@/lib/catalog";
import { EntryList } from "@/components/entry-list";

export const metadata: Metadata = {
  title: "Models",
  description: "Every generative AI model, product, technique and dataset in the catalog, searchable by name.",
};

export default function ModelsPage() {
  const catalog = getCatalog();
  return (
    <div>
      <h1 className="text-3xl font-bold">Models</h1>
      <div className="mt-6">
        <EntryList entries={catalog.entries} modalities={catalog.modalities} />
      </div>
    </div>
  );
}
