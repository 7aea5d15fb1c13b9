import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BitstringStatusList, createCredential } from '@digitalbazaar/vc-bitstring-status-list';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { Clock } from '@sanggar/core';
import { HandlesJob, type JobHandler, JobName, type JobPayloads, OutboxService, jobIds } from '@sanggar/queue';
import { CertificateLinks } from './certificate-links.js';
import { CertificateEntity, CertificateStatus, StatusListEntity } from './certificate.entities.js';
import { CredentialsService } from './credentials.service.js';

/** Bits per hub list: 131,072 (16 KiB), the smallest the W3C spec allows, so one holder cannot be told from the crowd. */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * Each hub's revocation list: a bit per certificate, set once it is revoked or superseded, published as
 * a signed BitstringStatusListCredential that any verifier can check a credential against.
 */
@Injectable()
export class StatusLists {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly credentials: CredentialsService,
    private readonly links: CertificateLinks,
    private readonly outbox: OutboxService,
    private readonly clock: Clock,
  ) {}

  /** The next free bit of the hub's list (atomic: two issuances never share one). */
  async allocate(hubId: string): Promise<number> {
    await this.dataSource.createQueryBuilder().insert().into(StatusListEntity).values({ hubId }).orIgnore().execute();
    const [[row]] = await this.dataSource.query<[{ index: number }[], number]>(
      `UPDATE status_list SET next_index = next_index + 1 WHERE hub_id = $1 RETURNING next_index - 1 AS index`,
      [hubId],
    );
    if (row.index >= STATUS_LIST_LENGTH) throw new Error(`status list of hub ${hubId} is full`);
    return row.index;
  }

  /** In the caller's transaction: the certificate's hub list is signed again once it commits. */
  async planRebuild(manager: EntityManager, certificate: Pick<CertificateEntity, 'id' | 'hubId'>): Promise<void> {
    await this.outbox.add(
      manager,
      { name: JobName.RebuildStatusList, data: { hubId: certificate.hubId } },
      jobIds.statusList(certificate.hubId, certificate.id),
    );
  }

  /** The signed list as last built; built now when it never was. */
  async credentialOf(hubId: string): Promise<object | null> {
    const list = await this.dataSource.getRepository(StatusListEntity).findOneBy({ hubId });
    if (!list) return null;
    return list.credential ?? this.rebuild(hubId);
  }

  /** Signs the list again from the certificates' statuses as they are now (idempotent). */
  async rebuild(hubId: string): Promise<object> {
    const ended = await this.dataSource.getRepository(CertificateEntity).find({
      select: { statusIndex: true },
      where: { hubId, statusIndex: Not(IsNull()), status: In([CertificateStatus.REVOKED, CertificateStatus.SUPERSEDED]) },
    });
    const list = new BitstringStatusList({ length: STATUS_LIST_LENGTH });
    for (const { statusIndex } of ended) list.setStatus(statusIndex!, true);
    const unsigned = await createCredential({ id: this.links.statusList(hubId), list, statusPurpose: 'revocation' });
    const credential = await this.credentials.signAsHub(hubId, {
      ...unsigned,
      issuer: this.links.issuer(hubId),
      validFrom: this.clock
        .now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
    });
    await this.dataSource.getRepository(StatusListEntity).update({ hubId }, { credential });
    return credential;
  }
}

@Injectable()
@HandlesJob(JobName.RebuildStatusList)
export class RebuildStatusListHandler implements JobHandler<JobName.RebuildStatusList> {
  constructor(private readonly statusLists: StatusLists) {}

  async handle({ hubId }: JobPayloads[JobName.RebuildStatusList]): Promise<void> {
    await this.statusLists.rebuild(hubId);
  }
}
