import type { LogKind } from '@vigil/core';
import type { Incident } from './incident.ts';
import type { Release } from './release.ts';
import { RecordArena } from './record-arena.ts';

export interface Attachment {
  path: string;
  size: number;
}

export type FileActivity = 'File Open' | 'File Write' | 'File Copy' | 'File Delete';
export type WebActivity = 'WWW Visit' | 'WWW Download' | 'WWW Upload';

/** Content as text, or as pre-encoded ASCII pieces joined with single spaces (no string built). */
export type Content = string | readonly Uint8Array[];

const COMMA = 0x2c;
const SEMICOLON = 0x3b;
const SPACE = 0x20;

/**
 * One day's events per log, formatted for the release as they are added: each row after
 * `id,date,` is written field by field into the log's arena. Generators (benign behaviour and
 * scenarios) only call these methods, so the release layout lives in one place. In r4.2 some
 * facts have no column: file.csv only holds copies to removable media and e-mail has no View
 * rows; those calls return false and write nothing. No field may contain a comma.
 */
export class DayLog {
  /** Per log, the rows after `id,date,`. */
  readonly records: Record<LogKind, RecordArena> = {
    logon: new RecordArena(),
    device: new RecordArena(),
    file: new RecordArena(),
    email: new RecordArena(),
    http: new RecordArena(),
  };
  private readonly r6: boolean;

  constructor(release: Release) {
    this.r6 = release === 'r6.2';
  }

  clear(): void {
    for (const arena of Object.values(this.records)) arena.clear();
  }

  logon(
    t: number,
    user: string,
    pc: string,
    activity: 'Logon' | 'Logoff',
    incident?: Incident,
  ): boolean {
    const a = this.records.logon;
    a.begin(t, incident);
    userPc(a, user, pc);
    a.text(activity);
    a.end();
    return true;
  }

  device(
    t: number,
    user: string,
    pc: string,
    activity: 'Connect' | 'Disconnect',
    fileTree: string,
    incident?: Incident,
  ): boolean {
    const a = this.records.device;
    a.begin(t, incident);
    userPc(a, user, pc);
    if (this.r6) {
      if (activity === 'Connect') a.text(fileTree);
      a.byte(COMMA);
    }
    a.text(activity);
    a.end();
    return true;
  }

  file(
    t: number,
    user: string,
    pc: string,
    filename: string,
    activity: FileActivity,
    toRemovable: boolean,
    fromRemovable: boolean,
    content: Content,
    incident?: Incident,
  ): boolean {
    if (!this.r6 && (activity !== 'File Copy' || !toRemovable)) return false;
    const a = this.records.file;
    a.begin(t, incident);
    userPc(a, user, pc);
    a.text(filename);
    a.byte(COMMA);
    if (this.r6) {
      a.text(activity);
      a.text(toRemovable ? ',True,' : ',False,');
      a.text(fromRemovable ? 'True,' : 'False,');
    }
    writeContent(a, content);
    a.end();
    return true;
  }

  email(
    t: number,
    user: string,
    pc: string,
    to: readonly string[],
    cc: readonly string[],
    bcc: readonly string[],
    from: string,
    activity: 'Send' | 'View',
    size: number,
    attachments: readonly Attachment[],
    content: Content,
    incident?: Incident,
  ): boolean {
    if (!this.r6 && activity !== 'Send') return false;
    const a = this.records.email;
    a.begin(t, incident);
    userPc(a, user, pc);
    list(a, to);
    a.byte(COMMA);
    list(a, cc);
    a.byte(COMMA);
    list(a, bcc);
    a.byte(COMMA);
    a.text(from);
    a.byte(COMMA);
    if (this.r6) {
      a.text(activity);
      a.byte(COMMA);
    }
    a.text(String(size));
    a.byte(COMMA);
    if (this.r6) {
      for (let i = 0; i < attachments.length; i++) {
        const item = attachments[i] as Attachment;
        if (i > 0) a.byte(SEMICOLON);
        a.text(item.path);
        a.text(`(${item.size})`);
      }
    } else {
      a.text(String(attachments.length));
    }
    a.byte(COMMA);
    writeContent(a, content);
    a.end();
    return true;
  }

  http(
    t: number,
    user: string,
    pc: string,
    url: string,
    activity: WebActivity,
    content: Content,
    incident?: Incident,
  ): boolean {
    const a = this.records.http;
    a.begin(t, incident);
    userPc(a, user, pc);
    a.text(url);
    a.byte(COMMA);
    if (this.r6) {
      a.text(activity);
      a.byte(COMMA);
    }
    writeContent(a, content);
    a.end();
    return true;
  }
}

function userPc(a: RecordArena, user: string, pc: string): void {
  a.text(user);
  a.byte(COMMA);
  a.text(pc);
  a.byte(COMMA);
}

function list(a: RecordArena, items: readonly string[]): void {
  for (let i = 0; i < items.length; i++) {
    if (i > 0) a.byte(SEMICOLON);
    a.text(items[i] as string);
  }
}

function writeContent(a: RecordArena, content: Content): void {
  if (typeof content === 'string') {
    a.text(content);
    return;
  }
  for (let i = 0; i < content.length; i++) {
    if (i > 0) a.byte(SPACE);
    a.raw(content[i] as Uint8Array);
  }
}
