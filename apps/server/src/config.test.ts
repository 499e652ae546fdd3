import { describe, expect, it } from 'vitest';
import { isVigilError } from '@vigil/core';
import { loadConfig } from './config.ts';

describe('server configuration', () => {
  it('has safe defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8080,
      databaseUrl: undefined,
      secureCookies: false,
      scryptLog2N: 17,
      loginMaxFailures: 5,
    });
    expect(config.retentionDays.dismissed_alerts).toBe(365);
  });

  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadConfig({
        VIGIL_PORT: 'eighty',
        VIGIL_DATABASE_URL: 'mysql://x',
        VIGIL_PSEUDONYM_KEY: 'short',
        VIGIL_RETENTION: 'tips=-1,forever=3',
      });
    } catch (e) {
      error = e;
    }
    expect(isVigilError(error)).toBe(true);
    const message = (error as Error).message;
    expect(message).toMatch(/5 problem/);
    for (const variable of [
      'VIGIL_PORT',
      'VIGIL_DATABASE_URL',
      'VIGIL_PSEUDONYM_KEY',
      'VIGIL_RETENTION',
    ])
      expect(message).toContain(variable);
    expect(message).toMatch(/unknown record type "forever"/);
  });

  it('turns on Secure cookies behind an https public URL and reads a PostgreSQL URL', () => {
    const config = loadConfig({
      VIGIL_PUBLIC_URL: 'https://vigil.agency.gov',
      VIGIL_DATABASE_URL: 'postgres://u:p@db:5432/vigil',
    });
    expect(config.secureCookies).toBe(true);
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/vigil');
  });

  it('waits five minutes for PostgreSQL at start and bounds its statements and queries', () => {
    expect(loadConfig({})).toMatchObject({
      databaseStartupWaitSeconds: 300,
      databaseStatementTimeoutMs: 15_000,
      databaseQueryTimeoutMs: 20_000,
    });
    expect(
      loadConfig({
        VIGIL_DATABASE_STARTUP_WAIT_SECONDS: '0',
        VIGIL_DATABASE_STATEMENT_TIMEOUT_MS: '0',
        VIGIL_DATABASE_QUERY_TIMEOUT_MS: '0',
      }),
      '0 turns each off',
    ).toMatchObject({
      databaseStartupWaitSeconds: 0,
      databaseStatementTimeoutMs: 0,
      databaseQueryTimeoutMs: 0,
    });
  });

  it('refuses a query timeout that would cut in before the statement timeout', () => {
    expect(() =>
      loadConfig({
        VIGIL_DATABASE_STATEMENT_TIMEOUT_MS: '30000',
        VIGIL_DATABASE_QUERY_TIMEOUT_MS: '20000',
      }),
    ).toThrow(
      /VIGIL_DATABASE_QUERY_TIMEOUT_MS: must be larger than VIGIL_DATABASE_STATEMENT_TIMEOUT_MS/,
    );
    expect(() => loadConfig({ VIGIL_DATABASE_STARTUP_WAIT_SECONDS: '-1' })).toThrow(
      /VIGIL_DATABASE_STARTUP_WAIT_SECONDS: must be at least 0/,
    );
  });
});
