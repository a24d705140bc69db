// Same export settings as the catalog; the project root is set explicitly because this app is
// built from .bench/floor inside the project, using the project's node_modules.
import path from "node:path";

const config = {
  output: "export",
  images: { unoptimized: true },
  reactStrictMode: true,
  turbopack: { root: path.resolve(process.cwd(), "../..") },
};

export default config;
