import { Args, Context, Field, ID, Int, Mutation, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { AuditAction, type AuditEntryEntity, AuditService, ErasureReason } from '@sanggar/audit';
import { type AuthUser, Role, Roles } from '@sanggar/core';
import { type DataExport, DataExportStatus, DataExports, ErasureService, RECENT_EXPORTS } from '@sanggar/privacy';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { type GqlContext, zoneOfCaller } from '../graphql/context.js';
import { RowField } from '../graphql/row-fields.js';
import { FirstOf, FirstUpTo } from '../graphql/lists.js';
import { DateTimeScalar, inZone } from '../graphql/scalars.js';
import { UserType, toUserType } from '../identity/user.type.js';
import { ErasePersonInput } from './privacy.inputs.js';

registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(ErasureReason, { name: 'ErasureReason' });
registerEnumType(DataExportStatus, { name: 'DataExportStatus' });

@ObjectType('DataExport', {
  description: 'A copy of my data I asked for: built in the background, its link emailed to me (once, for 7 days)',
})
export class DataExportType {
  @Field(() => ID)
  id: string;

  @Field(() => DataExportStatus)
  status: DataExportStatus;

  @Field(() => DateTimeScalar)
  requestedAt: string;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Until when the emailed link works' })
  expiresAt: string | null;
}

@ObjectType('AuditEntry', { description: 'Who did what to whose data: ids and counts, never the data itself' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => DateTimeScalar)
  at: string;

  @Field(() => AuditAction)
  action: AuditAction;

  actorId: string | null;
  subjectId: string | null;

  @Field(() => ID, { nullable: true })
  hubId: string | null;

  @Field(() => ID, { nullable: true })
  cohortId: string | null;

  @Field(() => Int, { nullable: true, description: 'How many people a list or report held' })
  count: number | null;

  @Field(() => ErasureReason, { nullable: true })
  reason: ErasureReason | null;
}

const userOrNull = async (loaders: GqlContext['loaders'], id: string | null): Promise<UserType | null> => {
  const user = id ? await loaders.userById.load(id) : undefined;
  return user ? toUserType(user) : null;
};

const toDataExportType = (request: DataExport, zone: string): DataExportType => ({
  ...request,
  requestedAt: inZone(request.requestedAt, zone),
  expiresAt: request.expiresAt && inZone(request.expiresAt, zone),
});

const toAuditEntryType = ({ at, ...entry }: AuditEntryEntity, zone: string): AuditEntryType => ({ ...entry, at: inZone(at, zone) });

@Roles(Role.ADMIN)
@Resolver(() => AuditEntryType)
export class PrivacyResolver {
  constructor(
    private readonly erasure: ErasureService,
    private readonly audit: AuditService,
  ) {}

  @Mutation(() => UserType, {
    description: 'Admins: erases a person on request (UU PDP) — irreversible; they become "Peserta terhapus #n"',
  })
  async erasePerson(@CurrentUser() caller: AuthUser, @Args('input') input: ErasePersonInput): Promise<UserType> {
    return toUserType(await this.erasure.erase(caller, input));
  }

  @Query(() => [AuditEntryType], { description: 'Admins: the audit log, newest first; `before` (an entry’s id) continues it' })
  async auditLog(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @FirstUpTo({ default: 50, max: 200 }) first: number,
    @Args('personId', { type: () => ID, nullable: true, description: 'Entries about this person or done by them' })
    personId?: string | null,
    @Args('from', { type: () => DateTimeScalar, nullable: true }) from?: Date | null,
    @Args('to', { type: () => DateTimeScalar, nullable: true }) to?: Date | null,
    @Args('before', { type: () => ID, nullable: true }) before?: string | null,
  ): Promise<AuditEntryType[]> {
    const [entries, zone] = await Promise.all([this.audit.list({ personId, from, to, before }, first), zoneOfCaller(loaders, caller)]);
    return entries.map((entry) => toAuditEntryType(entry, zone));
  }

  @RowField(() => UserType, { nullable: true, description: 'Null for what the system did' })
  actor(this: void, entry: AuditEntryType, { loaders }: GqlContext): Promise<UserType | null> {
    return userOrNull(loaders, entry.actorId);
  }

  @RowField(() => UserType, { nullable: true, description: 'Null for a list of many people (see count)' })
  subject(this: void, entry: AuditEntryType, { loaders }: GqlContext): Promise<UserType | null> {
    return userOrNull(loaders, entry.subjectId);
  }
}

@Resolver(() => DataExportType)
export class DataExportResolver {
  constructor(private readonly exports: DataExports) {}

  @Mutation(() => DataExportType, { description: 'Asks for a copy of everything Sanggar holds about me (at most 3 a day)' })
  async requestDataExport(@CurrentUser() caller: AuthUser, @Context() { loaders }: GqlContext): Promise<DataExportType> {
    const [request, zone] = await Promise.all([this.exports.request(caller), zoneOfCaller(loaders, caller)]);
    return toDataExportType(request, zone);
  }

  @Query(() => [DataExportType], { description: 'My latest requests for a copy of my data, newest first' })
  async myDataExports(
    @CurrentUser() caller: AuthUser,
    @Context() { loaders }: GqlContext,
    @FirstOf(RECENT_EXPORTS) first: number,
  ): Promise<DataExportType[]> {
    const [requests, zone] = await Promise.all([this.exports.recent(caller, first), zoneOfCaller(loaders, caller)]);
    return requests.map((request) => toDataExportType(request, zone));
  }
}
