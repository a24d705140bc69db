import { defineMessages } from "../define-messages";

// Interface text of the compare area, in both languages: /compare, the static comparison pages
// (/compare/gpt-4-vs-palm-e) and "Add to compare" on entry pages. {link} marks where a link goes.
export const compare = defineMessages({
  en: {
    /** The page's name: heading, breadcrumb and the last part of the tab title ("GPT-4 vs PaLM-E · Compare"). */
    title: "Compare",
    lead: "Entries side by side, one column each, with differences marked.",
    metaDescription:
      "Compare 2 to {max} generative AI models side by side: organizations, release dates, modalities, architecture, parameters, open weights and sources, with differences marked.",
    empty: {
      intro:
        "Compare puts 2 to {max} entries side by side: who made them, when, what goes in and what comes out, architecture, size, weights, relations and sources. Differences are marked row by row.",
      scripted: "Add entries with the search box, tick “Compare” on the {link}, or use “Add to compare” on an entry’s page.",
      noScript: "The table is built in your browser and needs JavaScript. Without it, every entry’s page in the {link} shows the same facts.",
      modelList: "model list",
    },
    suggestions: {
      heading: "Try a comparison",
      /** "GPT-4 with PaLM-E": {others} is a list of one or more names. */
      label: "{first} with {others}",
      /** After a suggestion without JavaScript: " (entry pages: GPT-4, PaLM-E)", with its leading space. */
      entryPages: " (entry pages: {links})",
    },
    view: {
      loadingIndex: "Loading the catalog…",
      indexError: "The catalog index could not be loaded. Check your connection and reload the page.",
      loadFailed: "The details of {names} could not be loaded; reload the page to try again.",
      addAnother: "Add another entry to compare {name} with it.",
      diffOnly: "Show differences only",
      loading: "Loading {names}…",
    },
    add: {
      label: "Add an entry",
      placeholder: "GPT-4, dalle, palm e…",
      hint: "Type a name or alias, then pick a match.",
      full: "Compare holds {max} entries; remove one to add another.",
      matches: { one: "{count} match", other: "{count} matches" },
      noMatch: "No entry matches “{query}”.",
      listLabel: "Matching entries",
      /** Read before each option's name by screen readers: "Add GPT-4". */
      option: "Add {name}",
      dateUnknown: "date unknown",
      loading: "Loading the catalog…",
      error: "The catalog's search could not be loaded. Check your connection and reload the page.",
    },
    copy: {
      button: "Copy link",
      copied: "Link copied.",
      manual: "Copy the link from this field:",
      fieldLabel: "Link to this comparison",
    },
    table: {
      field: "Field",
      arrange: "Arrange",
      moveLeft: "Move {name} left",
      moveRight: "Move {name} right",
      /** The remove button's visible text; screen readers hear the entry's name after it. */
      remove: "Remove",
      differs: "Differs",
      differsHidden: "(values differ)",
      none: "None",
      source: "Source: {title}",
      /** Before a related entry in the Relations row: "Based on: PaLM". */
      relation: "{label}: ",
      rows: {
        kind: "Kind",
        organizations: "Organizations",
        released: "Release date",
        era: "Era",
        input: "Input modalities",
        output: "Output modalities",
        architecture: "Architecture",
        parameters: "Parameters",
        openWeights: "Open weights",
        licence: "Licence",
        contextWindow: "Context window",
        trainingData: "Training data",
        trainingCompute: "Training compute",
        relations: "Relations",
        summary: "Summary",
        sources: "Sources",
      },
      beforeEras: "Before the catalog's eras",
      fromNoise: "None: generates from noise",
    },
    notices: {
      unknown: {
        one: "No entry in the catalog is called {list}, so it was left out.",
        other: "No entries in the catalog are called {list}, so they were left out.",
      },
      /** The last item of a shortened list of unknown names: "“a”, “b”, “c” and 2 more". */
      more: "{count} more",
      duplicates: { one: "{names} was listed more than once and appears once.", other: "{names} were listed more than once and appear once." },
      overflow: {
        one: "Compare shows up to {max} entries at a time, so {names} was left out.",
        other: "Compare shows up to {max} entries at a time, so {names} were left out.",
      },
    },
    pair: {
      lead: "Side by side, with differences marked. Every value links to the source that states it.",
      rearrange: "Rearrange, add entries or show only the differences",
      metaDescription:
        "{entries} side by side: organizations, release dates, modalities, architecture, parameters, open weights and sources, with differences marked.",
      /** One compared entry in the description: "GPT-4 (OpenAI, 14 March 2023)". */
      who: "{name} ({about})",
    },
    addToCompare: {
      add: "Add to compare",
      added: "{name} is in your comparison",
      selected: { one: "{count} selected", other: "{count} selected" },
      /** After the count, with its leading space. */
      firstCompared: " (the first {max} are compared)",
      compareNow: "Compare now",
      remove: "Remove {name}",
    },
    /** Data files, not the interface: an entry's era with its years, and a release date no source gives. */
    data: {
      eraWithYears: "{name} ({years})",
      unknownDate: "Unknown",
    },
  },
  zh: {
    title: "对比",
    lead: "条目并排对照，每列一个，差异逐行标出。",
    metaDescription: "并排对比 2 至 {max} 个生成式 AI 模型：机构、发布日期、模态、架构、参数量、开放权重与来源，差异逐行标出。",
    empty: {
      intro: "对比功能可将 2 至 {max} 个条目并排列出：由谁开发、何时发布、输入与输出模态、架构、规模、权重、关联条目与来源。差异逐行标出。",
      scripted: "可用搜索框添加条目，在{link}中勾选“对比”，或在条目页点击“加入对比”。",
      noScript: "对比表格在浏览器中生成，需要启用 JavaScript。未启用时，{link}中每个条目的页面都列有同样的信息。",
      modelList: "模型列表",
    },
    suggestions: {
      heading: "试试这些对比",
      label: "{first} 对比 {others}",
      entryPages: "（条目页：{links}）",
    },
    view: {
      loadingIndex: "正在加载目录……",
      indexError: "目录索引加载失败。请检查网络连接后刷新页面。",
      loadFailed: "{names} 的详细信息加载失败，请刷新页面重试。",
      addAnother: "再添加一个条目，与 {name} 进行对比。",
      diffOnly: "只显示差异",
      loading: "正在加载 {names}……",
    },
    add: {
      label: "添加条目",
      placeholder: "GPT-4、dalle、palm e……",
      hint: "输入名称或别名，然后选择匹配项。",
      full: "最多对比 {max} 个条目；移除一个后才能再添加。",
      matches: { one: "{count} 个匹配项", other: "{count} 个匹配项" },
      noMatch: "没有与“{query}”匹配的条目。",
      listLabel: "匹配的条目",
      option: "添加 {name}",
      dateUnknown: "日期不详",
      loading: "正在加载目录……",
      error: "目录搜索加载失败。请检查网络连接后刷新页面。",
    },
    copy: {
      button: "复制链接",
      copied: "链接已复制。",
      manual: "请从此输入框复制链接：",
      fieldLabel: "本对比的链接",
    },
    table: {
      field: "字段",
      arrange: "排列",
      moveLeft: "将 {name} 左移",
      moveRight: "将 {name} 右移",
      remove: "移除",
      differs: "有差异",
      differsHidden: "（各值不同）",
      none: "无",
      source: "来源：{title}",
      relation: "{label}：",
      rows: {
        kind: "类型",
        organizations: "机构",
        released: "发布日期",
        era: "时期",
        input: "输入模态",
        output: "输出模态",
        architecture: "架构",
        parameters: "参数量",
        openWeights: "开放权重",
        licence: "许可证",
        contextWindow: "上下文窗口",
        trainingData: "训练数据",
        trainingCompute: "训练算力",
        relations: "关联条目",
        summary: "简介",
        sources: "来源",
      },
      beforeEras: "早于本目录划分的时期",
      fromNoise: "无：从噪声生成",
    },
    notices: {
      unknown: {
        one: "目录中没有名为{list}的条目，已略去。",
        other: "目录中没有名为{list}的条目，已略去。",
      },
      more: "另外 {count} 个",
      duplicates: { one: "{names} 重复列出，只显示一次。", other: "{names} 重复列出，只显示一次。" },
      overflow: {
        one: "每次最多对比 {max} 个条目，{names} 已略去。",
        other: "每次最多对比 {max} 个条目，{names} 已略去。",
      },
    },
    pair: {
      lead: "并排对照，差异逐行标出。每个数值都链接到其出处。",
      rearrange: "调整顺序、添加条目或只看差异",
      metaDescription: "{entries}并排对比：机构、发布日期、模态、架构、参数量、开放权重与来源，差异逐行标出。",
      who: "{name}（{about}）",
    },
    addToCompare: {
      add: "加入对比",
      added: "{name} 已在对比中",
      selected: { one: "已选 {count} 个", other: "已选 {count} 个" },
      firstCompared: "（只对比前 {max} 个）",
      compareNow: "开始对比",
      remove: "移除 {name}",
    },
    data: {
      eraWithYears: "{name}（{years}）",
      unknownDate: "不详",
    },
  },
});
