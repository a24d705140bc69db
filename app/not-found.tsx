import type { Metadata } from "next";
import Link from "@/components/intent-link";

export const metadata: Metadata = {
  title: "Page not found",
  description: "This page is not in the AIGC Catalog.",
};

export default function NotFound() {
  return (
    <div className="mx-auto max-w-2xl py-12 text-center">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="mt-4 text-lg text-fg-muted">
        There is no page at this address. The entry may have a different slug, or it is not in the catalog yet.
      </p>
      <form action="/models" method="get" role="search" className="mt-6 flex justify-center gap-2">
        <label htmlFor="not-found-search" className="self-center font-medium">
          Search the catalog
        </label>
        <input id="not-found-search" type="search" name="q" className="rounded-md border border-border bg-bg px-2 py-1" />
        <button type="submit" className="rounded-md bg-accent px-3 py-1 font-medium text-accent-fg">
          Search
        </button>
      </form>
      <p className="mt-6">
        <Link href="/">Go to the home page</Link> or <Link href="/models">browse all models</Link>.
      </p>
    </div>
  );
}
