import { describe, expect, it } from 'vitest';
import { ROLES } from '@vigil/server';
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
    // The server's list, so a role added there is checked here too.
    for (const role of ROLES) {
      expect(paths(role)).toEqual(expect.arrayContaining(['/my/reports', '/my/training']));
      expect(paths(role)).toContain(homeFor(role));
    }
  });
});
