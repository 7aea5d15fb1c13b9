import { Args, Field, ID, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { AuditAction, AuditService } from '@sanggar/audit';
import { type AuthUser, Role, Roles } from '@sanggar/core';
import { MAX_MEMBERS_PAGE, MemberDirectory } from '@sanggar/identity';
import { CurrentUser } from '../auth/current-user.decorator.js';
import { PageInfoType } from '../cohorts/cohort.type.js';
import { UserType, toUserType } from './user.type.js';

@ObjectType('MemberEdge')
class MemberEdgeType {
  @Field(() => String)
  cursor: string;

  @Field(() => UserType)
  node: UserType;
}

@ObjectType('MemberConnection', { description: 'A hub’s approved members, A to Z by name' })
class MemberConnectionType {
  @Field(() => [MemberEdgeType])
  edges: MemberEdgeType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;

  @Field(() => Int, { description: 'How many match, over all pages' })
  totalCount: number;
}

@Resolver()
export class MemberDirectoryResolver {
  constructor(
    private readonly directory: MemberDirectory,
    private readonly audit: AuditService,
  ) {}

  @Roles(Role.ADMIN, Role.COORDINATOR)
  @Query(() => MemberConnectionType, {
    description: 'The hub’s members for its coordinators: search by part of a name or email, a role, keyset pages',
  })
  async members(
    @CurrentUser() caller: AuthUser,
    @Args('hubId', { type: () => ID }) hubId: string,
    @Args('search', { type: () => String, nullable: true, description: 'Part of a name or an email, any case' }) search: string | null,
    @Args('role', { type: () => Role, nullable: true }) role: Role | null,
    @Args('first', { type: () => Int, defaultValue: 50, description: `How many at most, up to ${MAX_MEMBERS_PAGE}` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the page before' }) after: string | null,
  ): Promise<MemberConnectionType> {
    const page = await this.directory.members(caller, hubId, { search: search?.slice(0, 200), role, first, after });
    await this.audit.record({ actorId: caller.id, action: AuditAction.MEMBERS_LISTED, hubId, count: page.rows.length });
    return {
      edges: page.rows.map(({ cursor, user }) => ({ cursor, node: toUserType(user) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.rows.at(-1)?.cursor ?? null },
      totalCount: page.totalCount,
    };
  }
}
