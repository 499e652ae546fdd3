import { activityEventSchema, type ActivityEvent } from './activity-event.ts';

export type ParsedEventLine = { ok: true; event: ActivityEvent } | { ok: false; reason: string };

/**
 * One line of Vigil's JSON event format (a file line, a stream message), validated: the event,
 * or the reason it was rejected, naming every failing field, for the quarantine.
 */
export function parseEventLine(text: string): ParsedEventLine {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: `not valid JSON (${(error as Error).message})` };
  }
  const parsed = activityEventSchema.safeParse(json);
  if (parsed.success) return { ok: true, event: parsed.data };
  return {
    ok: false,
    reason: parsed.error.issues
      .map((i) => `field ${i.path.join('.') || 'kind'}: ${i.message}`)
      .join('; '),
  };
}
