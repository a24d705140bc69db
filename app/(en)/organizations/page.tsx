// The English route: the page itself is in components/pages/organizations-page.tsx, shared by both languages.
import Page, { generateMetadata as metadataIn } from "@/components/pages/organizations-page";

export const generateMetadata = () => metadataIn({ locale: "en" });
export default function Route() {
  return <Page locale="en" />;
}
