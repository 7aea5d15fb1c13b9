export * from './data-exports.service.js';
export * from './erasure.service.js';
export * from './privacy.module.js';
export * from './retention.service.js';
