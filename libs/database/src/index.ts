export * from './migrate.js';
export * from './naming-strategy.js';
export * from './options.js';
export * from './postgres.js';
export * from './prepared.js';
export * from './sql-text.js';
export * from './timestamps.js';
