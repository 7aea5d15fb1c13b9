export * from './certificate-jobs.js';
export * from './certificate-pdf.js';
export { BatchItemStatus, CertificateBatchEntity, CertificateEntity, CertificateStatus } from './certificate.entities.js';
export * from './certificates.errors.js';
export * from './certificates.module.js';
export * from './certificates.service.js';
export * from './open-badges.js';
