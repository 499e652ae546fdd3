import type { VariantFamily } from './variant-family.ts';

/**
 * Curated English phrase families for policy and administrative prose. Each choice keeps the
 * meaning (register may shift slightly); ambiguous words only trigger through their unambiguous
 * member. Spelling pairs (US/UK) are the densest source of sites in official text and survive
 * retyping and OCR because the words differ by whole letters.
 */
const PHRASES: VariantFamily[] = [
  // Mandatory "shall" / "must" / "will" are interchangeable in directives (Plain Language guidelines).
  { id: 'shall', variants: ['shall', 'must', 'will'] },
  { id: 'in-order-to', variants: ['in order to', 'so as to'] },
  { id: 'approximately', variants: ['approximately', 'roughly', 'about'], triggers: ['approximately', 'roughly'] },
  { id: 'because', variants: ['because', 'since'], triggers: ['because'] },
  { id: 'however', variants: ['However,', 'Nevertheless,', 'Nonetheless,'] },
  { id: 'therefore', variants: ['Therefore,', 'Consequently,', 'As a result,'] },
  { id: 'additionally', variants: ['In addition,', 'Additionally,', 'Furthermore,'] },
  { id: 'for-example', variants: ['for example', 'for instance'] },
  { id: 'prior-to', variants: ['prior to', 'before'], triggers: ['prior to'] },
  { id: 'in-accordance', variants: ['in accordance with', 'in line with', 'consistent with'] },
  { id: 'regarding', variants: ['regarding', 'concerning', 'with respect to'] },
  { id: 'commence', variants: ['commence', 'begin'], triggers: ['commence'] },
  { id: 'utilize', variants: ['utilize', 'use'], triggers: ['utilize'] },
  { id: 'assist', variants: ['assist', 'help'], triggers: ['assist'] },
  { id: 'sufficient', variants: ['sufficient', 'adequate'] },
  { id: 'additional', variants: ['additional', 'further'], triggers: ['additional'] },
  { id: 'immediately', variants: ['immediately', 'without delay', 'at once'], triggers: ['immediately', 'without delay'] },
  { id: 'individuals', variants: ['individuals', 'persons'] },
  { id: 'employees', variants: ['employees', 'staff members', 'personnel'], triggers: ['employees', 'staff members'] },
  { id: 'a-number-of', variants: ['a number of', 'several'], triggers: ['a number of'] },
  { id: 'currently', variants: ['currently', 'at present', 'presently'] },
  { id: 'in-the-event', variants: ['in the event that', 'in case'], triggers: ['in the event that'] },
  { id: 'whether-or-not', variants: ['whether or not', 'whether'], triggers: ['whether or not'] },
  { id: 'until', variants: ['until', 'till'], triggers: ['until'] },
  { id: 'upon', variants: ['upon', 'on'], triggers: ['upon'] },
  { id: 'via', variants: ['via', 'through', 'by way of'], triggers: ['via', 'by way of'] },
  { id: 'no-later-than', variants: ['no later than', 'not later than'] },
  { id: 'all-of-the', variants: ['all of the', 'all the'] },
  { id: 'ensure-that', variants: ['ensure that', 'make sure that', 'ensure'], triggers: ['ensure that', 'make sure that'] },
  { id: 'recognizes-that', variants: ['recognizes that', 'acknowledges that'] },
  { id: 'each', variants: ['each', 'every'], triggers: ['each'], notFollowedBy: /^ (of|other)\b/ },
  { id: 'at-least', variants: ['at least', 'no less than'], triggers: ['at least'] },
  { id: 'as-soon-as', variants: ['as soon as practicable', 'as soon as possible'] },
  { id: 'provided-that', variants: ['provided that', 'providing that'] },
  { id: 'inquiry', variants: ['inquiry', 'enquiry'] },
  { id: 'program', variants: ['program', 'programme'] },
  { id: 'catalogued', variants: ['catalogued', 'cataloged'] },
  { id: 'in-writing', variants: ['in writing', 'in written form'], triggers: [] },
  { id: 'whenever', variants: ['whenever', 'every time'], triggers: ['whenever'] },
  { id: 'to-the-extent', variants: ['to the extent necessary', 'as far as necessary'] },
  { id: 'at-all-times', variants: ['at all times', 'throughout'], triggers: ['at all times'] },
  { id: 'within', variants: ['within', 'in no more than'], triggers: [] },
  { id: 'large-number', variants: ['a large number of', 'many'], triggers: ['a large number of'] },
  { id: 'is-subject-to', variants: ['may be subject to', 'may face'], triggers: ['may be subject to'] },
  { id: 'in-effect', variants: ['in effect', 'in force'] },
  { id: 'takes-effect', variants: ['takes effect', 'comes into force', 'enters into force'] },
  { id: 'supersedes', variants: ['supersedes', 'replaces'], triggers: ['supersedes'] },
  { id: 'notify', variants: ['notify', 'inform'] },
  { id: 'who', variants: ['who', 'that'], triggers: ['who'], notFollowedBy: /^ (is|are|was|were)\b[^.]*\?/ },
  { id: 'escorted', variants: ['escorted', 'accompanied'] },
  { id: 'obtain', variants: ['obtain', 'acquire'], triggers: ['obtain'] },
  { id: 'request', variants: ['request', 'ask for'], triggers: [] },
  { id: 'cannot', variants: ['cannot', 'can not'] },
  { id: 'is-able-to', variants: ['is able to', 'is in a position to'] },
  { id: 'that-is', variants: ['that is,', 'i.e.,'] },
  { id: 'such-as', variants: ['such as', 'including'], triggers: ['such as'] },
  { id: 'percent', variants: ['percent', 'per cent'] },
  { id: 'email', variants: ['email', 'e-mail'] },
  { id: 'online', variants: ['online', 'on-line'] },
  { id: 'website', variants: ['website', 'web site'] },
  { id: 'database', variants: ['database', 'data base'] },
  { id: 'follow-up', variants: ['follow-up', 'follow up'], triggers: ['follow-up'] },
  { id: 'decision-making', variants: ['decision-making', 'decision making'] },
  { id: 'coordinate', variants: ['coordinate', 'co-ordinate'] },
  { id: 'cooperation', variants: ['cooperation', 'co-operation'] },
  { id: 'among', variants: ['among', 'amongst'] },
  { id: 'toward', variants: ['toward', 'towards'] },
  { id: 'afterward', variants: ['afterward', 'afterwards'] },
  { id: 'whilst', variants: ['whilst', 'while'], triggers: ['whilst'] },
  { id: 'em-dash', variants: ['—', '--'] },
];

/** US/UK spelling pairs, with inflections (each inflection is its own family). */
const SPELLINGS: Array<[string, string]> = [
  ['behavior', 'behaviour'], ['behaviors', 'behaviours'], ['color', 'colour'], ['favor', 'favour'],
  ['favorable', 'favourable'], ['honor', 'honour'], ['labor', 'labour'], ['center', 'centre'],
  ['centers', 'centres'], ['defense', 'defence'], ['offense', 'offence'], ['offenses', 'offences'],
  ['catalog', 'catalogue'], ['dialog', 'dialogue'], ['judgment', 'judgement'],
  ['acknowledgment', 'acknowledgement'], ['enrollment', 'enrolment'], ['fulfill', 'fulfil'],
  ['canceled', 'cancelled'], ['labeled', 'labelled'], ['traveled', 'travelled'], ['traveling', 'travelling'],
  ['modeling', 'modelling'], ['gray', 'grey'], ['analyze', 'analyse'], ['analyzed', 'analysed'],
  ['analyzing', 'analysing'], ['aging', 'ageing'], ['license', 'licence'], ['practise', 'practice'],
  ['counseling', 'counselling'], ['signaling', 'signalling'], ['rumor', 'rumour'], ['endeavor', 'endeavour'],
];

/** Stems whose -ize forms have a standard -ise spelling (not "size", "seize", "prize", "capsize"). */
const IZE_STEMS = [
  'author', 'organ', 'recogn', 'minim', 'maxim', 'priorit', 'standard', 'central', 'final',
  'summar', 'categor', 'emphas', 'critic', 'real', 'special', 'character', 'legal', 'normal', 'optim',
  'custom', 'apolog', 'familiar', 'harmon', 'mobil', 'modern', 'neutral', 'public', 'stabil',
  'symbol', 'visual', 'memor', 'formal', 'jeopard', 'capital', 'digit', 'local', 'general', 'person',
  'rational', 'random', 'revital', 'synchron', 'computer', 'internal', 'operational', 'sanit',
  'scrutin', 'unauthor', 'reorgan', 'anonym', 'central', 'decentral', 'global', 'institutional', 'pressur',
];
const IZE_ENDINGS = ['e', 'es', 'ed', 'ing', 'ation', 'ations', 'er', 'ers'];

function izeFamilies(): VariantFamily[] {
  const families: VariantFamily[] = [];
  for (const stem of new Set(IZE_STEMS)) {
    for (const ending of IZE_ENDINGS) {
      families.push({ id: `ize:${stem}iz${ending}`, variants: [`${stem}iz${ending}`, `${stem}is${ending}`] });
    }
  }
  return families;
}

export const ENGLISH_FAMILIES: readonly VariantFamily[] = [
  ...PHRASES.filter((f) => f.triggers === undefined || f.triggers.length > 0),
  ...SPELLINGS.map(([us, uk]) => ({ id: `spelling:${us}`, variants: [us, uk] })),
  ...izeFamilies(),
];
