import { SECONDS_PER_DAY, clock } from '../calendar/sim-calendar.ts';

/** `HH:MM:SS` for every second of the day as ASCII bytes (8 per second), for the row writer. */
export const CLOCK_BYTES: Uint8Array = (() => {
  const bytes = new Uint8Array(SECONDS_PER_DAY * 8);
  for (let s = 0; s < SECONDS_PER_DAY; s++) {
    const text = clock(s);
    for (let i = 0; i < 8; i++) bytes[s * 8 + i] = text.charCodeAt(i);
  }
  return bytes;
})();
