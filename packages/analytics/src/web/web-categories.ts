/**
 * Web categories that matter to an insider-threat program, recognized from the host name.
 * Two layers: known services (exact registrable domains) and words inside host names, so an
 * unseen job board ("jobs4engineers.net") or casino ("royalspins-casino.io") is still caught.
 * The lists are deliberately broad; a category is a hint an analyst reads, and the anomaly
 * baselines decide whether the visit is unusual for this person.
 */
export const WEB_CATEGORIES = [
  'job_search',
  'cloud_storage',
  'leak_site',
  'hacking',
  'gambling',
] as const;
export type WebCategory = (typeof WEB_CATEGORIES)[number];

const KNOWN_DOMAINS: Record<WebCategory, readonly string[]> = {
  job_search: [
    'monster.com',
    'indeed.com',
    'careerbuilder.com',
    'glassdoor.com',
    'simplyhired.com',
    'dice.com',
    'ziprecruiter.com',
    'hotjobs.yahoo.com',
    'jobs.com',
    'craigslist.org',
    'usajobs.gov',
    'hired.com',
    'linkedin.com/jobs',
    'jobserve.com',
    'reed.co.uk',
    'totaljobs.com',
    'seek.com.au',
    'naukri.com',
    'zhaopin.com',
    '51job.com',
    'lagou.com',
    'liepin.com',
    'theladders.com',
    'snagajob.com',
    'jobvite.com',
    'lever.co',
    'greenhouse.io',
    'workday.com',
    'headhunter.ru',
    'stepstone.de',
    'flexjobs.com',
    'angel.co',
  ],
  cloud_storage: [
    'dropbox.com',
    'drive.google.com',
    'docs.google.com',
    'box.com',
    'box.net',
    'mega.nz',
    'mega.co.nz',
    'onedrive.live.com',
    'skydrive.live.com',
    'icloud.com',
    'wetransfer.com',
    'sendspace.com',
    'mediafire.com',
    'rapidshare.com',
    'megaupload.com',
    '4shared.com',
    'hightail.com',
    'yousendit.com',
    'pcloud.com',
    'sync.com',
    'tresorit.com',
    'spideroak.com',
    'zippyshare.com',
    'filefactory.com',
    'pan.baidu.com',
    'weiyun.com',
    'transfer.sh',
    'file.io',
    'gofile.io',
    'anonfiles.com',
    'pastebin.com',
  ],
  leak_site: [
    'wikileaks.org',
    'wikileaks.com',
    'cryptome.org',
    'theintercept.com',
    'ddosecrets.com',
    'publeaks.nl',
    'globaleaks.org',
    'securedrop.org',
    'leaksource.info',
    'openleaks.org',
    'distributeddenialofsecrets.com',
  ],
  hacking: [
    'hackforums.net',
    'exploit-db.com',
    'metasploit.com',
    'kali.org',
    'spyrix.com',
    'refog.com',
    'actualkeylogger.com',
    'spytech-web.com',
    'blackhat.com',
    'darknet.org.uk',
    'offensive-security.com',
    'packetstormsecurity.com',
    'keylogger.org',
    'best-keylogger.net',
    'spyagent.com',
    'mspy.com',
    'flexispy.com',
  ],
  gambling: [
    'pokerstars.com',
    'bet365.com',
    'williamhill.com',
    'betfair.com',
    'partypoker.com',
    '888.com',
    'draftkings.com',
    'fanduel.com',
    'bovada.lv',
    'paddypower.com',
    'ladbrokes.com',
    'unibet.com',
    'betway.com',
    'fulltiltpoker.com',
    'caesarscasino.com',
    'betmgm.com',
    'stake.com',
    'pinnacle.com',
  ],
};

/** Words inside a host name that indicate a category, for services not in the lists above. */
const HOST_WORDS: Record<WebCategory, readonly string[]> = {
  job_search: [
    'job',
    'career',
    'hiring',
    'recruit',
    'resume',
    'employ',
    'vacanc',
    'headhunt',
    'talent',
    'zhaopin',
  ],
  cloud_storage: [
    'dropbox',
    'drive',
    'upload',
    'transfer',
    'fileshare',
    'filehost',
    'sharefile',
    'cloudstor',
    'storage',
    'mega',
    'sendfile',
    'paste',
  ],
  leak_site: ['leak', 'whistle', 'securedrop', 'secrets'],
  hacking: [
    'hack',
    'keylog',
    'spyware',
    'exploit',
    'crack',
    'rootkit',
    'malware',
    'phish',
    'warez',
    'spy',
  ],
  gambling: [
    'casino',
    'poker',
    'bet',
    'gambl',
    'slots',
    'lotto',
    'lottery',
    'wager',
    'roulette',
    'blackjack',
    'bingo',
    'sportsbook',
  ],
};

export function hostOf(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/:?#]+)/i.exec(url.trim());
  return (m ? m[1]! : url.split('/')[0]!).toLowerCase().replace(/^www\d*\./, '');
}

/** The category of a URL or host name, or null when it is ordinary browsing. */
export function categorizeHost(hostOrUrl: string, firstPathSegment = ''): WebCategory | null {
  const host = hostOrUrl.includes('://')
    ? hostOf(hostOrUrl)
    : hostOrUrl.toLowerCase().replace(/^www\d*\./, '');
  const withPath = firstPathSegment ? `${host}/${firstPathSegment.toLowerCase()}` : host;
  for (const category of WEB_CATEGORIES) {
    for (const domain of KNOWN_DOMAINS[category]) {
      if (domain.includes('/')) {
        if (withPath === domain || withPath.endsWith(`.${domain}`)) return category;
      } else if (host === domain || host.endsWith(`.${domain}`)) return category;
    }
  }
  // Host words: order matters, leak before cloud ("leakfiles"), hacking before others.
  for (const category of [
    'leak_site',
    'hacking',
    'gambling',
    'job_search',
    'cloud_storage',
  ] as const) {
    const labels = host.split('.').slice(0, -1).join('.');
    if (HOST_WORDS[category].some((w) => labels.includes(w))) return category;
  }
  return null;
}

/** Personal web-mail providers: mail to them leaves the organization's control. */
export const WEBMAIL_DOMAINS: readonly string[] = [
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'live.com',
  'msn.com',
  'aol.com',
  'aim.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'comcast.net',
  'verizon.net',
  'att.net',
  'sbcglobal.net',
  'bellsouth.net',
  'cox.net',
  'charter.net',
  'earthlink.net',
  'juno.com',
  'netzero.net',
  'gmx.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'mail.com',
  'protonmail.com',
  'proton.me',
  'tutanota.com',
  'zoho.com',
  'yandex.ru',
  'yandex.com',
  'mail.ru',
  'qq.com',
  '163.com',
  '126.com',
  'sina.com',
  'sohu.com',
  'yeah.net',
  'naver.com',
  'daum.net',
  'rediffmail.com',
  'laposte.net',
  'orange.fr',
  'free.fr',
  'libero.it',
  't-online.de',
  'btinternet.com',
];
