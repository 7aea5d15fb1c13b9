export { AssignmentEntity, RubricCriterionEntity, type RubricLevel } from './assignment.entity.js';
export * from './curricula.errors.js';
export * from './curricula.module.js';
export * from './curricula.service.js';
export { CurriculumModuleEntity } from './curriculum-module.entity.js';
export { CurriculumEntity, CurriculumStatus } from './curriculum.entity.js';
export { LessonEntity } from './lesson.entity.js';
export * from './curriculum-diff.js';
