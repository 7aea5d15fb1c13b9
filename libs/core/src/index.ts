export * from './auth.js';
export * from './config.js';
export * from './config.module.js';
export * from './errors.js';
export * from './i18n.js';
export * from './startup.js';
export * from './batch.js';
export * from './clock.js';
