// The 404 page for an address no route matches (out/404.html). With a root layout per language
// there is no single layout to put a not-found page in, so this file renders the whole document.
// Misses under /zh get the Chinese 404 (app/(zh)/zh/404/page.tsx) from the server instead.
import NotFoundPage, { notFoundMetadata } from "@/components/pages/not-found-page";
import { rootMetadata, ROOT_VIEWPORT, SiteDocument } from "@/components/site-document";
import "./globals.css";

export const metadata = { ...rootMetadata("en"), ...notFoundMetadata("en") };
export const viewport = ROOT_VIEWPORT;

export default function GlobalNotFound() {
  return (
    <SiteDocument locale="en">
      <NotFoundPage locale="en" />
    </SiteDocument>
  );
}
