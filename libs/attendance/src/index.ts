export * from './attendance-rate.js';
export { AttendanceRecordEntity, type AttendanceRecordRow, AttendanceSource, AttendanceStatus } from './attendance-record.entity.js';
export * from './attendance.errors.js';
export * from './attendance.module.js';
export * from './attendance.service.js';
export * from './check-in.js';
export { MarkAbsentHandler } from './mark-absent.handler.js';
