import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The catalog is a static site: `next build` writes every page to out/.
  output: "export",
  images: { unoptimized: true },
  reactStrictMode: true,
};

export default nextConfig;
