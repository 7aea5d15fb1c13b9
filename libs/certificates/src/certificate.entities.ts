import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
  Unique,
} from 'typeorm';
import { HubEntity } from '@sanggar/hubs';

export enum CertificateStatus {
  VALID = 'VALID',
  REVOKED = 'REVOKED',
  SUPERSEDED = 'SUPERSEDED',
}

export enum BatchItemStatus {
  PENDING = 'PENDING',
  ISSUED = 'ISSUED',
  INELIGIBLE = 'INELIGIBLE',
  FAILED = 'FAILED',
}

/** One issuance run per cohort, created when the cohort completes. Its counters are derived from its items. */
@Entity('certificate_batch')
@Unique('certificate_batch_cohort_unique', ['cohortId'])
export class CertificateBatchEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cohortId: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One enrollment to consider in a batch: the state the reconciler re-derives work from when Redis loses it. */
@Entity('certificate_batch_item')
@Index('certificate_batch_item_pending', ['batchId'], { where: `"status" = 'PENDING'` })
@Check('certificate_batch_item_status_known', `"status" IN ('PENDING', 'ISSUED', 'INELIGIBLE', 'FAILED')`)
export class CertificateBatchItemEntity {
  @PrimaryColumn({ type: 'uuid' })
  batchId: string;

  @PrimaryColumn({ type: 'uuid' })
  enrollmentId: string;

  @Column({ type: 'varchar', length: 16, default: BatchItemStatus.PENDING })
  status: BatchItemStatus;

  /** Why the last attempt failed, for the coordinator (a type and a short reason, never internals). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  error: string | null;
}

/** The rows the `certificate_one_current_per_enrollment` index holds: an enrollment's current certificate. */
export const CURRENT_CERTIFICATE = `"status" <> 'SUPERSEDED'`;

/**
 * An issued certificate. Everything shown on it is copied here at issuance, so it stays verifiable
 * however the cohort, curriculum or accounts change later. Nothing is ever deleted.
 */
@Entity('certificate')
@Index('certificate_one_current_per_enrollment', ['enrollmentId'], { unique: true, where: CURRENT_CERTIFICATE })
@Index('certificate_holder', ['holderId'])
@Index('certificate_status_index', ['hubId', 'statusIndex'], { unique: true })
@Check('certificate_status_known', `"status" IN ('VALID', 'REVOKED', 'SUPERSEDED')`)
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32, unique: true })
  verificationCode: string;

  @Column({ type: 'varchar', length: 16, default: CertificateStatus.VALID })
  status: CertificateStatus;

  @Column({ type: 'uuid' })
  enrollmentId: string;

  @Column({ type: 'uuid' })
  holderId: string;

  @Column({ type: 'varchar', length: 200 })
  holderName: string;

  @Column({ type: 'uuid' })
  hubId: string;

  @Column({ type: 'varchar', length: 120 })
  hubName: string;

  @Column({ type: 'varchar', length: 120 })
  hubCity: string;

  @Column({ type: 'varchar', length: 64 })
  hubTimezone: string;

  @Column({ type: 'varchar', length: 200 })
  cohortName: string;

  @Column({ type: 'varchar', length: 200 })
  curriculumTitle: string;

  @Column({ type: 'int' })
  curriculumVersion: number;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'double precision' })
  finalScore: number;

  @Column({ type: 'double precision' })
  attendanceRate: number;

  @Column({ type: 'timestamptz' })
  issuedAt: Date;

  /** The signed Open Badges 3.0 credential, exactly as issued. */
  @Column({ type: 'jsonb' })
  credential: object;

  /** Kept for the hub, never shown publicly. */
  @Column({ type: 'varchar', length: 500, nullable: true })
  revokedReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  supersededBy: string | null;

  /** Its bit in the hub's revocation status list (null for certificates issued before there was one). */
  @Column({ type: 'int', nullable: true })
  statusIndex: number | null;
}

/**
 * A hub's revocation list (W3C Bitstring Status List): the next free bit, and the signed list
 * credential as last built from the certificates' statuses.
 */
@Entity('status_list')
export class StatusListEntity {
  @PrimaryColumn({ type: 'uuid' })
  hubId: string;

  @ManyToOne(() => HubEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hub_id' })
  hub: Relation<HubEntity>;

  @Column({ type: 'int', default: 0 })
  nextIndex: number;

  @Column({ type: 'jsonb', nullable: true })
  credential: object | null;
}

/**
 * A certificate's PDF as last drawn, with the key of what it shows: drawing one costs ~50 ms of CPU, so
 * the worker draws it once at issuance and downloads (one, or a cohort's ZIP) read it back.
 */
@Entity('certificate_pdf')
export class CertificatePdfEntity {
  @PrimaryColumn({ type: 'uuid' })
  certificateId: string;

  @OneToOne(() => CertificateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'certificate_id' })
  certificate: Relation<CertificateEntity>;

  /** sha256 of the drawing's layout and content: a changed PUBLIC_URL (the QR code) or layout draws it again. */
  @Column({ type: 'varchar', length: 64 })
  contentKey: string;

  @Column({ type: 'bytea' })
  content: Buffer;
}

/** What a certificate is listed with (a roster's column): all but the signed credential, kilobytes each. */
export const LISTED_CERTIFICATE_PROPERTIES = [
  'id',
  'enrollmentId',
  'verificationCode',
  'status',
  'holderName',
  'hubName',
  'hubTimezone',
  'cohortName',
  'curriculumTitle',
  'finalScore',
  'attendanceRate',
  'issuedAt',
] as const satisfies readonly (keyof CertificateEntity)[];

export type ListedCertificate = Pick<CertificateEntity, (typeof LISTED_CERTIFICATE_PROPERTIES)[number]>;
