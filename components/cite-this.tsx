import { CodeExample } from "@/components/code-example";
import { getMessages } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { bibtexCitation, plainTextCitation, type CitationTarget } from "@/lib/publish/citation";

/** BibTeX and plain-text citations of a page, rendered at build time (no client code). */
export function CiteThis({ target, heading }: { target: CitationTarget; heading?: string }) {
  const id = `cite-${target.key}`;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-semibold">
        {heading ?? getMessages().entry.cite.heading}
      </h2>
      <p className="mt-2 text-sm">{plainTextCitation(target, requestLocale())}</p>
      <CodeExample label="BibTeX" code={bibtexCitation(target)} />
    </section>
  );
}
