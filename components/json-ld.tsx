import { serializeJsonLd, type JsonLd as JsonLdData } from "@/lib/publish/structured-data";

/** Structured data for search engines; a data block, never executed. */
export function JsonLd({ data }: { data: JsonLdData }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }} />;
}
