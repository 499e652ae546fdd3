import { describe, expect, it } from 'vitest';
import { campaignToken } from './campaign-token.ts';

describe('campaignToken', () => {
  it('takes the code out of a pasted link, or the code itself', () => {
    const code = 'Ab3_dE5-fG7hJ9kL1mN2pQ4r';
    expect(campaignToken(`https://vigil.example/api/campaigns/engage/${code}?utm=1`)).toBe(code);
    expect(campaignToken(`  ${code} `)).toBe(code);
  });
  it('passes anything else through for the server to refuse with its own message', () => {
    expect(campaignToken('not a link')).toBe('not a link');
  });
});
