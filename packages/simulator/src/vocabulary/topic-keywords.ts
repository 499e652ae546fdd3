import type { WebTopic } from './web-domains.ts';

/**
 * Keyword pools for page, e-mail and file content. CERT content fields are bags of topic words;
 * detectors (e.g. LDA topic features) rely on those words matching the page or document topic,
 * so every pool is topical and no word contains a comma (fields are written unquoted).
 */
const words = (text: string): readonly string[] => text.trim().split(/\s+/);

export const WEB_KEYWORDS: Readonly<Record<WebTopic, readonly string[]>> = {
  news: words(`president congress senate election campaign vote policy economy report breaking
    story official minister government court ruling investigation police crisis war troops
    ceasefire summit treaty scandal statement spokesman press conference governor mayor city
    state budget deficit unemployment protest strike disaster earthquake flood storm hurricane
    wildfire rescue victims headline editorial opinion analysis correspondent world national`),
  shopping: words(`sale discount price cart checkout order shipping free deal coupon clearance
    bargain brand model review rating stock delivery return warranty size color shoes jacket
    laptop television camera phone appliance furniture sofa mattress kitchen grill garden tools
    gift holiday black friday rebate bundle accessories cable charger headphones watch toys`),
  sports: words(`game score team season playoff championship league coach player quarterback
    touchdown inning pitcher homerun basket rebound goal penalty match tournament round golf
    putt birdie race lap driver injury trade draft roster standings stadium fans ticket highlights
    overtime victory defeat rivalry conference division record rookie veteran contract`),
  social: words(`friend post photo album comment like share status update profile message wall
    group event invite follow follower tweet retweet video channel subscribe playlist blog
    story birthday party wedding vacation pictures family kids dog cat funny meme chat network
    community forum thread reply upvote tag mention`),
  tech: words(`software hardware processor memory storage driver update patch release version
    kernel linux windows server network router wireless bandwidth laptop tablet smartphone
    android iphone browser firefox chrome javascript database cloud virtualization security
    encryption firewall benchmark review specs gpu cpu motherboard ssd developer code compiler
    open source bug fix api framework`),
  reference: words(`definition meaning history encyclopedia article biography geography population
    capital language science physics chemistry biology mathematics theorem equation formula
    map directions weather forecast temperature translation dictionary synonym glossary
    citation journal paper abstract study research archive library catalog index census`),
  travel: words(`flight airline fare ticket hotel reservation booking itinerary airport departure
    arrival layover rental car resort beach cruise vacation package destination guide tour
    passport visa luggage baggage seat upgrade miles rewards check-in boarding gate terminal
    sightseeing museum review rates nights`),
  finance: words(`account balance statement transfer deposit withdrawal checking savings loan
    mortgage refinance rate interest credit card payment bill due minimum score report stock
    market shares dividend portfolio fund retirement ira 401k bond yield index dow nasdaq
    earnings quarter tax return refund deduction budget debt`),
  entertainment: words(`movie film trailer actor actress director box office premiere review
    rating series episode season finale celebrity gossip music album song concert tour band
    singer chart video game console release comedy drama horror thriller streaming awards
    oscar grammy emmy festival tickets showtimes`),
  health: words(`symptoms diagnosis treatment doctor hospital clinic medicine prescription dosage
    side effects allergy flu cold fever infection vaccine nutrition diet calories exercise
    fitness weight loss blood pressure cholesterol diabetes heart sleep stress anxiety
    depression therapy pregnancy pediatric insurance wellness`),
  food: words(`recipe ingredients cooking baking dinner lunch breakfast chicken beef pasta
    salad soup dessert cake cookies bread grill oven slow cooker vegetarian vegan restaurant
    menu reservation review chef cuisine italian mexican chinese thai sushi pizza burger
    coffee wine beer delivery takeout`),
  government: words(`agency federal regulation policy directive guidance memorandum program
    acquisition contract solicitation procurement grant compliance standard security clearance
    personnel benefits pay scale leave employee vacancy announcement appropriations oversight
    hearing testimony committee report audit inspector general defense homeland mission`),
  jobs: words(`job jobs career careers resume cv vacancy opening position hiring recruiter
    recruiting interview salary benefits apply application employer employment opportunity
    candidate offer relocation skills experience qualifications cover letter reference
    clearance full-time contract remote engineer analyst manager senior entry level search
    posting listing hire headhunter network`),
  cloud: words(`upload download share sharing folder file files sync backup storage space
    quota account login link public private transfer send receive archive zip gigabytes
    desktop client mobile app collaborate access invite team drive cloud secure encrypted
    preview version restore`),
  leaks: words(`leak leaks leaked documents classified secret cables disclosure whistleblower
    anonymous submit submission source sources dropbox secure tor encrypted release publish
    exposed files dump archive government corruption evidence journalist transparency
    confidential insider truth revealed memo internal`),
  hacking: words(`keylogger keystroke logger spyware monitor monitoring stealth invisible remote
    capture screenshot password passwords record recording hidden install download free trial
    trojan rootkit exploit payload backdoor surveillance spy employee computer activity logs
    undetectable email report track tracking hack crack`),
  gambling: words(`poker casino blackjack roulette slots jackpot bet betting odds wager sportsbook
    spread parlay bonus deposit payout cash table tournament holdem chips dealer win winnings
    lottery bingo craps baccarat bankroll stakes vegas online play real money free spins`),
};

/** Work vocabulary by department family, for e-mail bodies and document content. */
export const WORK_KEYWORDS: Readonly<Record<string, readonly string[]>> = {
  administration: words(`meeting schedule agenda minutes policy memo staff office facilities
    budget travel approval request form review deadline calendar training leave timesheet
    procedure guidance action item followup status update quarterly report`),
  research: words(`prototype design requirements specification test results analysis model
    simulation data experiment review milestone schedule integration subsystem interface
    performance evaluation sensor antenna signal radar algorithm architecture trade study`),
  engineering: words(`drawing schematic assembly component part tolerance revision change order
    manufacturing fabrication inspection quality defect rework supplier material test fixture
    integration qualification vibration thermal firmware software build release`),
  finance: words(`budget forecast invoice payment accounts payable receivable ledger audit
    variance cost estimate obligation expenditure fiscal year contract funding allocation
    reconciliation payroll reimbursement spreadsheet quarterly report`),
  legal: words(`contract agreement clause terms liability compliance regulation statute review
    counsel litigation claim settlement amendment license intellectual property nondisclosure
    export control itar memorandum opinion brief filing deadline`),
  intelligence: words(`assessment report analysis source collection target region threat
    indicator warning estimate briefing summary tasking requirement priority reporting
    dissemination program operation network activity pattern capability intent`),
  security: words(`clearance investigation badge access control visitor log incident report
    inspection compliance training awareness vulnerability patch firewall intrusion alert
    audit policy classification marking safeguard container facility`),
  it: words(`server workstation account password reset ticket helpdesk network switch router
    outage maintenance patch upgrade backup restore active directory group policy install
    license inventory migration email exchange firewall vpn`),
  sales: words(`customer proposal quote bid pricing opportunity pipeline forecast account contract
    renewal meeting presentation demo requirements deliverable schedule invoice territory
    partner competitor market brief`),
};

/** Words for the personal messages employees send to relatives and friends. */
export const PERSONAL_KEYWORDS = words(`dinner weekend kids school birthday party mom dad
  grandma visit vacation pictures photos love thanks call tonight tomorrow game church
  doctor appointment groceries pickup soccer practice holiday plans recipe dog house garden
  wedding anniversary miss you soon weather drive flight home`);

/** Words an alarming mass e-mail is made of (the disgruntled-admin scenario). */
export const ALARM_KEYWORDS = words(`attention everyone urgent layoffs management lied fraud
  corruption truth company failing fired unfair warning lawsuit investigation resign protest
  incompetent disgrace betrayed secrets exposed collapse bankrupt cover-up outrage`);
