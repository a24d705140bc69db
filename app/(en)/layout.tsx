import type { ReactNode } from "react";
import { ROOT_VIEWPORT, rootMetadata, SiteDocument } from "@/components/site-document";
import "../globals.css";

// The root layout of every English page (the site's original addresses).
export const metadata = rootMetadata("en");
export const viewport = ROOT_VIEWPORT;

export default function Layout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="en">{children}</SiteDocument>;
}
