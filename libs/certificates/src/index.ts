export * from './certificate-jobs.js';
export * from './certificate-pdf.js';
export * from './certificate-pdfs.js';
export {
  BatchItemStatus,
  CertificateBatchEntity,
  CertificateEntity,
  CertificateStatus,
  type ListedCertificate,
} from './certificate.entities.js';
export * from './certificates.errors.js';
export * from './certificates.module.js';
export * from './certificate-links.js';
export * from './certificates.service.js';
export * from './issuance.service.js';
export { VERIFICATION_CODE } from './verification-code.js';
export * from './open-badges.js';
export * from './status-lists.js';
