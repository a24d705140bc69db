import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Next.js's recommended rules (React, hooks, jsx-a11y, core web vitals) plus TypeScript's.
const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: [".next/**", "out/**", "node_modules/**", "test-results/**", "next-env.d.ts", ".bench/**"] },
  {
    // Links prefetch on intent, not on load: see components/intent-link.tsx.
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    ignores: ["components/intent-link.tsx"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "next/link", message: 'Import Link from "@/components/intent-link": it prefetches on hover, focus or touch instead of on load.' }] },
      ],
    },
  },
];

export default config;
