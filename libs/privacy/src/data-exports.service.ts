import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditAction, AuditService } from '@sanggar/audit';
import { AppConfig, type AuthUser, Clock, DomainError, ErrorCode, formatInZone, notFound } from '@sanggar/core';
import { IdentityService } from '@sanggar/identity';
import { EmailOnceService, dataExportEmail } from '@sanggar/notifications';
import { HandlesJob, type JobHandler, JobName, type JobPayloads, OutboxService, RateLimiter, jobIds } from '@sanggar/queue';
import { DataArchive } from './data-archive.js';
import { DataExportEntity } from './data-export.entity.js';

const DAY_MS = 24 * 3_600_000;
/** How long the emailed link works. */
export const EXPORT_LINK_DAYS = 7;
/** Requests per person and day: building an archive reads everything about them. */
const EXPORTS_PER_DAY = 3;
/** How many of a person's requests their page lists. */
export const RECENT_EXPORTS = 5;

export enum DataExportStatus {
  PREPARING = 'PREPARING',
  READY = 'READY',
  DOWNLOADED = 'DOWNLOADED',
  EXPIRED = 'EXPIRED',
}

export interface DataExport {
  id: string;
  status: DataExportStatus;
  requestedAt: Date;
  expiresAt: Date | null;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest();

const tooManyExports = (retryAfterSeconds: number) =>
  new DomainError(
    ErrorCode.Forbidden,
    {
      id: `Anda sudah meminta ${EXPORTS_PER_DAY} salinan hari ini. Coba lagi dalam ${Math.ceil(retryAfterSeconds / 3600)} jam`,
      en: `You already asked for ${EXPORTS_PER_DAY} copies today. Try again in ${Math.ceil(retryAfterSeconds / 3600)} hours`,
    },
    undefined,
    { retryAfterSeconds },
  );
export const exportLinkInvalid = () =>
  notFound({ id: 'Tautan unduhan (sudah dipakai atau kedaluwarsa)', en: 'Download link (already used or expired)' });

/** A person's copy of their own data: asked for in the app, built by the worker, fetched once from the emailed link. */
@Injectable()
export class DataExports {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly limiter: RateLimiter,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async request(caller: AuthUser): Promise<DataExport> {
    const reservation = await this.limiter.reserve({ key: `data-export:${caller.id}`, limit: EXPORTS_PER_DAY, windowSeconds: 24 * 3600 });
    if (!reservation.allowed) throw tooManyExports(reservation.retryAfterSeconds);
    const id = await this.dataSource.transaction(async (manager) => {
      const { identifiers } = await manager.insert(DataExportEntity, { userId: caller.id, requestedAt: this.clock.now() });
      const exportId = identifiers[0].id as string;
      await this.outbox.add(manager, { name: JobName.BuildDataExport, data: { exportId } }, jobIds.dataExport(exportId));
      await this.audit.record({ actorId: caller.id, action: AuditAction.DATA_EXPORT_REQUESTED, subjectId: caller.id }, manager);
      return exportId;
    });
    return (await this.recent(caller)).find((entry) => entry.id === id)!;
  }

  /** The caller's latest requests, newest first. */
  async recent(caller: AuthUser, first = RECENT_EXPORTS): Promise<DataExport[]> {
    const rows = await this.dataSource.getRepository(DataExportEntity).find({
      where: { userId: caller.id },
      order: { requestedAt: 'DESC', id: 'DESC' },
      take: first,
    });
    const now = this.clock.now();
    return rows.map((row) => ({
      id: row.id,
      requestedAt: row.requestedAt,
      expiresAt: row.expiresAt,
      status: row.downloadedAt
        ? DataExportStatus.DOWNLOADED
        : !row.readyAt
          ? DataExportStatus.PREPARING
          : row.expiresAt! <= now
            ? DataExportStatus.EXPIRED
            : DataExportStatus.READY,
    }));
  }

  /** Whether an emailed link would still download (it is not spent by asking). */
  async usable(token: string): Promise<boolean> {
    return (await this.dataSource.transaction((manager) => this.openLink(manager, token))) !== null;
  }

  /** The archive behind an emailed link, once: the link then stops working and the archive is deleted. */
  async download(token: string): Promise<{ archive: Buffer; requestedAt: Date }> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.openLink(manager, token, { lock: true });
      if (!row) throw exportLinkInvalid();
      await manager.update(DataExportEntity, { id: row.id }, { archive: null, secretHash: null, downloadedAt: this.clock.now() });
      await this.audit.record({ actorId: row.userId, action: AuditAction.DATA_EXPORT_DOWNLOADED, subjectId: row.userId }, manager);
      return { archive: row.archive!, requestedAt: row.requestedAt };
    });
  }

  /** The request behind a link `<id>.<secret>` while it works: built, not downloaded, not expired. */
  private async openLink(manager: EntityManager, token: string, { lock = false } = {}): Promise<DataExportEntity | null> {
    const [id, secret] = token.split('.');
    if (!id || !secret || !isUUID(id)) return null;
    const query = manager
      .getRepository(DataExportEntity)
      .createQueryBuilder('x')
      .addSelect(['x.archive', 'x.secretHash'])
      .where('x.id = :id AND x.downloaded_at IS NULL AND x.expires_at > :now', { id, now: this.clock.now() });
    const row = await (lock ? query.setLock('pessimistic_write') : query).getOne();
    const matches = row?.secretHash?.length === 32 && timingSafeEqual(row.secretHash, sha256(secret));
    return matches && row?.archive ? row : null;
  }
}

/** Builds the archive (once), then emails its link (once): a retry after a crash finishes what is left. */
@Injectable()
@HandlesJob(JobName.BuildDataExport)
export class BuildDataExportHandler implements JobHandler<JobName.BuildDataExport> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly archive: DataArchive,
    private readonly identity: IdentityService,
    private readonly emails: EmailOnceService,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async handle({ exportId }: JobPayloads[JobName.BuildDataExport]): Promise<void> {
    const repository = this.dataSource.getRepository(DataExportEntity);
    let request = await repository.findOneBy({ id: exportId });
    if (!request) return;
    if (!request.readyAt) {
      const now = this.clock.now();
      const archive = await this.archive.build(request.userId, now);
      await repository.update({ id: exportId }, { archive, readyAt: now, expiresAt: new Date(now.getTime() + EXPORT_LINK_DAYS * DAY_MS) });
      request = await repository.findOneByOrFail({ id: exportId });
    }
    const { userId, expiresAt } = request;
    await this.emails.send(jobIds.dataExport(exportId), 'data-export', async () => {
      // The secret exists only in this email: a retry that sends it again makes a new one.
      const secret = randomBytes(24).toString('base64url');
      await repository.update({ id: exportId }, { secretHash: sha256(secret) });
      const [user, { timezone }] = await Promise.all([this.identity.getUser(userId), this.archive.readerOf(userId)]);
      const until = formatInZone(expiresAt!, timezone, user.locale);
      return dataExportEmail(user, `${this.config.PUBLIC_URL}/exports/${exportId}.${secret}`, until);
    });
  }

  async exhausted(data: JobPayloads[JobName.BuildDataExport], error: Error): Promise<void> {
    const request = await this.dataSource.getRepository(DataExportEntity).findOneBy({ id: data.exportId });
    if (request)
      await this.emails.failed(
        jobIds.dataExport(data.exportId),
        'data-export',
        request.userId,
        { name: JobName.BuildDataExport, data },
        error,
      );
  }
}
