import type { AppStore } from '@vigil/store';

export interface QuizQuestion {
  question: string;
  options: string[];
  /** Index of the right option; never sent to trainees. */
  answer: number;
}

export interface TrainingModule {
  id: string;
  title: string;
  topic: string;
  lessons: Array<{ title: string; text: string }>;
  quiz: QuizQuestion[];
}

/**
 * The standard awareness curriculum, one module per way people are recruited or leak: the
 * approaches counter-intelligence services report most (personal relationships, money,
 * online recruitment, family and friends) and the duty to report them.
 */
export const TRAINING_CATALOG: readonly TrainingModule[] = [
  {
    id: 'honey-traps-and-coercion',
    title: 'Honey traps and coercion',
    topic: 'relationships',
    lessons: [
      {
        title: 'How a romantic approach is built',
        text: 'An intelligence officer seldom asks for secrets at first. The relationship starts with flattery and shared interests, moves to small favours, and only later to requests, when refusing feels costly.',
      },
      {
        title: 'From relationship to leverage',
        text: 'Compromising photographs, debts or a hidden relationship become leverage. The way out is to report early: the office has seen this before, and early reports protect you.',
      },
    ],
    quiz: [
      {
        question: 'A new acquaintance met abroad keeps asking about your work. What do you do?',
        options: [
          'Change the subject and forget it',
          'Report the contact to the security office',
          'Answer vaguely to stay polite',
        ],
        answer: 1,
      },
      {
        question: 'Someone threatens to expose a private matter unless you help them. What now?',
        options: ['Report it immediately', 'Pay them to go away', 'Give them something harmless'],
        answer: 0,
      },
      {
        question: 'When is the best time to report a suspicious relationship?',
        options: ['Once you are sure', 'As early as possible', 'Only if asked for documents'],
        answer: 1,
      },
    ],
  },
  {
    id: 'money-and-gifts',
    title: 'Money and gifts',
    topic: 'money',
    lessons: [
      {
        title: 'Why money matters',
        text: 'Financial distress is among the most common motives in espionage cases. Offers of consulting fees, loans or gifts create obligation.',
      },
      {
        title: 'Declaring and asking for help',
        text: 'Declare debts, garnishment or sudden wealth. The office can help with distress before someone else offers to.',
      },
    ],
    quiz: [
      {
        question: 'A foreign company offers a well-paid "consulting" chat about your field. You…',
        options: [
          'Accept if it is after hours',
          'Report the offer before answering',
          'Accept but say nothing classified',
        ],
        answer: 1,
      },
      {
        question: 'Must a wage garnishment be declared?',
        options: ['Yes', 'No', 'Only above a large amount'],
        answer: 0,
      },
      {
        question: 'A valuable gift from a foreign contact should be…',
        options: ['Kept if personal', 'Declared to the security office', 'Given to a colleague'],
        answer: 1,
      },
    ],
  },
  {
    id: 'online-recruitment',
    title: 'Recruitment on social media and professional networks',
    topic: 'online',
    lessons: [
      {
        title: 'Fake recruiters and think tanks',
        text: 'Profiles of recruiters, researchers or journalists invite you to paid reports, conferences or interviews. Requests start public and grow more specific.',
      },
      {
        title: 'What your profile gives away',
        text: 'Job titles, clearances and projects on a public profile tell an adversary whom to approach. Keep them general.',
      },
    ],
    quiz: [
      {
        question:
          'A recruiter you do not know offers a paid white paper on your project area. You…',
        options: ['Write it from public sources', 'Report the approach', 'Ask for more money'],
        answer: 1,
      },
      {
        question: 'Should your clearance level appear on a public profile?',
        options: ['No', 'Yes, it helps your career', 'Only on professional networks'],
        answer: 0,
      },
      {
        question: 'An approach moving from public to specific questions is…',
        options: ['Normal networking', 'A recruitment pattern to report', 'Harmless if polite'],
        answer: 1,
      },
    ],
  },
  {
    id: 'family-and-friends',
    title: 'Leaks through family and friends',
    topic: 'family',
    lessons: [
      {
        title: 'Ordinary conversations',
        text: 'Most leaks are not espionage: details shared at home, in messages to relatives, or in photos. Relatives abroad can be approached or pressured.',
      },
      {
        title: 'Declaring relatives abroad',
        text: 'Declare family members abroad. It lets the office recognise pressure on them as pressure on you.',
      },
    ],
    quiz: [
      {
        question: 'Sending a work document to a relative for printing is…',
        options: [
          'Fine if trusted',
          'A reportable security breach',
          'Fine for unclassified drafts only',
        ],
        answer: 1,
      },
      {
        question: 'A relative abroad is questioned about your job. You…',
        options: ['Report it', 'Tell them to say nothing', 'Ignore it'],
        answer: 0,
      },
      {
        question: 'Must family members abroad be declared?',
        options: ['Yes', 'No', 'Only parents'],
        answer: 0,
      },
    ],
  },
  {
    id: 'reporting-duties',
    title: 'Your reporting duties',
    topic: 'reporting',
    lessons: [
      {
        title: 'What to report',
        text: 'Foreign travel before you go and a debrief after; foreign contacts; relatives abroad; financial changes; any approach, request for information or suspicious message.',
      },
      {
        title: 'How to report',
        text: 'Use the reporting forms, or the anonymous channel if you prefer. Reporting a simulated approach counts too: it is how we measure readiness.',
      },
    ],
    quiz: [
      {
        question: 'When do you register foreign travel?',
        options: ['Before departure', 'After return', 'Only for long trips'],
        answer: 0,
      },
      {
        question: 'A suspicious e-mail asks for project details. You…',
        options: ['Delete it', 'Report it to the security office', 'Reply asking who they are'],
        answer: 1,
      },
      {
        question: 'Can you report anonymously?',
        options: ['Yes, through the tip channel', 'No', 'Only with a manager'],
        answer: 0,
      },
    ],
  },
];

/** Installs the catalog; existing modules are left as edited by the office. */
export async function seedTrainingModules(store: AppStore): Promise<void> {
  await store.db
    .insertInto('training_modules')
    .values(
      TRAINING_CATALOG.map((m) => ({
        id: m.id,
        title: m.title,
        topic: m.topic,
        lessons: JSON.stringify(m.lessons),
        quiz: JSON.stringify(m.quiz),
      })),
    )
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}
