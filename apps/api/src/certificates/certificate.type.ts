import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type BatchState, CertificateStatus, type ListedCertificate } from '@sanggar/certificates';
import { DateTimeScalar } from '../graphql/scalars.js';

registerEnumType(CertificateStatus, { name: 'CertificateStatus' });

export enum BatchStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  FAILED = 'FAILED',
}
registerEnumType(BatchStatus, { name: 'BatchStatus' });

@ObjectType('Certificate')
export class CertificateType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: '12 characters, unguessable, printed on the PDF' })
  verificationCode: string;

  @Field(() => String)
  holderName: string;

  @Field(() => String)
  cohortName: string;

  @Field(() => String)
  curriculumTitle: string;

  @Field(() => String)
  hubName: string;

  @Field(() => Float)
  finalScore: number;

  @Field(() => Float)
  attendanceRate: number;

  @Field(() => DateTimeScalar)
  issuedAt: string;

  @Field(() => CertificateStatus)
  status: CertificateStatus;

  @Field(() => String, { description: 'GET returns application/pdf' })
  pdfUrl: string;

  @Field(() => String, { description: 'GET returns the signed Open Badges 3.0 credential (JSON)' })
  credentialUrl: string;

  @Field(() => String, { description: 'public human page, no login' })
  verifyUrl: string;
}

@ObjectType('CertificateBatch')
export class CertificateBatchType {
  @Field(() => ID)
  id: string;

  @Field(() => BatchStatus)
  status: BatchStatus;

  @Field(() => Int, { description: 'enrollments considered' })
  total: number;

  @Field(() => Int)
  issued: number;

  @Field(() => Int)
  ineligible: number;

  @Field(() => Int)
  failed: number;

  @Field(() => [String], { description: 'why jobs failed after their last retry (each reason once, at most 20), for the coordinator' })
  errors: string[];

  cohortId: string;
}

export const toBatchType = (batch: BatchState): CertificateBatchType => ({ ...batch, status: batch.status as BatchStatus });

@ObjectType('CertificateVerification', { description: 'Public: anyone may verify a code without logging in' })
export class CertificateVerificationType {
  @Field(() => Boolean, { description: 'exists, signature intact, not revoked or superseded' })
  valid: boolean;

  @Field(() => CertificateStatus, { nullable: true })
  status: CertificateStatus | null;

  @Field(() => String, { nullable: true })
  holderName: string | null;

  @Field(() => String, { nullable: true })
  curriculumTitle: string | null;

  @Field(() => String, { nullable: true })
  cohortName: string | null;

  @Field(() => String, { nullable: true })
  hubName: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  issuedAt: string | null;
}

export type CertificateUrls = { verify(code: string): string; pdf(code: string): string; credential(code: string): string };

export const toCertificateType = (
  certificate: ListedCertificate,
  urls: CertificateUrls,
  inZone: (instant: Date, timezone: string) => string,
): CertificateType => ({
  id: certificate.id,
  verificationCode: certificate.verificationCode,
  holderName: certificate.holderName,
  cohortName: certificate.cohortName,
  curriculumTitle: certificate.curriculumTitle,
  hubName: certificate.hubName,
  finalScore: certificate.finalScore,
  attendanceRate: certificate.attendanceRate,
  issuedAt: inZone(certificate.issuedAt, certificate.hubTimezone),
  status: certificate.status,
  pdfUrl: urls.pdf(certificate.verificationCode),
  credentialUrl: urls.credential(certificate.verificationCode),
  verifyUrl: urls.verify(certificate.verificationCode),
});
