import {
  SeededRandom,
  renderCopy,
  traceLeak,
  type AttributionStore,
} from '../../packages/attribution/src/index.ts';
import {
  ocrImage,
  photographPage,
  rasterizePdf,
  renderMarkedPdf,
} from '../../packages/attribution/src/layout/index.ts';
import type { MarkedCorpus } from './marked-corpus.ts';
import { decodeZeroWidth, embedZeroWidth } from './zero-width-fingerprint.ts';

export interface PrintStats {
  trials: number;
  identified: number;
  innocentTrials: number;
  textSitesRead: number;
  layoutSitesRead: number;
  peerTrials: number;
  peerIdentified: number;
  seconds: number;
}

/**
 * Printed page → rendered image → simulated phone photo (perspective, blur, JPEG, noise, uneven
 * light; severity "typical") → OCR + layout reading → accusation, against all n recipients.
 */
export async function photoTrials(
  corpus: MarkedCorpus,
  store: AttributionStore,
  trials: number,
  peerTrials: number,
  seed: string,
  log: (s: string) => void,
): Promise<PrintStats> {
  const rng = new SeededRandom(seed);
  const n = corpus.codewords.length;
  const T = corpus.record.textSites;
  const stats: PrintStats = {
    trials,
    identified: 0,
    innocentTrials: 0,
    textSitesRead: 0,
    layoutSitesRead: 0,
    peerTrials,
    peerIdentified: 0,
    seconds: 0,
  };
  const started = performance.now();
  for (let t = 0; t < trials; t++) {
    const leaker = rng.int(n);
    const word = corpus.codewords[leaker]!;
    const pdf = await renderMarkedPdf({
      text: renderCopy(corpus.template, word.subarray(0, T)),
      lang: corpus.lang,
      title: corpus.record.title,
      layoutBits: word.subarray(T),
    });
    const pages = await rasterizePdf(pdf);
    const page = rng.int(pages.length);
    const photo = await photographPage(pages[page]!, {
      seed: rng.nextUint32(),
      severity: 'typical',
    });
    const result = await traceLeak({
      store,
      documentId: corpus.record.id,
      leak: { name: `photo-${t}.jpg`, kind: 'image', bytes: photo },
    }).catch((e: unknown) => {
      log(`    trial ${t}: ${String(e)}`);
      return undefined;
    });
    const accused = result?.accused.map((a) => a.id) ?? [];
    const leakerId = corpus.recipients[leaker]!.id;
    if (accused.includes(leakerId)) stats.identified++;
    if (accused.some((id) => id !== leakerId)) stats.innocentTrials++;
    stats.textSitesRead += result?.sitesRead.text ?? 0;
    stats.layoutSitesRead += result?.sitesRead.layout ?? 0;
    log(
      `    ${corpus.lang} photo ${t + 1}/${trials}: page ${page + 1}/${pages.length}, ${result?.sitesRead.text ?? 0} text + ${result?.sitesRead.layout ?? 0} layout sites, ${accused.includes(leakerId) ? 'identified' : 'missed'}`,
    );
  }
  // The zero-width peer through the same print → photo → OCR path.
  for (let t = 0; t < peerTrials; t++) {
    const leaker = rng.int(n);
    const pdf = await renderMarkedPdf({
      text: embedZeroWidth(corpus.source, leaker),
      lang: corpus.lang,
      layoutBits: [],
    });
    const pages = await rasterizePdf(pdf);
    const photo = await photographPage(pages[0]!, { seed: rng.nextUint32(), severity: 'typical' });
    const { text } = await ocrImage(photo, corpus.lang);
    if (decodeZeroWidth(text) === leaker) stats.peerIdentified++;
  }
  stats.seconds = (performance.now() - started) / 1000;
  return stats;
}
