export { CohortEntity, CohortMentorEntity, CohortStatus } from './cohort.entity.js';
export { CohortRows } from './cohort-rows.js';
export * from './cohorts.errors.js';
export * from './cohorts.module.js';
export * from './cohorts.service.js';
export { EnrollmentEntity, EnrollmentStatus } from './enrollment.entity.js';
export { type EnrollmentPage, type EnrollmentPageKey, type EnrollmentPageRow, validatePageSize } from './enrollment-pages.js';
