// The Chinese route: the page itself is in components/pages/changes-page.tsx, shared by both languages.
import Page, { generateMetadata as metadataIn } from "@/components/pages/changes-page";

export const generateMetadata = () => metadataIn({ locale: "zh" });
export default function Route() {
  return <Page locale="zh" />;
}
