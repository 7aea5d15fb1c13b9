export * from './calendar-feed.service.js';
export * from './calendar.module.js';
