// The Chinese 404 page, written to out/zh/404.html. The server (scripts/serve.mjs) sends it with
// status 404 for any /zh address that has no page; Cloudflare Pages does the same on its own
// (nearest 404.html), and out/_redirects tells Netlify.
import NotFoundPage, { notFoundMetadata } from "@/components/pages/not-found-page";

export const metadata = notFoundMetadata("zh");

export default function Route() {
  return <NotFoundPage locale="zh" />;
}
