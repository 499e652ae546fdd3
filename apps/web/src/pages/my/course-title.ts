import type { Loadable } from '../../api/use-api.ts';
import type { TrainingModuleSummary } from './training-types.ts';

export type CourseCatalog = Loadable<{ modules: TrainingModuleSummary[] }>;

/**
 * What a page can say of a course it knows only by id: its title once the catalogue is in,
 * and otherwise why not. A course id is never shown as if it were a title.
 */
export type CourseTitle =
  | { state: 'loading' }
  | { state: 'error' }
  | { state: 'ready'; title: string }
  /** The catalogue no longer lists the course (withdrawn after it was assigned). */
  | { state: 'retired' };

export function courseTitle(catalog: CourseCatalog, moduleId: string): CourseTitle {
  if (catalog.state !== 'ready') return { state: catalog.state };
  const course = catalog.data.modules.find((m) => m.id === moduleId);
  return course ? { state: 'ready', title: course.title } : { state: 'retired' };
}
