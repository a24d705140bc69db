import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

// Next.js's recommended rules (React, hooks, jsx-a11y, core web vitals) plus TypeScript's.
const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: [".next/**", "out/**", "node_modules/**", "test-results/**", "next-env.d.ts", ".bench/**"] },
];

export default config;
