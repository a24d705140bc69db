// The Chinese route: the page itself is in components/pages/modalities-page.tsx, shared by both languages.
import Page, { generateMetadata as metadataIn } from "@/components/pages/modalities-page";

export const generateMetadata = () => metadataIn({ locale: "zh" });
export default function Route() {
  return <Page locale="zh" />;
}
