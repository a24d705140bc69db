import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The catalog is a static site: `next build` writes every page to out/.
  output: "export",
  images: { unoptimized: true },
  reactStrictMode: true,
  // A root layout per language (app/(en), app/(zh)) leaves no single layout for the 404 page:
  // app/global-not-found.tsx renders it whole.
  experimental: { globalNotFound: true },
};

export default nextConfig;
