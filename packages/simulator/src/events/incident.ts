import type { LogKind } from '@vigil/core';
import type { Employee } from '../organization/types.ts';

export interface IncidentEvent {
  kind: LogKind;
  /** Seconds since the start of the run, for ordering. */
  at: number;
  /** The event's fields exactly as written to the log, starting with id and date. */
  fields: string[];
}

/**
 * One malicious insider's incident: the answer-key row and the list of malicious events. Events
 * are recorded by the log writer at the moment it assigns the id, so the key can only name
 * events that are really in the logs.
 */
export class Incident {
  readonly events: IncidentEvent[] = [];

  constructor(
    readonly scenario: number,
    readonly insider: Employee,
    /** Short human label, e.g. `leak-site upload`. */
    readonly label: string,
  ) {}

  record(kind: LogKind, at: number, fields: string[]): void {
    this.events.push({ kind, at, fields });
  }

  /** Events in time order (stable for equal times: the order they were written). */
  orderedEvents(): IncidentEvent[] {
    return this.events
      .map((e, i) => ({ e, i }))
      .sort((x, y) => x.e.at - y.e.at || x.i - y.i)
      .map((x) => x.e);
  }
}
