import { describe, expect, it } from 'vitest';
import { courseTitle } from './course-title.ts';

const catalog = {
  state: 'ready' as const,
  data: { modules: [{ id: 'mod-usb', title: 'Removable media', topic: 'media' }] },
};

describe('courseTitle', () => {
  it('gives the title once the catalogue is in, and never the id in its place', () => {
    expect(courseTitle(catalog, 'mod-usb')).toEqual({ state: 'ready', title: 'Removable media' });
    expect(courseTitle({ state: 'loading' }, 'mod-usb')).toEqual({ state: 'loading' });
    expect(courseTitle({ state: 'error', error: new Error('down') }, 'mod-usb')).toEqual({
      state: 'error',
    });
    expect(courseTitle(catalog, 'mod-gone'), 'a course withdrawn after assignment').toEqual({
      state: 'retired',
    });
  });
});
