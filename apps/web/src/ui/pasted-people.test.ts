import { describe, expect, it } from 'vitest';
import type { Person } from '../api/types.ts';
import { LOOKUP_CHUNK, pastedIdentifiers, resolvePeople } from './pasted-people.ts';

const ID_A = 'acct-0b6a9a51-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
const ID_B = 'acct-7f3e2d1c-0b9a-4876-9543-210fedcba987';

describe('pastedIdentifiers', () => {
  it('reads ids and e-mail addresses separated by commas, spaces or line breaks, each once', () => {
    expect(pastedIdentifiers(`${ID_A}, ${ID_B}\n jdoe@agency.test;${ID_A}`)).toEqual([
      ID_A,
      ID_B,
      'jdoe@agency.test',
    ]);
    expect(
      pastedIdentifiers('Jordan Doe <jdoe@agency.test>, "msmith@agency.test"'),
      'a "To" line copied from a mail',
    ).toEqual(['jdoe@agency.test', 'msmith@agency.test']);
    expect(pastedIdentifiers('jdoe\nmsmith'), 'a column of usernames').toEqual(['jdoe', 'msmith']);
  });

  it('leaves a name or a part of one to the search', () => {
    expect(pastedIdentifiers('Jordan Doe')).toBeNull();
    expect(pastedIdentifiers('jordan')).toBeNull();
    expect(pastedIdentifiers('  \n ')).toBeNull();
    expect(pastedIdentifiers(ID_A), 'one id is looked up exactly').toEqual([ID_A]);
  });
});

describe('resolvePeople', () => {
  it('asks in chunks, keeps each person once and collects those not found', async () => {
    // GIVEN a directory that knows every other identifier
    const asked: string[][] = [];
    const get = async <T>(path: string): Promise<T> => {
      const ids = new URLSearchParams(path.split('?')[1]).get('ids')!.split(',');
      asked.push(ids);
      const people: Person[] = ids
        .filter((_, i) => i % 2 === 0)
        .map((id) => ({ id: id === 'x-2' ? 'x-0' : id, displayName: id, department: null }));
      return { people, notFound: ids.filter((_, i) => i % 2 === 1) } as T;
    };
    const ids = Array.from({ length: LOOKUP_CHUNK + 5 }, (_, i) => `x-${i}`);
    const { people, notFound } = await resolvePeople(get, ids);
    // THEN two requests carried them all, and the answers are merged
    expect(asked.map((a) => a.length)).toEqual([LOOKUP_CHUNK, 5]);
    expect(people.filter((p) => p.id === 'x-0')).toHaveLength(1);
    expect(people).toHaveLength(Math.ceil((LOOKUP_CHUNK + 5) / 2) - 1);
    expect(notFound).toHaveLength(Math.floor((LOOKUP_CHUNK + 5) / 2));
  });
});
