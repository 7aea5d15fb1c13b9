import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction, AuditService, type ErasureReason } from '@sanggar/audit';
import { CertificateStatus, StatusLists } from '@sanggar/certificates';
import { CohortStatus, CohortsService, EnrollmentStatus } from '@sanggar/cohorts';
import { type AuthUser, Clock, Role, forbidden, invalidField } from '@sanggar/core';
import { IdentityErrors, TokensService, UserEntity, erasedEmail, erasedName, normaliseEmail } from '@sanggar/identity';

/** Kept for the hub with the certificate; the public verify page shows only "revoked". */
/** What stays of an erased person's submission text or booking agenda (the database requires a character). */
export const ERASED_TEXT = '—';

export const WITHDRAWN_REASON = 'Ditarik atas permintaan pemegang / withdrawn at the holder’s request';

const cannotErase = () =>
  forbidden({
    id: 'Hanya admin yang dapat menghapus data seseorang, dan bukan data admin (termasuk dirinya sendiri)',
    en: 'Only an admin can erase a person, and not an admin (themself included)',
  });
const confirmationMismatch = () =>
  invalidField('confirmEmail', {
    id: 'Ketik email orang ini persis untuk memastikan Anda menghapus orang yang benar',
    en: 'Type this person’s email exactly to confirm you are erasing the right person',
  });

/**
 * Erasure under UU PDP Art. 8 & 16: the person becomes "Peserta terhapus #n". What identifies them or
 * what they wrote is deleted; grades and attendance stay as anonymous numbers, so cohort statistics
 * stay true. One transaction: all of it or nothing.
 */
@Injectable()
export class ErasureService {
  private readonly logger = new Logger(ErasureService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly statusLists: StatusLists,
    private readonly cohorts: CohortsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async erase(actor: AuthUser, input: { userId: string; reason: ErasureReason; confirmEmail: string }): Promise<UserEntity> {
    if (actor.role !== Role.ADMIN) throw cannotErase();
    await this.leaveOpenCohorts(actor, input);
    const erased = await this.dataSource.transaction(async (manager) => {
      const person = await manager.findOne(UserEntity, { where: { id: input.userId }, lock: { mode: 'pessimistic_write' } });
      // Erased meanwhile by another admin.
      if (!person || person.erasedAt) throw IdentityErrors.userNotFound();
      const number = await this.nextErasureNumber(manager);
      await this.forgetWritings(manager, person.id);
      await this.withdrawCertificates(manager, person.id, erasedName(number));
      await this.replaceNameInOthersNotices(manager, person.fullName, erasedName(number));
      await this.tokens.revokeAllFamilies(person.id, null, manager);
      await manager.update(
        UserEntity,
        { id: person.id },
        {
          fullName: erasedName(number),
          email: erasedEmail(number),
          passwordHash: null,
          emailVerifiedAt: null,
          birthYear: null,
          deactivatedAt: person.deactivatedAt ?? this.clock.now(),
          erasedAt: this.clock.now(),
          erasureNumber: number,
        },
      );
      await this.audit.record(
        { actorId: actor.id, action: AuditAction.PERSON_ERASED, subjectId: person.id, reason: input.reason },
        manager,
      );
      return manager.findOneByOrFail(UserEntity, { id: person.id });
    });
    this.logger.log(`person erased as #${erased.erasureNumber}`);
    return erased;
  }

  /**
   * Seats in cohorts still open are given up (the waitlist moves up, no absence is counted from now on);
   * finished cohorts keep the enrollment, so their statistics stay true. Checked first: a refused erasure changes nothing.
   */
  private async leaveOpenCohorts(actor: AuthUser, input: { userId: string; confirmEmail: string }): Promise<void> {
    const person = await this.dataSource.getRepository(UserEntity).findOneBy({ id: input.userId });
    if (!person || person.erasedAt) throw IdentityErrors.userNotFound();
    if (person.role === Role.ADMIN) throw cannotErase();
    if (normaliseEmail(input.confirmEmail) !== person.email) throw confirmationMismatch();
    const open = await this.dataSource.query<{ id: string }[]>(
      `SELECT e.id FROM enrollment e JOIN cohort c ON c.id = e.cohort_id
        WHERE e.trainee_id = $1 AND e.status IN ($2, $3) AND c.status IN ($4, $5)`,
      [person.id, EnrollmentStatus.ENROLLED, EnrollmentStatus.WAITLISTED, CohortStatus.PLANNED, CohortStatus.RUNNING],
    );
    for (const { id } of open) await this.cohorts.withdrawEnrollment(actor, id);
  }

  private async nextErasureNumber(manager: EntityManager): Promise<number> {
    // Erasures are rare: one at a time, so numbers never collide.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('user-erasure-number'))`);
    const [{ next }] = await manager.query<{ next: number }[]>(`SELECT coalesce(max(erasure_number), 0) + 1 AS next FROM "user"`);
    return next;
  }

  /** What the person wrote or what others wrote about them, and what ties them to places and feeds. */
  private async forgetWritings(manager: EntityManager, userId: string): Promise<void> {
    const statements: [string, unknown[]][] = [
      [`UPDATE submission s SET content = $2 FROM enrollment e WHERE e.id = s.enrollment_id AND e.trainee_id = $1`, [userId, ERASED_TEXT]],
      [
        `UPDATE grade g SET feedback = NULL FROM submission s JOIN enrollment e ON e.id = s.enrollment_id
        WHERE s.id = g.submission_id AND e.trainee_id = $1 AND g.feedback IS NOT NULL`,
        [userId],
      ],
      // An excused absence keeps its status; the database requires a reason, which becomes empty.
      [`UPDATE attendance_record SET note = CASE WHEN status = 'EXCUSED' THEN '' END WHERE trainee_id = $1 AND note IS NOT NULL`, [userId]],
      [`UPDATE office_hour_booking SET agenda = $2 WHERE booked_by = $1`, [userId, ERASED_TEXT]],
      [`UPDATE mentor_profile SET bio = NULL, expertise = '{}' WHERE mentor_id = $1`, [userId]],
      [`DELETE FROM startup_member WHERE trainee_id = $1`, [userId]],
      [`DELETE FROM hub_membership WHERE user_id = $1`, [userId]],
      [`DELETE FROM calendar_feed WHERE user_id = $1`, [userId]],
      [`DELETE FROM account_token WHERE user_id = $1`, [userId]],
      [`DELETE FROM notification WHERE user_id = $1`, [userId]],
      [`DELETE FROM notification_opt_out WHERE user_id = $1`, [userId]],
      [`DELETE FROM email_delivery WHERE recipient_id = $1`, [userId]],
      [`DELETE FROM data_export WHERE user_id = $1`, [userId]],
      [`DELETE FROM guardian_consent WHERE user_id = $1`, [userId]],
    ];
    for (const [sql, params] of statements) await manager.query(sql, params);
  }

  /** Revoked "at the holder's request"; the signed credential and PDF, which carry the name, are deleted. */
  private async withdrawCertificates(manager: EntityManager, holderId: string, label: string): Promise<void> {
    const [revoked] = await manager.query<[{ id: string; hub_id: string }[], number]>(
      `UPDATE certificate SET status = CASE WHEN status = $2 THEN $3 ELSE status END,
              revoked_reason = CASE WHEN status = $2 THEN $4 ELSE revoked_reason END,
              revoked_at = CASE WHEN status = $2 THEN $5 ELSE revoked_at END,
              holder_name = $6, credential = '{}'::jsonb
        WHERE holder_id = $1
        RETURNING id, hub_id`,
      [holderId, CertificateStatus.VALID, CertificateStatus.REVOKED, WITHDRAWN_REASON, this.clock.now(), label],
    );
    await manager.query(`DELETE FROM certificate_pdf WHERE certificate_id = ANY($1::uuid[])`, [revoked.map((row) => row.id)]);
    for (const row of revoked) await this.statusLists.planRebuild(manager, { id: row.id, hubId: row.hub_id });
  }

  /** Others' notices keep what happened (a session moved) but no longer the name (a mentor's, say). */
  private async replaceNameInOthersNotices(manager: EntityManager, name: string, label: string): Promise<void> {
    await manager.query(`UPDATE notification SET params = replace(params::text, $1, $2)::jsonb WHERE strpos(params::text, $1) > 0`, [
      JSON.stringify(name),
      JSON.stringify(label),
    ]);
  }
}
