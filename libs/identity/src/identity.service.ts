import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import { type AuthUser, Locale, Role, canManageHub, manyByKey, oneByKey } from '@sanggar/core';
import { PgError, pgCode } from '@sanggar/database';
import { HubsService } from '@sanggar/hubs';
import { JobName, OutboxService, jobIds } from '@sanggar/queue';
import { HubMembershipEntity } from './hub-membership.entity.js';
import { IdentityErrors } from './identity.errors.js';
import { LoginThrottle } from './login-throttle.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { type TokenPair, TokensService } from './tokens.service.js';
import { UserEntity } from './user.entity.js';

export interface NewUser {
  email: string;
  password: string;
  fullName: string;
  role: Role;
  hubId?: string;
  locale?: Locale | null;
}

export interface Session extends TokenPair {
  user: UserEntity;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class IdentityService {
  private readonly logger = new Logger(IdentityService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(HubMembershipEntity) private readonly memberships: Repository<HubMembershipEntity>,
    private readonly hubs: HubsService,
    private readonly tokens: TokensService,
    private readonly throttle: LoginThrottle,
    private readonly outbox: OutboxService,
  ) {}

  /** Public sign-up: always a TRAINEE of the chosen hub. */
  async register(input: Omit<NewUser, 'role'>): Promise<Session> {
    const user = await this.createAccount({ ...input, role: Role.TRAINEE });
    return { user, ...(await this.tokens.issue(user.id)) };
  }

  /** ADMIN: any role in any hub. COORDINATOR: mentors and trainees of their own hubs. */
  async createUser(actor: AuthUser, input: NewUser): Promise<UserEntity> {
    const allowed =
      actor.role === Role.ADMIN ||
      (input.hubId !== undefined && canManageHub(actor, input.hubId) && [Role.MENTOR, Role.TRAINEE].includes(input.role));
    if (!allowed) throw IdentityErrors.cannotCreateRole();
    return this.createAccount(input);
  }

  async login(emailInput: string, password: string, ip: string): Promise<Session> {
    const email = normaliseEmail(emailInput);
    await this.throttle.reserve(email, ip);
    const user = await this.users.findOneBy({ email });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !valid) throw IdentityErrors.badCredentials();
    await this.throttle.succeeded(email, ip);
    return { user, ...(await this.tokens.issue(user.id)) };
  }

  async refresh(token: string): Promise<Session> {
    const { userId, familyId } = await this.tokens.spendRefresh(token);
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw IdentityErrors.invalidToken();
    return { user, ...(await this.tokens.issue(user.id, familyId)) };
  }

  /** The caller behind a verified access token, with their hubs, in one query. */
  async authUser(accessToken: string): Promise<AuthUser> {
    return this.loadAuthUser(await this.tokens.verifyAccess(accessToken));
  }

  /** A user with their role, language and hubs, in one query (for the guard, seeds and jobs). */
  async loadAuthUser(userId: string): Promise<AuthUser> {
    const [row] = (await this.dataSource.query(
      `SELECT u.id, u.role, u.locale, coalesce(array_agg(m.hub_id) FILTER (WHERE m.hub_id IS NOT NULL), '{}') AS "hubIds"
         FROM "user" u LEFT JOIN hub_membership m ON m.user_id = u.id
        WHERE u.id = $1 GROUP BY u.id`,
      [userId],
    )) as AuthUser[];
    if (!row) throw IdentityErrors.invalidToken();
    return row;
  }

  async getUser(id: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw IdentityErrors.userNotFound();
    return user;
  }

  /** Batch loader: users in the order of the ids (undefined where missing). */
  async usersByIds(ids: readonly string[]): Promise<(UserEntity | undefined)[]> {
    return oneByKey(ids, await this.users.findBy({ id: In([...ids]) }), (user) => user.id);
  }

  /** Batch loader: the hub ids of each user. */
  async hubIdsByUserIds(userIds: readonly string[]): Promise<string[][]> {
    const rows = await this.memberships.find({ where: { userId: In([...userIds]) }, order: { createdAt: 'ASC' } });
    return manyByKey(userIds, rows, (row) => row.userId).map((memberships) => memberships.map((row) => row.hubId));
  }

  /** Creates the first admin from the environment when no user has that email yet. */
  async ensureAdmin(email: string, password: string): Promise<UserEntity> {
    const existing = await this.users.findOneBy({ email: normaliseEmail(email) });
    if (existing) return existing;
    const admin = await this.createAccount({ email, password, fullName: 'Admin Sanggar', role: Role.ADMIN });
    this.logger.log('first admin account created');
    return admin;
  }

  /** User, hub membership and welcome email in one transaction: all of them or none. */
  private async createAccount(input: NewUser): Promise<UserEntity> {
    if (input.hubId) await this.hubs.getHub(input.hubId);
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(UserEntity, {
            email: normaliseEmail(input.email),
            fullName: input.fullName.trim(),
            role: input.role,
            locale: input.locale ?? Locale.id,
            passwordHash,
          }),
        );
        if (input.hubId) await manager.insert(HubMembershipEntity, { userId: user.id, hubId: input.hubId });
        await this.outbox.add(manager, { name: JobName.SendWelcomeEmail, data: { userId: user.id } }, jobIds.welcomeEmail(user.id));
        return user;
      });
    } catch (error) {
      if (pgCode(error) === PgError.UniqueViolation) throw IdentityErrors.emailTaken();
      throw error;
    }
  }
}
