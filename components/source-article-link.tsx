import Link from "@/components/intent-link";
import { messagesFor } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/request-locale";
import { fillNodes } from "@/components/rich-message";
import { textLanguage } from "@/lib/i18n/text-language";

// The catalog began from one article; wherever the interface mentions it, it names it and links to
// the About section that explains and corrects it.
export const SOURCE_ARTICLE = {
  title: "AIGC时代：未来已来",
  href: "/about#corrections-to-the-source-article",
} as const;

/** The article's title, marked as Chinese on an English page. */
export function SourceArticleTitle() {
  return <span lang={textLanguage(SOURCE_ARTICLE.title, requestLocale())}>{SOURCE_ARTICLE.title}</span>;
}

export function SourceArticleLink() {
  const t = messagesFor(requestLocale()).timeline.sourceArticle;
  return <Link href={SOURCE_ARTICLE.href}>{fillNodes(t.named, { title: <SourceArticleTitle /> })}</Link>;
}
