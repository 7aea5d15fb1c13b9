import { AuditAction, AuditService } from '@sanggar/audit';
import { randomInt, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, Not } from 'typeorm';
import { CohortsService, EnrollmentEntity, EnrollmentStatus } from '@sanggar/cohorts';
import { SchedulingService } from '@sanggar/scheduling';
import { type AuthUser, Clock, oneByKey } from '@sanggar/core';
import { PgError, pgCode, preparedRows } from '@sanggar/database';
import { ProgressService } from '@sanggar/grading';
import { JobName, OutboxService, jobIds } from '@sanggar/queue';
import {
  BatchItemStatus,
  CertificateBatchEntity,
  CertificateBatchItemEntity,
  CertificateEntity,
  CertificateStatus,
} from './certificate.entities.js';
import { CertificateErrors } from './certificates.errors.js';
import { CertificatesService } from './certificates.service.js';
import { CredentialsService } from './credentials.service.js';
import { StatusLists } from './status-lists.js';
import { CODE_ALPHABET, CODE_LENGTH } from './verification-code.js';

const newCode = () => Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');

export type BatchStatus = 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'FAILED';

interface BatchCounts {
  total: number;
  issued: number;
  ineligible: number;
  failed: number;
  errors: string[];
}

export interface BatchState extends BatchCounts {
  id: string;
  cohortId: string;
  status: BatchStatus;
}

interface Snapshot {
  holder_id: string;
  holder_name: string;
  holder_email: string;
  hub_id: string;
  hub_name: string;
  hub_city: string;
  hub_timezone: string;
  cohort_name: string;
  curriculum_id: string;
  curriculum_title: string;
  curriculum_description: string | null;
  curriculum_version: number;
  min_attendance_rate: number;
  min_final_score: number;
  starts_on: string;
  ends_on: string;
}

/**
 * Issuing certificates: completing a cohort opens a batch of issuance jobs; each job issues one
 * trainee's certificate if they are eligible, copying onto it everything it shows; a reissue
 * supersedes a certificate with a fresh one.
 */
@Injectable()
export class CertificateIssuance {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortsService,
    private readonly progress: ProgressService,
    private readonly outbox: OutboxService,
    private readonly credentials: CredentialsService,
    private readonly certificates: CertificatesService,
    private readonly scheduling: SchedulingService,
    private readonly statusLists: StatusLists,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /**
   * RUNNING -> COMPLETED (not before the start date), its sessions still to come cancelled (rooms and
   * mentors free again), and one batch of issuance jobs, all in one transaction (outbox). A second call,
   * even a simultaneous one, returns the same batch.
   */
  async completeCohort(user: AuthUser, cohortId: string): Promise<BatchState> {
    const cohort = await this.cohorts.managedCohort(user, cohortId);
    const existing = await this.dataSource.getRepository(CertificateBatchEntity).findOneBy({ cohortId: cohort.id });
    if (existing) return this.batchState(existing);
    try {
      const { batch, cancelled } = await this.dataSource.transaction(async (manager) => {
        await this.cohorts.markCompleted(manager, cohort.id);
        const cancelled = await this.scheduling.cancelSessionsToCome(manager, cohort.id);
        const created = await manager.save(CertificateBatchEntity, { cohortId: cohort.id });
        const enrolled = await manager.findBy(EnrollmentEntity, { cohortId: cohort.id, status: EnrollmentStatus.ENROLLED });
        if (enrolled.length > 0)
          await manager.insert(
            CertificateBatchItemEntity,
            enrolled.map((e) => ({ batchId: created.id, enrollmentId: e.id })),
          );
        for (const enrollment of enrolled) {
          await this.outbox.add(
            manager,
            { name: JobName.IssueCertificate, data: { batchId: created.id, enrollmentId: enrollment.id } },
            jobIds.issueCertificate(enrollment.id),
          );
        }
        return { batch: created, cancelled };
      });
      await this.scheduling.forgetAbsenceJobs(cancelled);
      return this.batchState(batch);
    } catch (error) {
      const raced = await this.dataSource.getRepository(CertificateBatchEntity).findOneBy({ cohortId: cohort.id });
      if (raced) return this.batchState(raced);
      throw error;
    }
  }
  /** Counters and status, derived from the items so they can never drift. */
  async batchState(batch: CertificateBatchEntity): Promise<BatchState> {
    const [state] = await this.batchesByCohortIds([batch.cohortId]);
    return state!;
  }

  /** The cohorts' batches (one at most each) with their counters, in one statement. */
  async batchesByCohortIds(ids: readonly string[]): Promise<(BatchState | undefined)[]> {
    const rows = await preparedRows<BatchCounts & { id: string; cohortId: string; pending: number }>(
      this.dataSource.manager,
      `SELECT b.id, b.cohort_id AS "cohortId", n.*
         FROM certificate_batch b
        CROSS JOIN LATERAL (
          SELECT count(*)::int AS total,
                 count(*) FILTER (WHERE i.status = $2)::int AS pending,
                 count(*) FILTER (WHERE i.status = $3)::int AS issued,
                 count(*) FILTER (WHERE i.status = $4)::int AS ineligible,
                 count(*) FILTER (WHERE i.status = $5)::int AS failed,
                 coalesce((array_agg(DISTINCT i.error) FILTER (WHERE i.status = $5))[1:20], '{}') AS errors
            FROM certificate_batch_item i WHERE i.batch_id = b.id) n
        WHERE b.cohort_id = ANY($1::uuid[])`,
      [[...ids], BatchItemStatus.PENDING, BatchItemStatus.ISSUED, BatchItemStatus.INELIGIBLE, BatchItemStatus.FAILED],
    );
    const states = rows.map(({ pending, ...counts }): BatchState => {
      const done = counts.issued + counts.ineligible + counts.failed;
      const status: BatchStatus = pending > 0 ? (done === 0 ? 'QUEUED' : 'RUNNING') : counts.failed > 0 ? 'FAILED' : 'COMPLETED';
      return { ...counts, status };
    });
    return oneByKey(ids, states, (state) => state.cohortId);
  }
  /**
   * The job: evaluates one enrollment and, if eligible, issues its certificate. Safe to run any
   * number of times: the item's status and a unique index allow one current certificate.
   */
  async issue(batchId: string, enrollmentId: string): Promise<void> {
    const items = this.dataSource.getRepository(CertificateBatchItemEntity);
    const item = await items.findOneBy({ batchId, enrollmentId });
    if (!item || item.status !== BatchItemStatus.PENDING) return;
    const [progress] = await this.progress.progressOf([enrollmentId]);
    if (!progress?.eligible) {
      await items.update({ batchId, enrollmentId, status: BatchItemStatus.PENDING }, { status: BatchItemStatus.INELIGIBLE });
      return;
    }
    const current = await this.dataSource
      .getRepository(CertificateEntity)
      .findOneBy({ enrollmentId, status: Not(CertificateStatus.SUPERSEDED) });
    if (current) {
      // A previous run issued it and stopped before marking the item: finish that run's work.
      await this.markIssued(this.dataSource.manager, batchId, enrollmentId, current.id);
      return;
    }
    const snapshot = await this.snapshot(enrollmentId);
    const certificate = await this.build(snapshot, enrollmentId, progress.finalScore, progress.attendanceRate);
    try {
      await this.dataSource.transaction(async (manager) => {
        await manager.insert(CertificateEntity, certificate);
        await manager.update(EnrollmentEntity, { id: enrollmentId }, { status: EnrollmentStatus.COMPLETED });
        await this.markIssued(manager, batchId, enrollmentId, certificate.id!);
      });
    } catch (error) {
      if (pgCode(error) !== PgError.UniqueViolation) throw error;
      // Another run of the same job won the race; its certificate stands.
    }
  }
  /** Records a job that failed its last retry, with a reason the coordinator can read. */
  async markFailed(batchId: string, enrollmentId: string, error: Error): Promise<void> {
    await this.dataSource
      .getRepository(CertificateBatchItemEntity)
      .update(
        { batchId, enrollmentId, status: BatchItemStatus.PENDING },
        { status: BatchItemStatus.FAILED, error: `${error.constructor.name}: ${error.message}`.slice(0, 300) },
      );
  }
  private async markIssued(manager: EntityManager, batchId: string, enrollmentId: string, certificateId: string): Promise<void> {
    await manager.update(CertificateBatchItemEntity, { batchId, enrollmentId }, { status: BatchItemStatus.ISSUED });
    await this.outbox.add(manager, { name: JobName.SendCertificateEmail, data: { certificateId } }, jobIds.certificateEmail(certificateId));
  }
  /** A new certificate for the same achievement (e.g. after a name correction); the old one becomes SUPERSEDED. */
  async reissue(user: AuthUser, id: string): Promise<CertificateEntity> {
    const old = await this.certificates.managed(user, id);
    if (old.status === CertificateStatus.SUPERSEDED) throw CertificateErrors.superseded();
    // Revoked is final: reissuing would bring back what the hub (or the holder, by erasure) withdrew.
    if (old.status === CertificateStatus.REVOKED) throw CertificateErrors.revokedIsFinal();
    const snapshot = await this.snapshot(old.enrollmentId);
    const fresh = await this.build(snapshot, old.enrollmentId, old.finalScore, old.attendanceRate);
    await this.dataSource.transaction(async (manager) => {
      const moved = await manager.update(
        CertificateEntity,
        { id: old.id, status: Not(CertificateStatus.SUPERSEDED) },
        { status: CertificateStatus.SUPERSEDED },
      );
      if (moved.affected !== 1) throw CertificateErrors.superseded();
      await manager.insert(CertificateEntity, fresh);
      await manager.update(CertificateEntity, { id: old.id }, { supersededBy: fresh.id });
      await this.statusLists.planRebuild(manager, old);
      await this.audit.record(
        { actorId: user.id, action: AuditAction.CERTIFICATE_REISSUED, subjectId: old.holderId, hubId: old.hubId },
        manager,
      );
      await this.outbox.add(
        manager,
        { name: JobName.SendCertificateEmail, data: { certificateId: fresh.id! } },
        jobIds.certificateEmail(fresh.id!),
      );
    });
    return this.dataSource.getRepository(CertificateEntity).findOneByOrFail({ id: fresh.id });
  }
  private async snapshot(enrollmentId: string): Promise<Snapshot> {
    const [row] = await this.dataSource.query<Snapshot[]>(
      `SELECT u.id AS holder_id, u.full_name AS holder_name, u.email AS holder_email, h.id AS hub_id, h.name AS hub_name, h.city AS hub_city, h.timezone AS hub_timezone,
              c.name AS cohort_name, c.starts_on::text, c.ends_on::text, cu.id AS curriculum_id, cu.title AS curriculum_title,
              cu.description AS curriculum_description, cu.version AS curriculum_version, cu.min_attendance_rate, cu.min_final_score
         FROM enrollment e JOIN "user" u ON u.id = e.trainee_id JOIN cohort c ON c.id = e.cohort_id
         JOIN hub h ON h.id = c.hub_id JOIN curriculum cu ON cu.id = c.curriculum_id
        WHERE e.id = $1`,
      [enrollmentId],
    );
    return row;
  }
  /** The certificate row with its signed Open Badges 3.0 credential (not yet saved). */
  private async build(
    snapshot: Snapshot,
    enrollmentId: string,
    finalScore: number,
    attendanceRate: number,
  ): Promise<Partial<CertificateEntity>> {
    const code = newCode();
    const issuedAt = this.clock.now();
    const statusIndex = await this.statusLists.allocate(snapshot.hub_id);
    const credential = await this.credentials.sign({
      holderEmail: snapshot.holder_email,
      statusIndex,
      code,
      issuedAt,
      hubId: snapshot.hub_id,
      hubName: snapshot.hub_name,
      holderName: snapshot.holder_name,
      cohortName: snapshot.cohort_name,
      curriculumId: snapshot.curriculum_id,
      curriculumTitle: snapshot.curriculum_title,
      curriculumDescription: snapshot.curriculum_description,
      curriculumVersion: snapshot.curriculum_version,
      minAttendanceRate: snapshot.min_attendance_rate,
      minFinalScore: snapshot.min_final_score,
    });
    return {
      id: randomUUID(),
      verificationCode: code,
      status: CertificateStatus.VALID,
      enrollmentId,
      holderId: snapshot.holder_id,
      holderName: snapshot.holder_name,
      hubId: snapshot.hub_id,
      hubName: snapshot.hub_name,
      hubCity: snapshot.hub_city,
      hubTimezone: snapshot.hub_timezone,
      cohortName: snapshot.cohort_name,
      curriculumTitle: snapshot.curriculum_title,
      curriculumVersion: snapshot.curriculum_version,
      startsOn: snapshot.starts_on,
      endsOn: snapshot.ends_on,
      finalScore,
      attendanceRate,
      issuedAt,
      credential,
      statusIndex,
    };
  }
}
