import type { Classification } from '@vigil/core';
import type { Prng } from '../random/prng.ts';
import { DOCUMENT_STEMS, FILE_HEADERS } from '../vocabulary/organization-units.ts';
import { WORK_KEYWORDS } from '../vocabulary/topic-keywords.ts';
import type { Department, OrgDocument } from './types.ts';

const EXTENSIONS = ['docx', 'docx', 'xlsx', 'pptx', 'pdf', 'pdf', 'doc', 'xls', 'zip', 'txt'];

/**
 * Each department owns general documents (outside compartments, mostly unclassified) and
 * per-project documents in the project's compartment, a quarter to half of them SECRET or above.
 * That gives the need-to-know structure the espionage scenarios violate.
 */
export function buildDocumentCatalogue(rng: Prng, departments: Department[]): OrgDocument[] {
  const all: OrgDocument[] = [];
  let serial = 0;
  for (const dept of departments) {
    const words = WORK_KEYWORDS[dept.template.family] ?? WORK_KEYWORDS['administration'] ?? [];
    const make = (folder: string, classification: Classification, compartment: string) => {
      const ext = rng.pick(EXTENSIONS);
      const stem = rng.pick(DOCUMENT_STEMS);
      serial++;
      const path = `C:\\Shares\\${dept.template.short}\\${folder}\\${stem}-${1000 + serial}.${ext}`;
      let content = FILE_HEADERS[ext] ?? '';
      const count = rng.int(12, 40);
      for (let i = 0; i < count; i++) content += (content ? ' ' : '') + rng.pick(words);
      const doc: OrgDocument = {
        path,
        classification,
        compartment,
        department: dept,
        extension: ext,
        content,
        size: rng.int(8_000, 2_500_000),
      };
      dept.documents.push(doc);
      all.push(doc);
    };
    const general = 10 + Math.round(dept.members.length * 1.5);
    for (let i = 0; i < general; i++)
      make('General', rng.chance(0.7) ? 'UNCLASSIFIED' : 'CONFIDENTIAL', '');
    for (const project of dept.projects) {
      const count = 8 + Math.round(dept.members.length / 2);
      for (let i = 0; i < count; i++) {
        const r = rng.next();
        const classification: Classification =
          r < 0.2 ? 'UNCLASSIFIED' : r < 0.55 ? 'CONFIDENTIAL' : r < 0.87 ? 'SECRET' : 'TOP SECRET';
        make(
          project.code,
          classification,
          classification === 'UNCLASSIFIED' ? '' : project.compartment,
        );
      }
    }
  }
  return all;
}

/** Whether an employee has need-to-know: own department, and for compartmented material, a project in it. */
export function hasNeedToKnow(
  doc: OrgDocument,
  person: { department: Department; compartments: Set<string> },
): boolean {
  if (doc.compartment) return person.compartments.has(doc.compartment);
  return doc.department === person.department;
}
