import type { VariantFamily } from './variant-family.ts';

/**
 * Curated Simplified-Chinese families for official prose (公文). Triggers are multi-character
 * words wherever a single character would also occur inside unrelated words (和 in 和平, 及 in 及时).
 */
export const CHINESE_FAMILIES: readonly VariantFamily[] = [
  { id: 'zh:以及', variants: ['以及', '及'], triggers: ['以及'] },
  { id: 'zh:进行', variants: ['进行', '开展'] },
  { id: 'zh:必须', variants: ['必须', '务必', '须'], triggers: ['必须', '务必'] },
  { id: 'zh:目前', variants: ['目前', '当前', '现阶段'] },
  { id: 'zh:的时候', variants: ['的时候', '时'], triggers: ['的时候'] },
  { id: 'zh:根据', variants: ['根据', '依据', '按照'] },
  { id: 'zh:为了', variants: ['为了', '为'], triggers: ['为了'] },
  { id: 'zh:关于', variants: ['关于', '有关'], triggers: ['关于'] },
  { id: 'zh:因此', variants: ['因此', '所以', '因而'] },
  { id: 'zh:但是', variants: ['但是', '然而'] },
  { id: 'zh:如果', variants: ['如果', '若', '如若'], triggers: ['如果', '如若'] },
  { id: 'zh:已经', variants: ['已经', '业已', '已'] },
  { id: 'zh:应当', variants: ['应当', '应该', '应'], triggers: ['应当', '应该'] },
  { id: 'zh:确保', variants: ['确保', '保证'], triggers: ['确保'] },
  { id: 'zh:加强', variants: ['加强', '强化'] },
  { id: 'zh:完善', variants: ['完善', '健全'] },
  { id: 'zh:立即', variants: ['立即', '即刻', '马上'] },
  { id: 'zh:所有', variants: ['所有', '全部'] },
  { id: 'zh:可以', variants: ['可以', '能够'] },
  { id: 'zh:对于', variants: ['对于', '针对'], triggers: ['对于'] },
  { id: 'zh:由于', variants: ['由于', '因为'] },
  { id: 'zh:虽然', variants: ['虽然', '尽管'] },
  { id: 'zh:并且', variants: ['并且', '而且'] },
  { id: 'zh:此外', variants: ['此外', '另外'] },
  { id: 'zh:例如', variants: ['例如', '比如', '譬如'] },
  { id: 'zh:之前', variants: ['之前', '以前'] },
  { id: 'zh:之后', variants: ['之后', '以后'] },
  { id: 'zh:上述', variants: ['上述', '前述'] },
  { id: 'zh:情况', variants: ['情况', '情形'] },
  { id: 'zh:通过', variants: ['通过', '经由'], triggers: ['经由'] },
  { id: 'zh:及时', variants: ['及时', '适时'], triggers: ['适时'] },
  { id: 'zh:相关', variants: ['相关', '有关'], triggers: ['相关', '有关'] },
  { id: 'zh:或者', variants: ['或者', '或'], triggers: ['或者'] },
  { id: 'zh:都', variants: ['都', '均'], triggers: ['都'] },
  { id: 'zh:给予', variants: ['给予', '予以'] },
  { id: 'zh:尽快', variants: ['尽快', '尽早'] },
  { id: 'zh:明显', variants: ['明显', '显著'] },
  { id: 'zh:大部分', variants: ['大部分', '大多数', '多数'], triggers: ['大部分', '大多数'] },
  { id: 'zh:仍', variants: ['仍', '仍然', '依然'] },
  { id: 'zh:期满', variants: ['期满', '到期'] },
  { id: 'zh:共同', variants: ['共同', '共有'], triggers: [] },
  { id: 'zh:负责', variants: ['负责', '承担'], triggers: [] },
  { id: 'zh:工作人员', variants: ['工作人员', '工作者'], triggers: ['工作人员'] },
  { id: 'zh:开始', variants: ['开始', '着手'] },
  { id: 'zh:需要', variants: ['需要', '须要'] },
  { id: 'zh:认真', variants: ['认真', '切实'] },
  { id: 'zh:严格', variants: ['严格', '严格地'], triggers: [] },
  { id: 'zh:进一步', variants: ['进一步', '更进一步'], triggers: ['进一步'] },
  { id: 'zh:同时', variants: ['同时', '与此同时'] },
  { id: 'zh:一律', variants: ['一律', '一概'] },
  { id: 'zh:是否', variants: ['是否', '是不是'], triggers: ['是否'] },
  { id: 'zh:不得', variants: ['不得', '不准'] },
  { id: 'zh:调查', variants: ['调查', '核查'], triggers: [] },
  { id: 'zh:报告', variants: ['报告', '报送'], triggers: [] },
].filter((f) => f.triggers === undefined || f.triggers.length > 0);

/** Full-width punctuation and its half-width equivalent (GB/T 15834 vs ASCII). */
export const CHINESE_PUNCTUATION: ReadonlyArray<[string, string]> = [
  ['，', ','],
  ['：', ':'],
  ['；', ';'],
  ['（', '('],
  ['）', ')'],
  ['？', '?'],
  ['！', '!'],
  ['“', '「'],
  ['”', '」'],
];

/** The enumeration comma 、 may also be written as a full- or half-width comma. */
export const CHINESE_ENUMERATION_COMMA: readonly string[] = ['、', '，', ','];
