import type { AppStore } from '@vigil/store';
export async function seedTrainingModules(_store: AppStore): Promise<void> {}
