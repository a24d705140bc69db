// Names for the content model's enumerated values, in both languages. Client-safe and small, so
// client code (facets, compare) can import it: both languages cost well under 1 KB gzip.
import type { Architecture, EntryKind, OpenWeights, OrganizationType, RelationType, TRAINING_DATA_UNITS } from "@/lib/content/vocabulary";
import type { Locale } from "./locales";

type Labels = {
  kind: Record<EntryKind, string>;
  architecture: Record<Architecture, string>;
  openWeights: Record<OpenWeights, string>;
  relation: Record<RelationType, { outgoing: string; incoming: string }>;
  organizationType: Record<OrganizationType, string>;
  trainingDataUnit: Record<(typeof TRAINING_DATA_UNITS)[number], string>;
  access: { paper: string; code: string; weights: string; demo: string; api: string };
  parameters: { undisclosed: string; notApplicable: string; mixture: string };
  unconditional: string;
  today: string;
  /** "{start}–{end}" for a closed era. */
  eraYears: string;
  /** "{start}–today" for the open-ended era. */
  eraYearsOpen: string;
  /** Joins the items of a list of names: ", " or "、". */
  listSeparator: string;
  /** What screen readers hear around "Text → Image". */
  flow: { input: string; output: string };
};

export const LABELS: Record<Locale, Labels> = {
  en: {
    kind: { model: "Model", product: "Product", technique: "Technique", dataset: "Dataset" },
    architecture: {
      transformer: "Transformer",
      diffusion: "Diffusion",
      "diffusion-transformer": "Diffusion transformer",
      gan: "GAN",
      vae: "VAE",
      cnn: "CNN",
      rnn: "RNN",
      "autoregressive-cnn": "Autoregressive CNN",
      flow: "Flow",
      "mixture-of-experts": "Mixture of experts",
      hybrid: "Hybrid",
      other: "Other",
    },
    openWeights: { yes: "Open weights", no: "Closed weights", partial: "Partly open", "not-applicable": "Not applicable" },
    relation: {
      "based-on": { outgoing: "Based on", incoming: "Basis of" },
      "successor-of": { outgoing: "Successor of", incoming: "Succeeded by" },
      "powered-by": { outgoing: "Powered by", incoming: "Powers" },
      "variant-of": { outgoing: "Variant of", incoming: "Has variant" },
      uses: { outgoing: "Uses", incoming: "Used by" },
      "trained-on": { outgoing: "Trained on", incoming: "Trained" },
      "companion-of": { outgoing: "Companion of", incoming: "Companion of" },
    },
    organizationType: {
      industry: "Company",
      academia: "University",
      "research-lab": "Research lab",
      nonprofit: "Non-profit",
      community: "Community",
      individual: "Individual",
    },
    trainingDataUnit: {
      tokens: "tokens",
      words: "words",
      images: "images",
      "image-text-pairs": "image-text pairs",
      "hours-of-audio": "hours of audio",
      videos: "videos",
      "video-clips": "video clips",
      "robot-episodes": "robot episodes",
    },
    access: { paper: "Paper", code: "Code", weights: "Weights", demo: "Demo or app", api: "API docs" },
    parameters: { undisclosed: "Undisclosed", notApplicable: "Not applicable", mixture: "{total} total, {active} active" },
    unconditional: "Noise (unconditional)",
    today: "today",
    eraYears: "{start}–{end}",
    eraYearsOpen: "{start}–today",
    listSeparator: ", ",
    flow: { input: "Input: ", output: "; output: " },
  },
  zh: {
    kind: { model: "模型", product: "产品", technique: "技术", dataset: "数据集" },
    architecture: {
      transformer: "Transformer",
      diffusion: "扩散模型",
      "diffusion-transformer": "扩散 Transformer",
      gan: "GAN（生成对抗网络）",
      vae: "VAE（变分自编码器）",
      cnn: "CNN（卷积神经网络）",
      rnn: "RNN（循环神经网络）",
      "autoregressive-cnn": "自回归 CNN",
      flow: "流模型",
      "mixture-of-experts": "混合专家（MoE）",
      hybrid: "混合架构",
      other: "其他",
    },
    openWeights: { yes: "开放权重", no: "未开放权重", partial: "部分开放", "not-applicable": "不适用" },
    relation: {
      "based-on": { outgoing: "基于", incoming: "衍生出" },
      "successor-of": { outgoing: "前代", incoming: "后继" },
      "powered-by": { outgoing: "驱动模型", incoming: "驱动" },
      "variant-of": { outgoing: "变体自", incoming: "变体" },
      uses: { outgoing: "使用", incoming: "被使用于" },
      "trained-on": { outgoing: "训练数据", incoming: "用于训练" },
      "companion-of": { outgoing: "配套", incoming: "配套" },
    },
    organizationType: {
      industry: "企业",
      academia: "大学",
      "research-lab": "研究机构",
      nonprofit: "非营利组织",
      community: "社区",
      individual: "个人",
    },
    trainingDataUnit: {
      tokens: "个词元（token）",
      words: "个词",
      images: "张图像",
      "image-text-pairs": "个图文对",
      "hours-of-audio": "小时音频",
      videos: "个视频",
      "video-clips": "个视频片段",
      "robot-episodes": "条机器人操作轨迹",
    },
    access: { paper: "论文", code: "代码", weights: "权重", demo: "演示或应用", api: "API 文档" },
    parameters: { undisclosed: "未公开", notApplicable: "不适用", mixture: "总计 {total}，激活 {active}" },
    unconditional: "噪声（无条件生成）",
    today: "至今",
    eraYears: "{start}–{end} 年",
    eraYearsOpen: "{start} 年至今",
    listSeparator: "、",
    flow: { input: "输入：", output: "；输出：" },
  },
};
