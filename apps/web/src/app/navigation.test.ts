import { describe, expect, it } from 'vitest';
import { homeFor, navFor } from './navigation.ts';

const paths = (role: Parameters<typeof navFor>[0]) => navFor(role).map((item) => item.path);

describe('the menu by role', () => {
  it('offers no page whose API the role would be refused (apps/server/src/policies)', () => {
    // Tracing leaks is for officers and investigators (registryPolicy.trace).
    expect(paths('analyst')).not.toContain('/trace');
    expect(paths('investigator')).toContain('/trace');
    // Campaigns and training assignment are the security office's (campaignPolicy, trainingPolicy.assign).
    expect(paths('administrator')).not.toContain('/campaigns');
    expect(paths('security_officer')).toContain('/campaigns');
  });

  it('gives every role its own reports and training, and a home page it may open', () => {
    for (const role of [
      'employee',
      'security_officer',
      'analyst',
      'investigator',
      'administrator',
      'auditor',
    ] as const) {
      expect(paths(role)).toEqual(expect.arrayContaining(['/my/reports', '/my/training']));
      expect(paths(role)).toContain(homeFor(role));
    }
  });
});
