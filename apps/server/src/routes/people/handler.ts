import type { EventStore } from '@vigil/event-store';
import { defineRoute } from '../../http/define-route.ts';
import { peoplePolicy } from '../../policies/people.ts';
import { presentPerson } from '../../presenters/person.ts';
import { peopleList, peopleQuery } from './schema.ts';

/**
 * LIKE pattern for "contains", lower-cased (the column is lowered too, so the search ignores case
 * on SQLite and PostgreSQL alike). `%` and `\` are dropped rather than escaped: SQLite has no
 * default escape character, and `_` matching any one character only widens a search by a little.
 */
const containsPattern = (q: string) => {
  const cleaned = q.toLowerCase().replace(/[%\\]/g, '');
  return cleaned === '' ? null : `%${cleaned}%`;
};

/** Each staff id's department in the latest LDAP snapshot the analytics store holds. */
async function departmentsOf(
  events: EventStore | null,
  personIds: readonly string[],
): Promise<Map<string, string>> {
  if (!events || personIds.length === 0) return new Map();
  const rows = await events.all<{ user_id: string; department: string | null }>(
    `SELECT user_id, department FROM ldap WHERE user_id IN (${personIds.map((_, i) => `$${i + 1}`).join(', ')})
     QUALIFY row_number() OVER (PARTITION BY user_id ORDER BY month DESC) = 1`,
    [...personIds],
  );
  return new Map(rows.filter((r) => r.department).map((r) => [r.user_id, r.department!]));
}

export const searchPeople = defineRoute({
  method: 'get',
  path: '/api/people',
  summary: 'Find people by part of a name, for choosing recipients',
  tag: 'people',
  access: peoplePolicy.search,
  query: peopleQuery,
  response: peopleList,
  async handle({ actor, query, ctx }) {
    const pattern = containsPattern(query.q);
    const rows = pattern
      ? await ctx.store.db
          .selectFrom('accounts')
          .select(['id', 'display_name', 'person_id'])
          .where((eb) =>
            eb.or([
              eb(eb.fn('lower', ['display_name']), 'like', pattern),
              eb(eb.fn('lower', ['username']), 'like', pattern),
              eb(eb.fn('lower', ['id']), 'like', pattern),
            ]),
          )
          .orderBy('display_name')
          .orderBy('id')
          .limit(query.limit)
          .execute()
      : [];
    const departments = await departmentsOf(
      ctx.events,
      rows.flatMap((r) => (r.person_id ? [r.person_id] : [])),
    );
    // Names and departments are personal data: the log says who looked up whom, and with what.
    await ctx.audit.append({
      actor: actor.id,
      action: 'people.search',
      target: `query:${query.q}`,
      details: { accounts: rows.map((r) => r.id) },
    });
    return {
      people: rows.map((r) =>
        presentPerson(r, r.person_id ? (departments.get(r.person_id) ?? null) : null),
      ),
    };
  },
});

export const peopleRoutes = [searchPeople];
