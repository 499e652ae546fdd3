/** Training as apps/server/src/routes/training/schema.ts answers it. */
export interface TrainingModuleSummary {
  id: string;
  title: string;
  topic: string;
}

export interface TrainingModule extends TrainingModuleSummary {
  lessons: Array<{ title: string; text: string }>;
  quiz: Array<{ question: string; options: string[] }>;
}

export interface TrainingAssignment {
  id: string;
  moduleId: string;
  accountId: string;
  assignedAt: string;
  dueOn: string;
  completedAt: string | null;
  /** Share of quiz answers right, 0–1. */
  score: number | null;
  overdue: boolean;
  /** The person's name: only on the officers' overdue list. */
  accountName?: string;
}

export interface TrainingCompletion extends TrainingAssignment {
  passed: boolean;
  correct: number;
  questions: number;
}
