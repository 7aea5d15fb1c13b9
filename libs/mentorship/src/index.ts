export * from './matching.js';
export { StartupEntity } from './mentorship.entities.js';
export * from './mentorship.errors.js';
export * from './mentorship.module.js';
export * from './mentorship.service.js';
export * from './office-hours.service.js';
export * from './office-hour-emails.handler.js';
