import type { ReactNode } from "react";
import { ROOT_VIEWPORT, rootMetadata, SiteDocument } from "@/components/site-document";
import "../globals.css";

// The root layout of every Chinese page, under /zh.
export const metadata = rootMetadata("zh");
export const viewport = ROOT_VIEWPORT;

export default function Layout({ children }: { children: ReactNode }) {
  return <SiteDocument locale="zh">{children}</SiteDocument>;
}
