import { defineMessages } from "../define-messages";

// Interface text of the timeline area, in both languages. {article}, {link} and {list} stand for
// links the page puts in their place; the rest are filled with text.
export const timeline = defineMessages({
  en: {
    title: "Timeline",
    description:
      "Generative and multimodal AI in date order, from AlexNet to today, across the single-modality, fusion and unified multimodal eras, with charts of releases and parameter counts.",
    intro:
      "Every entry in the catalog by release date, with milestones between them, grouped into the three eras of multimodal AI. Where the catalog's starting point, {article}, dates an era differently, the band says so.",
    undated: {
      one: "Not placed, because no source confirms when it was released: {list}.",
      other: "Not placed, because no source confirms when they were released: {list}.",
    },
    sourceArticle: {
      /** The article named in a sentence: {title} is its (Chinese) title, quoted. */
      named: "the March 2023 Huawei Cloud article “{title}”",
      short: "The source article",
      /** On a band: "{link} (“{title}”, March 2023) says:", in bold; {said} is the article's dating. */
      says: "{link} (“{title}”, March 2023) says:",
      catalogDates: "{claim} {said}. The catalog dates this era {years} from the papers and announcements themselves.",
    },
    jumpNav: { label: "Jump to", charts: "Charts", top: "Top", years: "({years})" },
    inNumbers: "In numbers",
    backToTop: "Back to top",
    band: {
      before: "Before {year}",
      between: "Between the eras",
      whyTheseDates: "Why these dates",
      beforeEras:
        "Work the later eras build on: datasets, architectures and early generative models that predate the catalog's first era.",
      empty: "No events of the chosen modality in this period.",
    },
    event: {
      milestone: "Milestone",
      modalities: "Modalities: {list}",
      relatedEntry: "Related entry: ",
      source: "Source: ",
    },
    filter: {
      label: "Filter events by modality",
      all: "All",
      unknown:
        "There is no modality called “{value}” on this timeline, so every event is shown. Choose one of the filters above instead.",
      status: "Showing {shown} of {total} events.",
      statusModality: "Showing {shown} of {total} events ({label}).",
    },
    chart: {
      groupLabel: "{title}, chart",
      showTable: "Show the data as a table",
      legend: "Legend",
    },
    releases: {
      title: "Entries in this catalog per year, by output modality",
      desc: "Stacked bars for each year from {first} to {last}. The year with the most entries is {year}, with {count}. The table below lists every value.",
      empty: "No entries yet.",
      yTitle: "Entries",
      narrowTitle: "Entries per year",
      year: "Year",
      entries: "Entries",
      /** A bar segment's tooltip: "2020: 3 image". */
      segment: "{year}: {count} {modality}",
      caption:
        "Each bar counts the entries in this catalog released that year, stacked by what they produce: the catalog's coverage, not the output of the whole field, and recent years are still being filled in. Classifiers and recognition datasets, such as AlexNet and ImageNet, output a label rather than text and have a layer of their own. {multi}",
      multi: {
        one: "{count} entry produces more than one modality and is counted once under each, so a bar can be taller than the number of entries that year; the table gives both.",
        other:
          "{count} entries produce more than one modality and are counted once under each, so a bar can be taller than the number of entries that year; the table gives both.",
      },
    },
    parameters: {
      title: "Published parameter counts over time",
      desc: "{count} entries plotted by release date against parameter count on a logarithmic scale, from {min} to {max}. Each point links to its entry. The table below lists every value.",
      empty: "No entry has a published parameter count yet.",
      yTitle: "Parameters",
      entry: "Entry",
      released: "Released",
      parameters: "Parameters",
      /** A point's accessible name: "GPT-3, 28 May 2020: 175B parameters". */
      point: "{name}, {date}: {count} parameters",
      /** The label shown on focus or hover: "GPT-3, 28 May 2020: 175B". */
      pointLabel: "{name}, {date}: {count}",
      caption:
        "Each marker is an entry in this catalog whose publisher stated its parameter count (the largest published variant), placed by release date; the vertical scale is logarithmic, each line ten times the one below. The marker's shape shows the entry's first output modality; each marker links to its entry and shows its name and value on focus or hover. {left} of {total} entries are left out: {undisclosed} with an undisclosed count and {notApplicable} for which a count does not apply (products, techniques and datasets).",
    },
  },
  zh: {
    title: "时间线",
    description:
      "按时间顺序排列的生成式与多模态人工智能：从 AlexNet 到今天，跨越单模态、融合与多模态统一三个时代，并附发布数量和参数量图表。",
    intro:
      "本目录的全部条目按发布日期排列，其间穿插里程碑事件，并划分为多模态人工智能的三个时代。本目录的起点——{article}——对某个时代的断代与本目录不同时，该时代的栏目会注明。",
    undated: {
      one: "以下条目没有出处能确认其发布日期，因此未列入时间线：{list}。",
      other: "以下条目没有出处能确认其发布日期，因此未列入时间线：{list}。",
    },
    sourceArticle: {
      named: "华为云 2023 年 3 月发表的文章《{title}》",
      short: "源文章",
      says: "{link}《{title}》（2023 年 3 月）的说法：",
      catalogDates: "{claim}{said}。本目录依据论文和发布公告本身，把这一时代定为 {years}。",
    },
    jumpNav: { label: "跳转到", charts: "图表", top: "顶部", years: "（{years}）" },
    inNumbers: "数据一览",
    backToTop: "回到顶部",
    band: {
      before: "{year} 年以前",
      between: "时代之间",
      whyTheseDates: "为什么是这些年份",
      beforeEras: "后来各时代所依托的工作：早于本目录第一个时代的数据集、架构和早期生成模型。",
      empty: "这一时期没有所选模态的事件。",
    },
    event: {
      milestone: "里程碑",
      modalities: "模态：{list}",
      relatedEntry: "相关条目：",
      source: "来源：",
    },
    filter: {
      label: "按模态筛选事件",
      all: "全部",
      unknown: "这条时间线上没有名为“{value}”的模态，因此显示全部事件。请改用上方的筛选项。",
      status: "显示 {total} 个事件中的 {shown} 个。",
      statusModality: "显示 {total} 个事件中的 {shown} 个（{label}）。",
    },
    chart: {
      groupLabel: "{title}（图表）",
      showTable: "以表格显示数据",
      legend: "图例",
    },
    releases: {
      title: "本目录每年收录的条目数，按输出模态划分",
      desc: "{first} 年至 {last} 年每年一根堆叠柱。条目最多的年份是 {year} 年，共 {count} 个。下方表格列出了全部数值。",
      empty: "暂无条目。",
      yTitle: "条目数",
      narrowTitle: "每年条目数",
      year: "年份",
      entries: "条目数",
      segment: "{year} 年：{modality} {count} 个",
      caption:
        "每根柱统计本目录中当年发布的条目，按其输出内容分层堆叠：反映的是本目录的收录范围，而非整个领域的产出，近几年的条目仍在补充中。AlexNet、ImageNet 等分类模型和识别数据集输出的是标签而不是文本，单独成层。{multi}",
      multi: {
        one: "有 {count} 个条目输出不止一种模态，在每种模态下各计一次，因此柱高可能超过当年的条目数；表格同时给出两种数字。",
        other: "有 {count} 个条目输出不止一种模态，在每种模态下各计一次，因此柱高可能超过当年的条目数；表格同时给出两种数字。",
      },
    },
    parameters: {
      title: "已公布参数量随时间的变化",
      desc: "{count} 个条目按发布日期和参数量绘制，纵轴为对数刻度，范围从 {min} 到 {max}。每个点都链接到对应条目。下方表格列出了全部数值。",
      empty: "尚无条目公布参数量。",
      yTitle: "参数量",
      entry: "条目",
      released: "发布日期",
      parameters: "参数量",
      point: "{name}，{date}：{count}参数",
      pointLabel: "{name}，{date}：{count}",
      caption:
        "每个标记代表本目录中由发布方公布了参数量的一个条目（取已公布的最大版本），按发布日期排列；纵轴为对数刻度，每条横线是下一条的十倍。标记的形状表示条目的第一种输出模态；每个标记都链接到对应条目，获得焦点或鼠标悬停时显示名称和数值。{total} 个条目中有 {left} 个未列入：{undisclosed} 个未公布参数量，{notApplicable} 个不适用参数量（产品、技术和数据集）。",
    },
  },
});
