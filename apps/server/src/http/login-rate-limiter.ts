/**
 * Sliding one-minute window of login attempts per client address, in memory only: it throttles
 * password spraying across accounts (which per-account lockout cannot see) without writing
 * addresses to disk.
 */
export class LoginRateLimiter {
  private readonly attempts = new Map<string, number[]>();

  constructor(private readonly perMinute: number) {}

  /** Records an attempt; false when the client is over its budget. */
  allow(client: string, now = Date.now()): boolean {
    const recent = (this.attempts.get(client) ?? []).filter((t) => now - t < 60_000);
    if (recent.length >= this.perMinute) {
      this.attempts.set(client, recent);
      return false;
    }
    recent.push(now);
    this.attempts.set(client, recent);
    if (this.attempts.size > 10_000) this.prune(now);
    return true;
  }

  private prune(now: number): void {
    for (const [client, times] of this.attempts)
      if (times.every((t) => now - t >= 60_000)) this.attempts.delete(client);
  }
}
