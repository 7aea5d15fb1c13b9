import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What was done to a person's data; each successful action leaves exactly one entry. */
export enum AuditAction {
  DATA_EXPORT_REQUESTED = 'DATA_EXPORT_REQUESTED',
  DATA_EXPORT_DOWNLOADED = 'DATA_EXPORT_DOWNLOADED',
  PERSON_ERASED = 'PERSON_ERASED',
  PROFILE_CORRECTED = 'PROFILE_CORRECTED',
  NAME_CORRECTED = 'NAME_CORRECTED',
  CERTIFICATE_REISSUED = 'CERTIFICATE_REISSUED',
  PERSON_DEACTIVATED = 'PERSON_DEACTIVATED',
  PERSON_REACTIVATED = 'PERSON_REACTIVATED',
  COHORT_REPORT_DOWNLOADED = 'COHORT_REPORT_DOWNLOADED',
  COHORT_CERTIFICATES_DOWNLOADED = 'COHORT_CERTIFICATES_DOWNLOADED',
  MEMBERS_LISTED = 'MEMBERS_LISTED',
  GUARDIAN_CONSENT_RECORDED = 'GUARDIAN_CONSENT_RECORDED',
}

/** Why a person was erased: a closed list, so the log never holds free text about anyone. */
export enum ErasureReason {
  HOLDER_REQUEST = 'HOLDER_REQUEST',
  GUARDIAN_REQUEST = 'GUARDIAN_REQUEST',
  DUPLICATE_ACCOUNT = 'DUPLICATE_ACCOUNT',
  ACCOUNT_CREATED_IN_ERROR = 'ACCOUNT_CREATED_IN_ERROR',
}

const sqlList = (values: object) =>
  Object.values(values)
    .map((value) => `'${value}'`)
    .join(', ');

/**
 * Who did what to whose data, and when — ids, a count and a reason code, never the personal data
 * itself (UU PDP Art. 46: a breach is reported knowing who accessed what). No foreign keys: the log
 * outlives what it points at. Kept two years (RETENTION_AUDIT_DAYS).
 */
@Entity('audit_entry')
@Index('audit_entry_subject_at', ['subjectId', 'at'])
@Index('audit_entry_actor_at', ['actorId', 'at'])
@Index('audit_entry_at', ['at'])
@Check('audit_entry_action_known', `"action" IN (${sqlList(AuditAction)})`)
@Check('audit_entry_reason_known', `"reason" IN (${sqlList(ErasureReason)})`)
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** Null for what the system did on its own. */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40 })
  action: AuditAction;

  /** The person whose data it was; null for a list of many people (then `count`). */
  @Column({ type: 'uuid', nullable: true })
  subjectId: string | null;

  @Column({ type: 'uuid', nullable: true })
  hubId: string | null;

  @Column({ type: 'uuid', nullable: true })
  cohortId: string | null;

  /** How many people's records a list or report held. */
  @Column({ type: 'int', nullable: true })
  count: number | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  reason: ErasureReason | null;
}
