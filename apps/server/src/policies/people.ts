/**
 * The staff directory behind the person pickers: a name and a department for an account id,
 * found by part of a name. Security officers are the ones who choose people (need-to-know grants,
 * distributions, training, simulated approaches), so only they may search it. Analysts and
 * investigators work on pseudonyms and choose no one by name; a directory in their hands would
 * only help put names to pseudonyms. Each search is audited, since it reads personal data.
 */
export const peoplePolicy = {
  search: ['security_officer'],
} as const;
