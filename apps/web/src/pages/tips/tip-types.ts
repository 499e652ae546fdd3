/** The tip line as apps/server/src/routes/tips/schema.ts answers it. */
export const TIP_STATUSES = ['new', 'in_review', 'closed'] as const;
export type TipStatus = (typeof TIP_STATUSES)[number];

export interface TipMessage {
  author: 'tipster' | 'office';
  body: string;
  /** A day, not an instant: the server keeps no time of day that could help identify a tipster. */
  on: string;
}

export interface TipThread {
  status: TipStatus;
  submittedOn: string;
  messages: TipMessage[];
}

export interface TipOfficeView extends TipThread {
  id: string;
}

export interface TipListItem {
  id: string;
  status: TipStatus;
  submittedOn: string;
  messages: number;
}

export interface TipSubmitted {
  /** Shown once: the only key to the follow-up page. The server stores only its hash. */
  followUpCode: string;
  note: string;
}

/** Codes look like ABCD-EFGH-JKLM-NPQR-STUV; readers type them with spaces or in lower case. */
export function normalizeTipCode(input: string): string {
  const letters = input.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return letters.length === 20 ? letters.match(/.{4}/g)!.join('-') : input.trim().toUpperCase();
}
