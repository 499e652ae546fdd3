import { seededRandom } from './image/seeded-random.ts';
import type { Lang } from './lang.ts';

/**
 * Seeded security-directive prose for tests and measurements of the print layer: varied sentence
 * and paragraph lengths, so pages have distinct ragged line ends as real documents do.
 */
const EN_SENTENCES = [
  'The recipient shall protect this document in order to prevent unauthorized disclosure.',
  'Staff will report any loss, theft or suspected compromise within five days.',
  'The security officer shall record the incident, the date and the names of all persons involved.',
  'Copies may be made only with the written approval of the originating office.',
  'Each holder is personally accountable for the custody of the material issued to them.',
  'Visitors must be escorted at all times while inside the controlled area.',
  'Removable media are prohibited unless registered with the information security team.',
  'All classified waste shall be destroyed by cross-cut shredding or incineration.',
  'The annual review of access rights is due before the end of the third quarter.',
  'Questions about this directive should be addressed to the program manager.',
  'Foreign travel by cleared personnel requires a briefing and a debriefing.',
  'Suspicious contacts must be reported even when no information was exchanged.',
];

const ZH_SENTENCES = [
  '接收人应当妥善保管本文件，以防止未经授权的泄露。',
  '工作人员应在五日内报告任何遗失、被盗或疑似泄密情况。',
  '安全官员应记录事件发生的日期及所有相关人员的姓名。',
  '未经发文单位书面批准，不得复制本文件。',
  '每名持有人对其领取的材料承担个人保管责任。',
  '访客在受控区域内必须全程由专人陪同。',
  '除经信息安全部门登记外，禁止使用移动存储介质。',
  '所有涉密废弃物应以碎纸或焚烧方式销毁。',
  '年度访问权限审查应于第三季度结束前完成。',
  '有关本规定的问题请向项目负责人咨询。',
  '涉密人员出境须事先接受保密提醒并在返回后汇报。',
  '即使未交换任何信息，可疑接触也必须及时报告。',
];

export const sampleDocument = (lang: Lang, paragraphs: number, seed = 1): string => {
  const random = seededRandom(seed);
  const sentences = lang === 'en' ? EN_SENTENCES : ZH_SENTENCES;
  const blocks: string[] = [
    lang === 'en' ? '# Directive on the handling of classified material' : '# 涉密材料管理规定',
  ];
  for (let p = 0; p < paragraphs; p += 1) {
    if (p > 0 && p % 5 === 0)
      blocks.push(lang === 'en' ? `## Section ${p / 5 + 1}` : `## 第${p / 5 + 1}节`);
    const count = 2 + Math.floor(random() * 5);
    const picked = Array.from(
      { length: count },
      () => sentences[Math.floor(random() * sentences.length)] as string,
    );
    blocks.push(picked.join(lang === 'en' ? ' ' : ''));
  }
  return blocks.join('\n\n');
};
