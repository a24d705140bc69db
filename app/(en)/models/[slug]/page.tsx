// The English route: the page itself is in components/pages/entry-page.tsx, shared by both languages.
import Page, { generateMetadata as metadataIn, generateStaticParams } from "@/components/pages/entry-page";

type Props = { params: Promise<{ slug: string }> };

export const dynamicParams = false;
export { generateStaticParams };
export const generateMetadata = ({ params }: Props) => metadataIn({ locale: "en", params });
export default function Route({ params }: Props) {
  return <Page locale="en" params={params} />;
}
