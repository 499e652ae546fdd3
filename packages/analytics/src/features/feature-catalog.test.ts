import { describe, expect, it } from 'vitest';
import { BEHAVIOR_FEATURES, countedLabel } from './feature-catalog.ts';

describe('countedLabel', () => {
  it('reads the counted noun in the singular after a count of one', () => {
    expect(countedLabel('files copied to removable media', 1)).toBe(
      'file copied to removable media',
    );
    expect(countedLabel('distinct PCs used', 1)).toBe('distinct PC used');
    expect(countedLabel('e-mails to personal web-mail addresses', 1)).toBe(
      'e-mail to personal web-mail addresses',
    );
    expect(countedLabel('compartments accessed for the first time', 1)).toBe(
      'compartment accessed for the first time',
    );
  });

  it('skips possessives and words that end in a double s', () => {
    expect(
      countedLabel("the organization's registered documents mailed to the sender's own address", 1),
    ).toBe("the organization's registered document mailed to the sender's own address");
    expect(countedLabel('access attempts', 1)).toBe('access attempt');
  });

  it('leaves the plural for every other count', () => {
    for (const n of [0, 2, 1.5, 14])
      expect(countedLabel('files copied to removable media', n)).toBe(
        'files copied to removable media',
      );
  });

  it('finds a counted noun in every behavioral feature label', () => {
    for (const { label } of BEHAVIOR_FEATURES)
      expect(countedLabel(label, 1).length, label).toBe(label.length - 1);
  });
});
