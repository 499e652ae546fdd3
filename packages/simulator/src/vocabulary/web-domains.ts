/**
 * Real-world-style web domains by topic. Everyday topics feed benign browsing; the special
 * topics (jobs, cloud, leaks, hacking, gambling) feed both look-alike benign users and insiders,
 * so a detector cannot key on a single domain. Each user draws a personal subset per topic.
 */
export const EVERYDAY_TOPICS = [
  'news',
  'shopping',
  'sports',
  'social',
  'tech',
  'reference',
  'travel',
  'finance',
  'entertainment',
  'health',
  'food',
  'government',
] as const;
export type EverydayTopic = (typeof EVERYDAY_TOPICS)[number];

export const SPECIAL_TOPICS = ['jobs', 'cloud', 'leaks', 'hacking', 'gambling'] as const;
export type SpecialTopic = (typeof SPECIAL_TOPICS)[number];
export type WebTopic = EverydayTopic | SpecialTopic;

// prettier-ignore
export const DOMAINS_BY_TOPIC: Readonly<Record<WebTopic, readonly string[]>> = {
  news: [
    'cnn.com', 'nytimes.com', 'washingtonpost.com', 'bbc.co.uk', 'reuters.com', 'apnews.com',
    'foxnews.com', 'nbcnews.com', 'cbsnews.com', 'abcnews.go.com', 'usatoday.com', 'latimes.com',
    'wsj.com', 'theguardian.com', 'npr.org', 'politico.com', 'thehill.com', 'huffingtonpost.com',
    'chicagotribune.com', 'bostonglobe.com', 'time.com', 'newsweek.com', 'economist.com',
    'aljazeera.com', 'dw.com', 'france24.com', 'msnbc.com', 'drudgereport.com', 'slate.com',
    'theatlantic.com', 'salon.com', 'csmonitor.com', 'sfgate.com', 'dallasnews.com',
  ],
  shopping: [
    'amazon.com', 'ebay.com', 'walmart.com', 'target.com', 'bestbuy.com', 'homedepot.com',
    'lowes.com', 'costco.com', 'macys.com', 'kohls.com', 'newegg.com', 'overstock.com',
    'etsy.com', 'craigslist.org', 'sears.com', 'jcpenney.com', 'nordstrom.com', 'zappos.com',
    'wayfair.com', 'staples.com', 'officedepot.com', 'rei.com', 'llbean.com', 'gap.com',
    'cabelas.com', 'bhphotovideo.com', 'tigerdirect.com', 'groupon.com', 'woot.com',
  ],
  sports: [
    'espn.go.com', 'si.com', 'nfl.com', 'nba.com', 'mlb.com', 'nhl.com', 'cbssports.com',
    'foxsports.com', 'bleacherreport.com', 'yahoo-sports.com', 'golfdigest.com', 'pga.com',
    'nascar.com', 'ncaa.com', 'rivals.com', 'sportingnews.com', 'runnersworld.com', 'uefa.com',
    'fifa.com', 'mlssoccer.com', 'tennis.com', 'bicycling.com', 'fieldandstream.com',
  ],
  social: [
    'facebook.com', 'twitter.com', 'myspace.com', 'reddit.com', 'tumblr.com', 'pinterest.com',
    'flickr.com', 'instagram.com', 'digg.com', 'delicious.com', 'stumbleupon.com', 'meetup.com',
    'classmates.com', 'friendster.com', 'livejournal.com', 'blogger.com', 'wordpress.com',
    'youtube.com', 'vimeo.com', 'quora.com',
  ],
  tech: [
    'slashdot.org', 'arstechnica.com', 'wired.com', 'techcrunch.com', 'engadget.com', 'gizmodo.com',
    'cnet.com', 'zdnet.com', 'theverge.com', 'anandtech.com', 'tomshardware.com', 'stackoverflow.com',
    'github.com', 'sourceforge.net', 'microsoft.com', 'apple.com', 'dell.com', 'hp.com',
    'lenovo.com', 'intel.com', 'pcworld.com', 'macworld.com', 'informationweek.com', 'infoworld.com',
    'computerworld.com', 'techrepublic.com', 'mozilla.org', 'linux.com', 'ubuntu.com',
  ],
  reference: [
    'wikipedia.org', 'britannica.com', 'dictionary.com', 'merriam-webster.com', 'thesaurus.com',
    'about.com', 'answers.com', 'howstuffworks.com', 'wikihow.com', 'ehow.com', 'archive.org',
    'scholar.google.com', 'jstor.org', 'ieee.org', 'acm.org', 'nature.com', 'sciencedirect.com',
    'springer.com', 'mapquest.com', 'maps.google.com', 'weather.com', 'wunderground.com',
    'translate.google.com', 'loc.gov', 'census.gov',
  ],
  travel: [
    'expedia.com', 'travelocity.com', 'orbitz.com', 'kayak.com', 'priceline.com', 'tripadvisor.com',
    'hotels.com', 'booking.com', 'marriott.com', 'hilton.com', 'southwest.com', 'delta.com',
    'united.com', 'aa.com', 'usairways.com', 'jetblue.com', 'hertz.com', 'avis.com',
    'enterprise.com', 'lonelyplanet.com', 'frommers.com', 'amtrak.com', 'cheaptickets.com',
  ],
  finance: [
    'bankofamerica.com', 'chase.com', 'wellsfargo.com', 'citibank.com', 'usaa.com', 'pnc.com',
    'capitalone.com', 'fidelity.com', 'vanguard.com', 'schwab.com', 'etrade.com', 'ameritrade.com',
    'finance.yahoo.com', 'bloomberg.com', 'marketwatch.com', 'morningstar.com', 'fool.com',
    'cnbc.com', 'bankrate.com', 'mint.com', 'creditkarma.com', 'paypal.com', 'tsp.gov',
    'irs.gov', 'turbotax.intuit.com', 'hrblock.com',
  ],
  entertainment: [
    'imdb.com', 'netflix.com', 'hulu.com', 'rottentomatoes.com', 'people.com', 'tmz.com',
    'eonline.com', 'ew.com', 'rollingstone.com', 'billboard.com', 'pandora.com', 'last.fm',
    'fandango.com', 'ign.com', 'gamespot.com', 'kotaku.com', 'theonion.com', 'cracked.com',
    'collegehumor.com', 'funnyordie.com', 'xkcd.com', 'comics.com', 'variety.com',
  ],
  health: [
    'webmd.com', 'mayoclinic.com', 'medlineplus.gov', 'nih.gov', 'cdc.gov', 'healthline.com',
    'everydayhealth.com', 'prevention.com', 'menshealth.com', 'womenshealthmag.com',
    'drugs.com', 'rxlist.com', 'kidshealth.org', 'familydoctor.org', 'clevelandclinic.org',
    'weightwatchers.com', 'myfitnesspal.com', 'livestrong.com',
  ],
  food: [
    'allrecipes.com', 'foodnetwork.com', 'epicurious.com', 'cooks.com', 'yelp.com', 'zagat.com',
    'opentable.com', 'seriouseats.com', 'bonappetit.com', 'cookinglight.com', 'myrecipes.com',
    'tasteofhome.com', 'chow.com', 'grubhub.com', 'urbanspoon.com', 'marthastewart.com',
  ],
  government: [
    'usajobs.gov', 'opm.gov', 'gsa.gov', 'defense.gov', 'dhs.gov', 'state.gov', 'justice.gov',
    'fbi.gov', 'whitehouse.gov', 'congress.gov', 'senate.gov', 'house.gov', 'gao.gov',
    'regulations.gov', 'federalregister.gov', 'usa.gov', 'nist.gov', 'energy.gov', 'nasa.gov',
    'fedbizopps.gov', 'dtic.mil', 'army.mil', 'navy.mil', 'af.mil',
  ],
  jobs: [
    'monster.com', 'indeed.com', 'careerbuilder.com', 'linkedin.com/jobs', 'glassdoor.com',
    'simplyhired.com', 'dice.com', 'hotjobs.yahoo.com', 'craigslist.org/jobs', 'jobing.com',
    'theladders.com', 'snagajob.com', 'clearancejobs.com', 'clearedconnections.com',
    'careerjet.com', 'jobcentral.com', 'job.com', 'beyond.com', 'ziprecruiter.com',
    'idealist.org', 'vault.com', 'hired.com', 'resume.com', 'jobserve.com',
  ],
  cloud: [
    'dropbox.com', 'drive.google.com', 'box.com', 'mega.nz', 'wetransfer.com', 'onedrive.live.com',
    'mediafire.com', 'sendspace.com', 'rapidshare.com', 'megaupload.com', 'yousendit.com',
    'hightail.com', '4shared.com', 'zippyshare.com', 'filedropper.com', 'sugarsync.com',
    'spideroak.com', 'icloud.com', 'pcloud.com', 'mozy.com', 'carbonite.com', 'hotfile.com',
  ],
  leaks: [
    'wikileaks.org', 'cryptome.org', 'secure-drop-tips.org', 'leaksource.info', 'globaleaks.org',
    'openleaks.org', 'publeaks.nl', 'balkanleaks.eu', 'thepiratebay.org', 'pastebin.com',
    'anonymous-disclosures.net', 'whistleblower-tips.net', 'ddosecrets.com', 'leakdirectory.org',
  ],
  hacking: [
    'spectorsoft.com', 'refog.com', 'actualkeylogger.com', 'keylogger.org', 'spyrix.com',
    'ardamax.com', 'elitekeylogger.com', 'spytech-web.com', 'remotespy.com', 'mspy.com',
    'flexispy.com', 'hackforums.net', 'exploit-db.com', 'packetstormsecurity.com',
    'securityfocus.com', 'metasploit.com', 'sectools.org', 'darknet.org.uk', 'kitploit.com',
    'free-keylogger-download.net', 'best-spyware-reviews.com', 'hoverwatch.com',
  ],
  gambling: [
    'pokerstars.com', 'fulltiltpoker.com', 'partypoker.com', 'bovada.lv', 'bet365.com',
    'williamhill.com', 'betfair.com', 'sportsbook.ag', 'bodog.com', 'ladbrokes.com',
    '888casino.com', 'casino.com', 'jackpotcity.com', 'spinpalace.com', 'royalvegascasino.com',
    'draftkings.com', 'fanduel.com', 'betonline.ag', 'paddypower.com', 'unibet.com',
    'ultimatebet.com', 'absolutepoker.com', 'lottery.com',
  ],
};

/** Companies the organization deals with; also where competitors recruit. */
// prettier-ignore
export const BUSINESS_DOMAINS = [
  'lockheedmartin.com', 'raytheon.com', 'northropgrumman.com', 'boeing.com', 'gd.com', 'saic.com',
  'boozallen.com', 'leidos.com', 'harris.com', 'l-3com.com', 'bah.com', 'caci.com', 'mantech.com',
  'unisys.com', 'accenture.com', 'deloitte.com', 'ibm.com', 'oracle.com', 'cisco.com',
  'xerox.com', 'mitre.org', 'rand.org', 'baesystems.com', 'textron.com', 'ball.com',
  'jacobs.com', 'parsons.com', 'perspecta.com', 'dynamics-research.com', 'sra.com',
];

/** Personal webmail providers, including foreign ones (they matter to counter-intelligence). */
// prettier-ignore
export const WEBMAIL_DOMAINS = [
  'gmail.com', 'yahoo.com', 'hotmail.com', 'aol.com', 'comcast.net', 'msn.com', 'outlook.com',
  'verizon.net', 'att.net', 'cox.net', 'earthlink.net', 'live.com', 'mail.com', 'gmx.com',
  'yandex.ru', 'mail.ru', '163.com', 'qq.com', 'protonmail.com', 'juno.com', 'sbcglobal.net',
];
