import Link from "next/link";

// The catalog began from one article; wherever the interface mentions it, it names it and links to
// the About section that explains and corrects it.
export const SOURCE_ARTICLE = {
  title: "AIGC时代：未来已来",
  description: "the March 2023 Huawei Cloud article",
  href: "/about#corrections-to-the-source-article",
} as const;

export function SourceArticleLink() {
  return (
    <Link href={SOURCE_ARTICLE.href}>
      {SOURCE_ARTICLE.description} “<span lang="zh-Hans">{SOURCE_ARTICLE.title}</span>”
    </Link>
  );
}
