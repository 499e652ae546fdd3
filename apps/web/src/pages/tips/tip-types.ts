/** A tip's conversation, as the tipster (by follow-up code) or the office (by id) reads it. */
export interface TipMessage {
  id: string;
  author: 'tipster' | 'office';
  body: string;
  createdOn: string;
}

export interface TipThread {
  id?: string;
  status: string;
  createdOn: string;
  messages: TipMessage[];
}

export interface TipFiled {
  /** Shown once: the only key to the follow-up page. The server stores only its hash. */
  code: string;
}
