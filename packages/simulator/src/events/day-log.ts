import type { LogKind } from '@vigil/core';
import type { Incident } from './incident.ts';
import type { Release } from './release.ts';

export interface LogRecord {
  /** Second of the day. */
  t: number;
  /** The row after `id,date,`: written verbatim. No field contains a comma. */
  tail: string;
  incident: Incident | undefined;
}

export interface Attachment {
  path: string;
  size: number;
}

export type FileActivity = 'File Open' | 'File Write' | 'File Copy' | 'File Delete';
export type WebActivity = 'WWW Visit' | 'WWW Download' | 'WWW Upload';

/**
 * One day's events per log, formatted for the release as they are added. Generators (benign
 * behaviour and scenarios) only call these methods, so the release layout lives in one place.
 * In r4.2 some facts have no column: file.csv only holds copies to removable media and e-mail
 * has no View rows; those calls return false and write nothing.
 */
export class DayLog {
  readonly records: Record<LogKind, LogRecord[]> = { logon: [], device: [], file: [], email: [], http: [] };
  private readonly r6: boolean;

  constructor(release: Release) {
    this.r6 = release === 'r6.2';
  }

  clear(): void {
    for (const list of Object.values(this.records)) list.length = 0;
  }

  logon(t: number, user: string, pc: string, activity: 'Logon' | 'Logoff', incident?: Incident): boolean {
    this.records.logon.push({ t, tail: `${user},${pc},${activity}`, incident });
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
    const tail = this.r6 ? `${user},${pc},${activity === 'Connect' ? fileTree : ''},${activity}` : `${user},${pc},${activity}`;
    this.records.device.push({ t, tail, incident });
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
    content: string,
    incident?: Incident,
  ): boolean {
    if (!this.r6) {
      if (activity !== 'File Copy' || !toRemovable) return false;
      this.records.file.push({ t, tail: `${user},${pc},${filename},${content}`, incident });
      return true;
    }
    const tail = `${user},${pc},${filename},${activity},${toRemovable ? 'True' : 'False'},${fromRemovable ? 'True' : 'False'},${content}`;
    this.records.file.push({ t, tail, incident });
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
    content: string,
    incident?: Incident,
  ): boolean {
    const head = `${user},${pc},${to.join(';')},${cc.join(';')},${bcc.join(';')},${from}`;
    if (!this.r6) {
      if (activity !== 'Send') return false;
      this.records.email.push({ t, tail: `${head},${size},${attachments.length},${content}`, incident });
      return true;
    }
    let list = '';
    for (const a of attachments) list += `${list ? ';' : ''}${a.path}(${a.size})`;
    this.records.email.push({ t, tail: `${head},${activity},${size},${list},${content}`, incident });
    return true;
  }

  http(t: number, user: string, pc: string, url: string, activity: WebActivity, content: string, incident?: Incident): boolean {
    const tail = this.r6 ? `${user},${pc},${url},${activity},${content}` : `${user},${pc},${url},${content}`;
    this.records.http.push({ t, tail, incident });
    return true;
  }
}
