import { departmentsOf } from '../../directory/departments.ts';
import { lookupPeople } from '../../directory/lookup-people.ts';
import { defineRoute } from '../../http/define-route.ts';
import type { ServerContext } from '../../server-context.ts';
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

function searchByName(ctx: ServerContext, q: string, limit: number) {
  const pattern = containsPattern(q);
  if (!pattern) return Promise.resolve([]);
  return ctx.store.db
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
    .limit(limit)
    .execute();
}

export const searchPeople = defineRoute({
  method: 'get',
  path: '/api/people',
  summary: 'Find people by part of a name, or look up a list of ids or e-mail addresses',
  tag: 'people',
  access: peoplePolicy.search,
  query: peopleQuery,
  response: peopleList,
  async handle({ actor, query, ctx }) {
    const found = query.ids
      ? await lookupPeople(ctx.store, query.ids)
      : { accounts: await searchByName(ctx, query.q!, query.limit), notFound: null };
    const rows = found.accounts;
    const departments = await departmentsOf(
      ctx.events,
      rows.flatMap((r) => (r.person_id ? [r.person_id] : [])),
    );
    // Names and departments are personal data: the log says who looked up whom, and with what.
    await ctx.audit.append(
      query.ids
        ? {
            actor: actor.id,
            action: 'people.lookup',
            target: `ids:${query.ids.length}`,
            details: { ids: query.ids, accounts: rows.map((r) => r.id) },
          }
        : {
            actor: actor.id,
            action: 'people.search',
            target: `query:${query.q}`,
            details: { accounts: rows.map((r) => r.id) },
          },
    );
    return {
      people: rows.map((r) =>
        presentPerson(r, r.person_id ? (departments.get(r.person_id) ?? null) : null),
      ),
      ...(found.notFound ? { notFound: found.notFound } : {}),
    };
  },
});

export const peopleRoutes = [searchPeople];
