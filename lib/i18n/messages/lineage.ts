import { defineMessages } from "../define-messages";

// Interface text of the lineage area (/lineage, its filter and family pages, an entry's "Family"
// section), in both languages.
export const lineage = defineMessages({
  en: {
    title: "Lineage",
    description:
      "Families of generative AI: which model succeeded, was based on or is a variant of which, from GAN to StyleGAN2 and GPT to GPT-5.",
    /** The heading of a filter page: "Lineage: Image, Based on only". */
    filteredTitle: "Lineage: {filter}",
    filteredDescription: "Families of generative AI ({filter}): who succeeded, was based on or is a variant of whom.",
    /** Joins a filter page's modality and relation: "Image, Based on only". */
    filterSeparator: ", ",
    intro:
      "Which systems descend from which: a successor (GPT-2 after GPT), a system based on another (InstructGPT on GPT-3), or a variant. Each family is listed oldest first; the marker shows what an entry outputs, as on the timeline.",
    filters: {
      modalityNav: "Filter by modality",
      modalityLabel: "Families with an entry in",
      allModalities: "All modalities",
      relationNav: "Filter by relation",
      relationLabel: "Lines drawn for",
      relations: {
        descent: "Descent (successor, based on, variant)",
        "successor-of": "Successors only",
        "based-on": "Based on only",
        "variant-of": "Variants only",
        uses: "Uses a technique",
        all: "Descent and techniques",
      },
    },
    /** The line styles' key, one per relation the graph draws. */
    legend: { "successor-of": "successor of", "based-on": "based on", "variant-of": "variant of", uses: "uses" },
    noFamilies: "No families match this filter.",
    summary: {
      one: "{count} family, {entries} entries. Each family lists its lines of descent oldest first; a nested list is a branch.",
      other: "{count} families, {entries} entries. Each family lists its lines of descent oldest first; a nested list is a branch.",
    },
    familySize: "{count} entries, {years}",
    familySizeParens: "({count} entries, {years})",
    moreFamilies: "More families",
    years: "{first}–{last}",
    year: "{year}",
    datesUnknown: "dates unknown",
    dateUnknown: "date unknown",
    /** After an entry in the lists: its year and what it outputs, "2023, text and image". */
    nodeDetails: "{year}, {outputs}",
    outputsSeparator: " and ",
    /** "based on GPT-3" after an entry in a list. */
    relation: "{relation} {name}",
    relationSeparator: "; ",
    /** A line's tooltip in the drawing: "GPT-2 successor of GPT". */
    edge: "{child} {relation} {parent}",
    drawn: "{label}, drawn (scrolls sideways)",
    familyName: {
      one: "Family of {name}",
      /** "GPT and CLIP", "GPT, DDPM and CLIP". */
      few: "Family of {names} and {last}",
      more: "Family of {names} and {count} more",
      separator: ", ",
    },
    familyPage: {
      breadcrumb: "Lineage",
      description: "The lineage of {names}: who succeeded, was based on or is a variant of whom.",
      descriptionMore: "The lineage of {names} and more: who succeeded, was based on or is a variant of whom.",
      namesSeparator: ", ",
      intro: "{count} entries linked by succession, basis or variant, oldest first; a nested list is a branch.",
      tooLarge: "This family is too large to draw usefully ({count} entries); it is listed below.",
    },
    entryFamily: {
      heading: "Family",
      graphLabel: "{name} and its relatives",
      ancestors: "Descends from",
      descendants: "Descendants",
      /** {family} is the family's name with a small initial: "family of GPT". */
      whole: "The whole {family} ({count} entries)",
    },
  },
  zh: {
    title: "谱系",
    description: "生成式人工智能的家族：哪个模型接替了哪个、基于哪个、是哪个的变体，从 GAN 到 StyleGAN2，从 GPT 到 GPT-5。",
    filteredTitle: "谱系：{filter}",
    filteredDescription: "生成式人工智能的家族（{filter}）：谁接替了谁、谁基于谁、谁是谁的变体。",
    filterSeparator: "，",
    intro:
      "哪些系统源自哪些系统：后继者（GPT 之后的 GPT-2）、基于另一个系统构建的系统（基于 GPT-3 的 InstructGPT），或变体。每个家族按时间从早到晚列出；标记表示条目的输出模态，与时间线相同。",
    filters: {
      modalityNav: "按模态筛选",
      modalityLabel: "包含以下模态条目的家族",
      allModalities: "全部模态",
      relationNav: "按关系筛选",
      relationLabel: "显示的关系",
      relations: {
        descent: "传承（后继、基于、变体）",
        "successor-of": "仅后继",
        "based-on": "仅基于",
        "variant-of": "仅变体",
        uses: "使用技术",
        all: "传承与技术",
      },
    },
    legend: { "successor-of": "后继", "based-on": "基于", "variant-of": "变体", uses: "使用" },
    noFamilies: "没有符合此筛选条件的家族。",
    summary: {
      one: "{count} 个家族，{entries} 个条目。每个家族按时间从早到晚列出其传承脉络；嵌套列表表示分支。",
      other: "{count} 个家族，{entries} 个条目。每个家族按时间从早到晚列出其传承脉络；嵌套列表表示分支。",
    },
    familySize: "{count} 个条目，{years}",
    familySizeParens: "（{count} 个条目，{years}）",
    moreFamilies: "更多家族",
    years: "{first}–{last} 年",
    year: "{year} 年",
    datesUnknown: "日期不详",
    dateUnknown: "日期不详",
    nodeDetails: "{year}，{outputs}",
    outputsSeparator: "、",
    relation: "{relation}：{name}",
    relationSeparator: "；",
    edge: "{child}，{relation}：{parent}",
    drawn: "{label}（图示，可横向滚动）",
    familyName: {
      one: "{name} 家族",
      few: "{names} 与 {last} 家族",
      more: "{names} 等 {total} 个源头的家族",
      separator: "、",
    },
    familyPage: {
      breadcrumb: "谱系",
      description: "{names} 的谱系：谁接替了谁、谁基于谁、谁是谁的变体。",
      descriptionMore: "{names} 等的谱系：谁接替了谁、谁基于谁、谁是谁的变体。",
      namesSeparator: "、",
      intro: "{count} 个条目，通过后继、基于或变体关系相连，按时间从早到晚排列；嵌套列表表示分支。",
      tooLarge: "这个家族太大（{count} 个条目），画出来难以阅读，因此只在下方列出。",
    },
    entryFamily: {
      heading: "家族",
      graphLabel: "{name} 及其亲缘条目",
      ancestors: "源自",
      descendants: "后代",
      whole: "查看整个 {family}（{count} 个条目）",
    },
  },
});
