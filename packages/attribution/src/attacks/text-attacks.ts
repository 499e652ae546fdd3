import type { SeededRandom } from '../codes/index.ts';
import type { Lang } from '../documents/index.ts';

/**
 * The attacks a leaker applies to text, used by tests and the benchmark to measure tracing:
 * excerpting, retyping with character errors, and coalitions mixing their copies passage by passage.
 */

/** A contiguous excerpt of about `words` words (Chinese: 1.5 characters per word), starting at random. */
export function excerpt(text: string, words: number, lang: Lang, rng: SeededRandom): string {
  if (lang === 'zh') {
    const chars = Array.from(text);
    const length = Math.min(chars.length, Math.round(words * 1.5));
    const start = rng.int(chars.length - length + 1);
    return chars.slice(start, start + length).join('');
  }
  const tokens = text.split(/(\s+)/);
  const wordCount = Math.ceil(tokens.length / 2);
  const take = Math.min(words, wordCount);
  const start = rng.int(wordCount - take + 1);
  return tokens.slice(start * 2, (start + take) * 2 - 1).join('');
}

const EN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const ZH_CONFUSABLE =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';

/**
 * Retyping with character errors at `rate` (fraction of non-space characters): substitutions,
 * deletions, insertions and transpositions in equal shares, as a typist or OCR makes them.
 */
export function typos(text: string, rate: number, lang: Lang, rng: SeededRandom): string {
  const chars = Array.from(text);
  const out: string[] = [];
  const randomChar = () =>
    lang === 'zh'
      ? ZH_CONFUSABLE[rng.int(ZH_CONFUSABLE.length)]!
      : EN_LETTERS[rng.int(EN_LETTERS.length)]!;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    if (/\s/.test(c) || rng.next() >= rate) {
      out.push(c);
      continue;
    }
    const kind = rng.int(4);
    if (kind === 0) out.push(randomChar());
    else if (kind === 1) continue;
    else if (kind === 2) out.push(c, randomChar());
    else if (i + 1 < chars.length) {
      out.push(chars[i + 1]!, c);
      i++;
    } else out.push(c);
  }
  return out.join('');
}

/**
 * Coalition attack: the colluders split the document into equal passages (at paragraph or line
 * boundaries) and each contributes their own copy of some passages, in turn.
 */
export function mixPassages(copies: readonly string[], passagesPerMember = 1): string {
  const split = copies.map((c) => c.split('\n'));
  const lines = split[0]!.length;
  if (split.some((s) => s.length !== lines))
    throw new Error('copies of one document must have the same line structure');
  const passages = copies.length * passagesPerMember;
  const out: string[] = [];
  for (let l = 0; l < lines; l++) {
    const passage = Math.min(passages - 1, Math.floor((l / lines) * passages));
    out.push(split[passage % copies.length]![l]!);
  }
  return out.join('\n');
}
