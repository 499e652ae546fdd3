import { describe, expect, it } from 'vitest';
import { isCalendarDate, isIsoTimestamp } from './iso-time.ts';

describe('isCalendarDate', () => {
  it('takes days that exist, leap days included', () => {
    for (const day of ['2010-01-04', '2012-02-29', '2000-02-29', '2010-12-31'])
      expect(isCalendarDate(day), day).toBe(true);
  });
  it('refuses days that do not exist and other shapes', () => {
    for (const day of [
      '2010-02-30',
      '2010-02-29',
      '1900-02-29',
      '2010-13-01',
      '2010-00-10',
      '2010-04-31',
      '2010-1-4',
      '20100104',
      '',
    ])
      expect(isCalendarDate(day), day).toBe(false);
  });
});

describe('isIsoTimestamp', () => {
  it('takes the ISO 8601 forms the stores read', () => {
    for (const ts of [
      '2010-01-04T07:00:00Z',
      '2010-01-04T07:00:00.123456Z',
      '2010-01-04T07:00:00+02:00',
      '2010-01-04T07:00:00-0530',
      '2010-01-04T07:00+02',
      '2010-01-04 07:00:00',
      '2010-01-04',
    ])
      expect(isIsoTimestamp(ts), ts).toBe(true);
  });
  it('refuses what Date.parse would wrongly accept', () => {
    for (const ts of [
      '2010-02-30T07:00:00Z',
      '1',
      'March 3, 2010',
      'Tue Jan 05 2010',
      '2010-01-04T24:00:00',
      '2010-01-04T07:60:00',
      '2010-01-04T07:00:60Z',
      'yesterday',
    ])
      expect(isIsoTimestamp(ts), ts).toBe(false);
  });
});
