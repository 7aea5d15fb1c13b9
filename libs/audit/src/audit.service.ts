import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '@sanggar/core';
import { type AuditAction, AuditEntryEntity, type ErasureReason } from './audit-entry.entity.js';

export interface AuditEvent {
  actorId: string | null;
  action: AuditAction;
  subjectId?: string | null;
  hubId?: string | null;
  cohortId?: string | null;
  count?: number | null;
  reason?: ErasureReason | null;
}

export interface AuditFilter {
  /** Entries about this person, or done by them. */
  personId?: string | null;
  from?: Date | null;
  to?: Date | null;
  /** An entry's id: continue with older ones. */
  before?: string | null;
}

/** The audit log: written in the same transaction as the action it records, read by admins. */
@Injectable()
export class AuditService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Inside the action's transaction when it writes, so the entry exists exactly when the action happened. */
  async record(event: AuditEvent, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditEntryEntity, { ...event, at: this.clock.now() });
  }

  /** Newest first. */
  async list(filter: AuditFilter, first: number): Promise<AuditEntryEntity[]> {
    // An id that cannot exist matches nothing.
    if ([filter.personId, filter.before].some((id) => id && !isUUID(id))) return [];
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('e')
      .orderBy('e.at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .take(first);
    if (filter.personId) query.andWhere('(e.subject_id = :personId OR e.actor_id = :personId)', { personId: filter.personId });
    if (filter.from) query.andWhere('e.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('e.at < :to', { to: filter.to });
    if (filter.before) query.andWhere('(e.at, e.id) < (SELECT at, id FROM audit_entry WHERE id = :before)', { before: filter.before });
    return query.getMany();
  }
}
