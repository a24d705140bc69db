// The Chinese route: the page itself is in components/pages/lineage-page.tsx, shared by both languages.
import Page, { generateMetadata as metadataIn } from "@/components/pages/lineage-page";

export const generateMetadata = () => metadataIn({ locale: "zh" });
export default function Route() {
  return <Page locale="zh" />;
}
