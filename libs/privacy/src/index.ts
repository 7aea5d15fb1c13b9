export * from './privacy.module.js';
export * from './retention.service.js';
