// The English route: the page itself is in components/pages/timeline-page.tsx, shared by both languages.
import Page, { generateMetadata as metadataIn } from "@/components/pages/timeline-page";

export const generateMetadata = () => metadataIn({ locale: "en" });
export default function Route() {
  return <Page locale="en" />;
}
