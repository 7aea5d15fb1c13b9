import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EnrollmentEntity } from '@sanggar/cohorts';
import { CurriculumEntity, CurriculumStatus } from '@sanggar/curricula';
import { type AuthUser, Clock, type ListWindow, requireHubManager } from '@sanggar/core';
import { rowsByParentIds } from '@sanggar/database';
import { NotificationKind, Notifier } from '@sanggar/notifications';
import { CertificateLinks } from './certificate-links.js';
import {
  CURRENT_CERTIFICATE,
  CertificateEntity,
  CertificateStatus,
  LISTED_CERTIFICATE_PROPERTIES,
  type ListedCertificate,
} from './certificate.entities.js';
import { CertificateErrors } from './certificates.errors.js';
import { CredentialsService } from './credentials.service.js';
import { CREDENTIAL_CONTEXTS } from './open-badges.js';
import { StatusLists } from './status-lists.js';
import { VERIFICATION_CODE } from './verification-code.js';

export interface Verification {
  valid: boolean;
  certificate: CertificateEntity | null;
}

/** Certificates once issued: who holds which, whether one is valid, and revoking one. */
@Injectable()
export class CertificatesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: CredentialsService,
    private readonly statusLists: StatusLists,
    private readonly notifier: Notifier,
    private readonly clock: Clock,
    readonly urls: CertificateLinks,
  ) {}

  async revoke(user: AuthUser, id: string, reasonGiven: string): Promise<CertificateEntity> {
    const reason = reasonGiven.trim();
    if (reason.length === 0 || reason.length > 500) throw CertificateErrors.reasonNeeded();
    const certificate = await this.managed(user, id);
    await this.dataSource.transaction(async (manager) => {
      const moved = await manager.update(
        CertificateEntity,
        { id, status: CertificateStatus.VALID },
        { status: CertificateStatus.REVOKED, revokedReason: reason, revokedAt: this.clock.now() },
      );
      if (moved.affected !== 1) throw CertificateErrors.notValid(certificate.status);
      await this.statusLists.planRebuild(manager, certificate);
      const { id: certificateId, holderName, curriculumTitle, hubName, verificationCode, holderId } = certificate;
      await this.notifier.notify(
        manager,
        {
          kind: NotificationKind.CERTIFICATE_REVOKED,
          params: { certificateId, holderName, curriculumTitle, hubName, reason, verifyUrl: this.urls.verify(verificationCode) },
        },
        [holderId],
        { topic: `certificate:${certificateId}` },
      );
    });
    return this.dataSource.getRepository(CertificateEntity).findOneByOrFail({ id });
  }
  /** Public: valid means it exists, is VALID, and its signature still checks out against the hub's key. */
  async verify(code: string): Promise<Verification> {
    const certificate = VERIFICATION_CODE.test(code)
      ? await this.dataSource.getRepository(CertificateEntity).findOneBy({ verificationCode: code })
      : null;
    if (!certificate) return { valid: false, certificate: null };
    const signed = await this.credentials.verifies(certificate);
    return { valid: signed && certificate.status === CertificateStatus.VALID, certificate };
  }
  /** The verify page of the newest valid certificate, if any (printed by the demo start). */
  async anyValidVerifyUrl(): Promise<string | null> {
    const newest = await this.dataSource
      .getRepository(CertificateEntity)
      .findOne({ where: { status: CertificateStatus.VALID }, order: { issuedAt: 'DESC' } });
    return newest ? this.urls.verify(newest.verificationCode) : null;
  }
  byId(id: string): Promise<CertificateEntity | null> {
    return this.dataSource.getRepository(CertificateEntity).findOneBy({ id });
  }
  byCode(code: string): Promise<CertificateEntity | null> {
    return this.dataSource.getRepository(CertificateEntity).findOneBy({ verificationCode: code });
  }
  myCertificates(user: AuthUser, window: ListWindow): Promise<CertificateEntity[]> {
    return this.dataSource.getRepository(CertificateEntity).find({
      where: { holderId: user.id },
      order: { issuedAt: 'DESC', id: 'ASC' },
      take: window.first,
      skip: window.offset,
    });
  }
  /** Public: what a published curriculum's certificates attest (the credential's achievement id answers this). */
  async achievement(curriculumId: string) {
    const curriculum = await this.dataSource
      .getRepository(CurriculumEntity)
      .findOneBy({ id: curriculumId, status: CurriculumStatus.PUBLISHED });
    if (!curriculum) return null;
    return {
      '@context': CREDENTIAL_CONTEXTS,
      ...this.credentials.achievement({
        curriculumId: curriculum.id,
        curriculumTitle: curriculum.title,
        curriculumDescription: curriculum.description,
        curriculumVersion: curriculum.version,
        minAttendanceRate: curriculum.minAttendanceRate,
        minFinalScore: curriculum.minFinalScore,
      }),
    };
  }

  /** The hub's public key, or null when it has never issued. */
  publicKey(hubId: string) {
    return this.credentials.publicKey(hubId);
  }

  /** The valid certificates of a cohort's trainees, by name (a cohort has at most a few hundred). */
  validOfCohort(cohortId: string): Promise<CertificateEntity[]> {
    return this.dataSource
      .getRepository(CertificateEntity)
      .createQueryBuilder('certificate')
      .innerJoin(EnrollmentEntity, 'enrollment', 'enrollment.id = certificate.enrollmentId')
      .where('enrollment.cohortId = :cohortId AND certificate.status = :valid', { cohortId, valid: CertificateStatus.VALID })
      .orderBy('certificate.holderName')
      .addOrderBy('certificate.id')
      .getMany();
  }

  /** Batch loader: each enrollment's current certificate as lists show it, from the index that holds only those. */
  async currentCertificatesByEnrollmentIds(ids: readonly string[]): Promise<(ListedCertificate | undefined)[]> {
    const current = await rowsByParentIds(
      this.dataSource.getRepository(CertificateEntity),
      'enrollmentId',
      ids,
      {},
      {
        properties: LISTED_CERTIFICATE_PROPERTIES,
        condition: CURRENT_CERTIFICATE,
      },
    );
    return current.map(([certificate]) => certificate);
  }
  /** A certificate of a hub the caller manages (NOT_FOUND, then FORBIDDEN). */
  async managed(user: AuthUser, id: string): Promise<CertificateEntity> {
    const certificate = await this.dataSource.getRepository(CertificateEntity).findOneBy({ id });
    if (!certificate) throw CertificateErrors.certificateNotFound();
    requireHubManager(user, certificate.hubId);
    return certificate;
  }
}
