export { CriterionScoreEntity, GradeEntity, LessonCompletionEntity, SubmissionEntity, SubmissionStatus } from './grading.entities.js';
export * from './grading.errors.js';
export * from './grading.module.js';
export * from './grading.service.js';
export * from './progress.js';
export * from './progress.service.js';
export * from './grading-digests.js';
