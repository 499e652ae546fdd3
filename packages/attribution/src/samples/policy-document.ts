import { SeededRandom } from '../codes/index.ts';

/**
 * Generator of policy-style documents (English and Simplified Chinese) for the attribution
 * benchmark: section headings and paragraphs assembled from a bank of handwritten sentences with
 * slot fillers, seeded so every run measures the same text. The prose is ordinary official
 * register; nothing in it is tuned to the variant dictionary beyond the style such documents have.
 */
const EN_SUBJECTS = [
  'classified holdings',
  'the records system',
  'removable media',
  'the travel registry',
  'visitor access',
  'the secure network',
  'the archive reading room',
  'contractor accounts',
];
const EN_OFFICES = [
  'the Security Office',
  'the Records Branch',
  'the Information Assurance Unit',
  'the Personnel Security Division',
  'the Facility Security Officer',
];
const EN_NUMBERS = ['two', 'three', 'five', 'seven', 'ten', '3', '5', '10'];
const EN_DATES = [
  '1 March 2025',
  '15 April 2025',
  'June 30, 2025',
  '12 September 2025',
  'January 5, 2026',
];

const EN_SENTENCES = [
  'All employees shall complete the annual security briefing no later than {date}.',
  '{Office} shall maintain an inventory of {subject}, and the inventory shall be reviewed every {n} months.',
  'Access to {subject} is granted only to individuals whose duties require it, and only for the period that the duties last.',
  'In order to reduce the risk of unauthorized disclosure, documents shall be marked, logged, and stored in approved containers.',
  'However, exceptions may be authorized in writing by {office} when operational needs cannot otherwise be met.',
  'Employees who travel abroad shall report their itinerary at least {n} days prior to departure.',
  'Any suspected loss of {subject} shall be reported immediately to {office}.',
  'The review shall analyze access patterns, travel records, and printing logs for a period of approximately {n} weeks.',
  'Because the volume of requests has increased, {office} will prioritize requests according to operational need.',
  'Supervisors shall ensure that staff members understand their obligations regarding the handling of sensitive material.',
  'Additional controls apply to {subject}, including two-person integrity and continuous monitoring.',
  'In accordance with the retention schedule, records shall be destroyed after {n} years unless a hold is in effect.',
  'Individuals who fail to comply may be subject to administrative action, including suspension of access.',
  'In addition, {office} shall coordinate with the legal adviser whenever a referral is under consideration.',
  'Requests for access shall be submitted by email using the approved form, and shall include the justification, the duration, and the approving official.',
  'Therefore, each organization shall designate a point of contact responsible for the implementation of this policy.',
  'The Committee recognizes that sufficient resources must be made available to assist units during the transition.',
  'Users shall not utilize personal devices to store, process, or transmit official information.',
  'Until the review is complete, access to {subject} will remain limited to the current roster.',
  'Upon receipt of a report, {office} shall commence a preliminary inquiry within {n} working days.',
  'Visitors shall be escorted at all times, and their badges shall be returned at the end of the visit.',
  'The assessment shall consider whether or not the behavior observed is consistent with the duties of the position.',
  'Currently, {n} percent of the workforce has completed the refresher training.',
  'For example, a request to print a large number of pages outside normal hours shall be reviewed by the supervisor.',
  'The program shall be evaluated against the objectives, the costs, and the results achieved during the year.',
  'Counseling and employee assistance services are available to all personnel on a confidential basis.',
  'Information shall be shared among the offices concerned only to the extent necessary for the inquiry.',
  'The Security Office shall obtain the approval of the Director prior to any monitoring of an individual account.',
  'A number of units have reported difficulty with the new procedures; the Records Branch will provide additional guidance.',
  'In the event that a device is lost, the owner shall notify the help desk and the Security Office immediately.',
  'Staff who are traveling on official business shall use the approved laptops and shall not connect to public networks.',
  'Decision-making authority for waivers rests with the Director, who shall record the justification for each decision.',
  'The organization shall minimize the collection of personal data and shall anonymize records used for statistical analysis.',
  'All of the records held by the archive shall be catalogued, and the catalog shall be made available to authorized users via the internal website.',
  'This policy takes effect on {date} and supersedes the instruction issued in 2019.',
  'Reports received after the deadline shall be processed as soon as practicable, and the delay shall be recorded.',
  'Managers shall review the results of the audit with their teams and shall agree on corrective actions within {n} weeks.',
  'The Director may authorize the release of summaries to partner agencies, provided that sources and methods are protected.',
  'Nevertheless, the responsibility for protecting information rests with each individual who has access to it.',
  'Copies of classified documents shall be numbered, and each copy shall be recorded in the distribution register.',
];

const ZH_SUBJECTS = [
  '涉密载体',
  '档案系统',
  '移动存储介质',
  '出境登记',
  '来访人员管理',
  '内部网络',
  '阅档室',
  '外包人员账户',
];
const ZH_OFFICES = ['保密办公室', '档案处', '信息安全中心', '人事保卫处', '机关保密委员会'];
const ZH_NUMBERS = ['三', '五', '十', '两', '3', '5', '7'];
const ZH_DATES = [
  '2025年3月1日',
  '2025年4月15日',
  '2025年6月30日',
  '2025年9月12日',
  '2026年1月5日',
];

const ZH_SENTENCES = [
  '全体工作人员必须在{date}之前完成年度保密教育培训。',
  '{office}应当建立{subject}台账，并且每{n}个月进行一次核对。',
  '为了降低泄密风险，涉密文件应当标注密级、登记编号，并存放在符合标准的保密柜中。',
  '但是，因工作需要确需例外的，由{office}书面批准。',
  '工作人员因私出境的，应当在出发{n}个工作日之前报告行程。',
  '发现{subject}丢失或者被盗的，必须立即向{office}报告。',
  '根据保密管理规定，{office}对{subject}进行定期检查，检查结果应当及时通报。',
  '由于申请数量明显增加，{office}将按照工作需要确定办理顺序。',
  '各部门负责人应当确保本部门人员了解其在涉密事项管理中的责任和义务。',
  '此外，{office}在作出移送决定之前，应当征求法律顾问的意见。',
  '对于违反本规定的人员，视情节轻重给予批评教育、通报批评或者处分。',
  '目前，全机关已有{n}个部门完成了自查工作。',
  '例如，在非工作时间打印大量文件的，应当由部门负责人进行审核。',
  '如果设备遗失，使用人应当立即通知技术支持部门以及{office}。',
  '工作人员出差期间，必须使用配发的专用笔记本电脑，不得连接公共网络。',
  '因此，各单位应当指定专人负责本规定的贯彻落实工作。',
  '上述记录的保存期限为{n}年，期满后按照规定进行销毁。',
  '来访人员在机关内部活动的时候，应当全程由接待人员陪同。',
  '关于涉密人员的管理，{office}应当会同人事部门进一步完善相关制度。',
  '所有涉密文件的复制件都应当编号，并登记在分发清单中。',
  '检查中发现的问题，已经责成有关部门限期整改。',
  '同时，各部门应当加强对外包人员的管理，严格控制其访问权限。',
  '虽然大部分部门已经完成整改，但是仍有少数部门存在记录不完整的情况。',
  '本规定自{date}起施行，此前发布的有关规定同时废止。',
  '对于逾期提交的报告，应当尽快办理，并且记录延误的原因。',
  '各部门可以根据本规定，结合实际情况制定具体实施办法。',
  '{office}应当对{subject}的使用情况进行分析，并在每季度结束之后报送分析报告。',
  '经批准向协作单位提供的材料，必须删除涉及来源和方法的内容。',
  '保护国家秘密是每一名接触涉密信息的工作人员的共同责任。',
  '已经离岗的人员，应当在离岗之前办理涉密载体清退手续。',
];

function fill(template: string, rng: SeededRandom, lang: 'en' | 'zh'): string {
  const pick = <T>(xs: readonly T[]) => xs[rng.int(xs.length)]!;
  const en = lang === 'en';
  return template
    .replace(/\{Office\}/g, () => {
      const o = pick(EN_OFFICES);
      return o.charAt(0).toUpperCase() + o.slice(1);
    })
    .replace(/\{office\}/g, () => pick(en ? EN_OFFICES : ZH_OFFICES))
    .replace(/\{subject\}/g, () => pick(en ? EN_SUBJECTS : ZH_SUBJECTS))
    .replace(/\{n\}/g, () => pick(en ? EN_NUMBERS : ZH_NUMBERS))
    .replace(/\{date\}/g, () => pick(en ? EN_DATES : ZH_DATES));
}

const EN_HEADINGS = [
  'Purpose',
  'Scope',
  'Responsibilities',
  'Access Control',
  'Handling and Storage',
  'Travel and Contacts',
  'Reporting',
  'Monitoring and Review',
  'Sanctions',
  'Effective Date',
];
const ZH_HEADINGS = [
  '一、总则',
  '二、适用范围',
  '三、职责分工',
  '四、访问控制',
  '五、保管与使用',
  '六、出境与接触',
  '七、报告制度',
  '八、监督检查',
  '九、责任追究',
  '十、附则',
];

/** A policy document of about `words` words (English) or `words` × 1.5 characters (Chinese). */
export function generatePolicyDocument(lang: 'en' | 'zh', words: number, seed = 1): string {
  const rng = new SeededRandom(`policy:${lang}:${seed}`);
  const sentences = lang === 'en' ? EN_SENTENCES : ZH_SENTENCES;
  const headings = lang === 'en' ? EN_HEADINGS : ZH_HEADINGS;
  const title =
    lang === 'en'
      ? '# Instruction on the Protection of Classified Information'
      : '# 关于加强涉密信息保护工作的规定';
  const lines = [title, ''];
  let count = 0;
  let section = 0;
  const size = (s: string) => (lang === 'en' ? s.split(/\s+/).length : Math.round(s.length / 1.5));
  while (count < words) {
    lines.push(`## ${headings[section % headings.length]}`, '');
    section++;
    for (let p = 0; p < 2 && count < words; p++) {
      const paragraph: string[] = [];
      for (let s = 0; s < 4 && count < words; s++) {
        const sentence = fill(sentences[rng.int(sentences.length)]!, rng, lang);
        paragraph.push(sentence);
        count += size(sentence);
      }
      lines.push(paragraph.join(lang === 'en' ? ' ' : ''), '');
    }
  }
  return lines.join('\n');
}
