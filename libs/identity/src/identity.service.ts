import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DateTime } from 'luxon';
import { DataSource, type EntityManager, In, IsNull, Repository } from 'typeorm';
import { type AuthUser, Clock, type ListWindow, Locale, Role, canManageHub, clientSource, hasReason, oneByKey } from '@sanggar/core';
import { AuditAction, AuditService } from '@sanggar/audit';
import { PgError, pgCode, preparedPlainRows, preparedRows, rowsByIds, rowsByParentIds } from '@sanggar/database';
import { HubsService } from '@sanggar/hubs';
import { JobName, OutboxService, RateLimiter, jobIds } from '@sanggar/queue';
import { AccountTokenEntity, AccountTokenPurpose } from './account-token.entity.js';
import { HubMembershipEntity } from './hub-membership.entity.js';
import { IdentityErrors } from './identity.errors.js';
import { LoginThrottle } from './login-throttle.js';
import { passwordProblem } from './password-rules.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { type TokenPair, TokensService } from './tokens.service.js';
import { GuardianConsentEntity } from './guardian-consent.entity.js';
import { CallerCache } from './caller-cache.js';
import { PRIVACY_NOTICE_VERSION, SHOWN_USER_PROPERTIES, type ShownUser, UserEntity, needsGuardianConsent } from './user.entity.js';

/** A caller as the token check reads them: who they are to the guard, and their row as lists show it. */
export interface CallerRow {
  caller: AuthUser;
  shown: ShownUser;
}

export interface NewUser {
  email: string;
  /** Without one, the person is invited by email to choose their own. */
  password?: string | null;
  fullName: string;
  role: Role;
  hubId?: string;
  locale?: Locale | null;
  /** Ticked at sign-up: the privacy notice of this version was accepted now. */
  acceptsPrivacyNotice?: boolean | null;
}

/** One person of an inviteMany call: their new account, or null when the email already had one. */
export interface Invitation {
  email: string;
  user: UserEntity | null;
}

export interface Session extends TokenPair {
  user: UserEntity;
}

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const HOUR_MS = 3_600_000;
/** How long each emailed link works. */
const LINK_VALIDITY_MS: Record<AccountTokenPurpose, number> = {
  [AccountTokenPurpose.VerifyEmail]: 48 * HOUR_MS,
  [AccountTokenPurpose.ResetPassword]: 0.5 * HOUR_MS,
  [AccountTokenPurpose.Invitation]: 7 * 24 * HOUR_MS,
};
/** Sign-ups and reset requests per address and hour: generous for a hub's shared Wi-Fi, useless for a script. */
const SIGN_UPS_PER_SOURCE_HOUR = 30;
const RESET_REQUESTS_PER_SOURCE_HOUR = 30;
/** Emails one address can be sent by strangers per hour (reset links, fresh verification links). */
const LINKS_PER_PERSON_HOUR = 3;

/** Every column of UserEntity but the password hash, named as its properties (checked against the entity in a test). */
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
    private readonly limiter: RateLimiter,
    private readonly outbox: OutboxService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly callers: CallerCache,
  ) {}

  /**
   * Public sign-up as a TRAINEE of the chosen hub. The answer is the same whether or not the email
   * has an account: a new person gets a link to confirm their address (and cannot log in before);
   * the owner of a taken address is told someone tried. A hub that approves sign-ups shows the new
   * trainee nothing until a coordinator approves them.
   */
  async register(input: Omit<NewUser, 'role'>, ip: string | undefined): Promise<void> {
    await this.spendOrRefuse({ key: `sign-up:${clientSource(ip)}`, limit: SIGN_UPS_PER_SOURCE_HOUR, windowSeconds: 3600 });
    const email = normaliseEmail(input.email);
    const hub = await this.hubs.getHub(input.hubId ?? '');
    this.requireStrongPassword('password', input.password ?? '', email);
    // Hashed either way, so both answers take as long.
    const passwordHash = await hashPassword(input.password ?? '');
    const existing = await this.users.findOneBy({ email });
    if (existing) {
      // At most one notice an hour, however many sign-ups are tried.
      const hour = this.clock.now().toISOString().slice(0, 13).replace(/\D/g, '');
      await this.outbox.add(
        this.dataSource.manager,
        { name: JobName.SendSignUpNotice, data: { userId: existing.id, hour } },
        jobIds.signUpNotice(existing.id, hour),
      );
      return;
    }
    await this.createAccount({ ...input, email, role: Role.TRAINEE }, passwordHash, {
      verified: false,
      approved: !hub.signupApproval,
    });
  }

  /** ADMIN: any role in any hub. COORDINATOR: mentors and trainees of their own hubs. Without a password, an invitation. */
  async createUser(actor: AuthUser, input: NewUser): Promise<UserEntity> {
    const allowed =
      actor.role === Role.ADMIN ||
      (input.hubId !== undefined && canManageHub(actor, input.hubId) && [Role.MENTOR, Role.TRAINEE].includes(input.role));
    if (!allowed) throw IdentityErrors.cannotCreateRole();
    if (input.hubId) await this.hubs.getHub(input.hubId);
    const email = normaliseEmail(input.email);
    if (input.password) this.requireStrongPassword('password', input.password, email);
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return this.createAccount({ ...input, email }, passwordHash, { verified: true, approved: true });
  }

  async login(emailInput: string, password: string, ip: string | undefined): Promise<Session> {
    const email = normaliseEmail(emailInput);
    await this.throttle.reserve(email, ip);
    const user = await this.withPasswordHash('u.email = :email', { email });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
    if (!user || !valid) throw IdentityErrors.badCredentials();
    await this.throttle.succeeded(email, ip);
    if (user.deactivatedAt) throw IdentityErrors.accountDeactivated();
    if (!user.emailVerifiedAt) {
      await this.sendLink(user, AccountTokenPurpose.VerifyEmail);
      throw IdentityErrors.emailNotVerified();
    }
    return { user, ...(await this.tokens.issue(user.id)) };
  }

  async refresh(token: string): Promise<Session> {
    const { userId, family } = await this.tokens.spendRefresh(token);
    const user = await this.users.findOneBy({ id: userId, deactivatedAt: IsNull() });
    if (!user) throw IdentityErrors.invalidToken();
    return { user, ...(await this.tokens.issue(user.id, family)) };
  }

  /** The emailed confirmation link: the address is confirmed and the person is logged in. */
  async verifyEmail(token: string): Promise<Session> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const spent = await this.tokens.spendAccountToken(manager, token, [AccountTokenPurpose.VerifyEmail]);
      await manager.update(UserEntity, { id: spent.userId, emailVerifiedAt: IsNull() }, { emailVerifiedAt: this.clock.now() });
      return spent.userId;
    });
    return this.startSession(userId);
  }

  /** A reset or invitation link sets a new password, ends every other login and logs the person in. */
  async resetPassword(token: string, newPassword: string): Promise<Session> {
    const userId = await this.dataSource.transaction(async (manager) => {
      const spent = await this.tokens.spendAccountToken(manager, token, [
        AccountTokenPurpose.ResetPassword,
        AccountTokenPurpose.Invitation,
      ]);
      const user = await manager.findOneByOrFail(UserEntity, { id: spent.userId });
      this.requireStrongPassword('newPassword', newPassword, user.email);
      await manager.update(
        UserEntity,
        { id: user.id },
        { passwordHash: await hashPassword(newPassword), emailVerifiedAt: user.emailVerifiedAt ?? this.clock.now() },
      );
      await this.tokens.revokeAllFamilies(user.id, null, manager);
      return user.id;
    });
    return this.startSession(userId);
  }

  /** Emails a reset link when the address has an active account; answers the same either way. */
  async requestPasswordReset(emailInput: string, ip: string | undefined): Promise<void> {
    await this.spendOrRefuse({ key: `reset:${clientSource(ip)}`, limit: RESET_REQUESTS_PER_SOURCE_HOUR, windowSeconds: 3600 });
    const user = await this.users.findOneBy({ email: normaliseEmail(emailInput), deactivatedAt: IsNull() });
    if (user) await this.sendLink(user, AccountTokenPurpose.ResetPassword);
  }

  /** Needs the current password (counted like a login); every other login of the person ends. */
  async changePassword(caller: AuthUser, currentPassword: string, newPassword: string, ip: string | undefined): Promise<void> {
    const user = await this.withPasswordHash('u.id = :id', { id: caller.id });
    if (!user) throw IdentityErrors.userNotFound();
    await this.throttle.reserve(user.email, ip);
    if (!user.passwordHash || !(await verifyPassword(user.passwordHash, currentPassword))) throw IdentityErrors.wrongCurrentPassword();
    await this.throttle.succeeded(user.email, ip);
    this.requireStrongPassword('newPassword', newPassword, user.email);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: user.id }, { passwordHash: await hashPassword(newPassword) });
      await this.tokens.revokeAllFamilies(user.id, caller.sessionId ?? null, manager);
    });
  }

  /** Ends the caller's login: its refresh token and, at once, its access tokens. */
  async logout(caller: AuthUser): Promise<void> {
    if (caller.sessionId) await this.tokens.revokeFamily(caller.sessionId);
  }

  async logoutEverywhere(caller: AuthUser): Promise<void> {
    await this.tokens.revokeAllFamilies(caller.id);
  }

  /** A person corrects their own name, language (emails and errors follow it) or birth year. */
  async updateMyProfile(
    caller: AuthUser,
    input: { fullName?: string | null; locale?: Locale | null; birthYear?: number | null },
  ): Promise<UserEntity> {
    const user = await this.getUser(caller.id);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(
        UserEntity,
        { id: user.id },
        {
          fullName: input.fullName?.trim() || user.fullName,
          locale: input.locale ?? user.locale,
          birthYear: input.birthYear ?? user.birthYear,
        },
      );
      await this.audit.record({ actorId: caller.id, action: AuditAction.PROFILE_CORRECTED, subjectId: user.id }, manager);
    });
    return this.getUser(user.id);
  }

  /** The person accepts the current privacy notice (a stale version means they read an older text). */
  async acceptPrivacyNotice(caller: AuthUser, version: string): Promise<UserEntity> {
    if (version !== PRIVACY_NOTICE_VERSION) throw IdentityErrors.privacyNoticeChanged();
    await this.users.update({ id: caller.id }, { privacyNoticeVersion: version, privacyNoticeAcceptedAt: this.clock.now() });
    return this.getUser(caller.id);
  }

  /** A coordinator (or admin) records the guardian's consent for a trainee who may be under 18; a new record replaces the old. */
  async recordGuardianConsent(actor: AuthUser, input: { userId: string; guardianName: string; consentedOn: string }): Promise<UserEntity> {
    await this.managedPerson(actor, input.userId, IdentityErrors.cannotEdit);
    const today = DateTime.fromJSDate(this.clock.now(), { zone: 'Asia/Jakarta' }).toISODate()!;
    if (input.consentedOn > today) throw IdentityErrors.consentInFuture();
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(
        GuardianConsentEntity,
        { ...input, guardianName: input.guardianName.trim(), recordedBy: actor.id, recordedAt: this.clock.now() },
        ['userId'],
      );
      await this.audit.record({ actorId: actor.id, action: AuditAction.GUARDIAN_CONSENT_RECORDED, subjectId: input.userId }, manager);
    });
    return this.getUser(input.userId);
  }

  /** Batch loader: each person's recorded guardian consent, if any. */
  async guardianConsentsByUserIds(ids: readonly string[]): Promise<(GuardianConsentEntity | undefined)[]> {
    return oneByKey(ids, await this.dataSource.getRepository(GuardianConsentEntity).findBy({ userId: In([...ids]) }), (row) => row.userId);
  }

  /** Whether the person may be under 18 (by the birth year they gave) and no guardian's consent is recorded. */
  async lacksGuardianConsent(userId: string): Promise<boolean> {
    const [row] = await this.dataSource.query<{ birth_year: number | null; consented: boolean }[]>(
      `SELECT u.birth_year, EXISTS (SELECT 1 FROM guardian_consent g WHERE g.user_id = u.id) AS consented FROM "user" u WHERE u.id = $1`,
      [userId],
    );
    return row !== undefined && needsGuardianConsent(row.birth_year, row.consented, this.clock.now());
  }

  /**
   * Invites many people to a hub at once (each gets an email to choose a password); an email that
   * already has an account is reported, not an error for the rest.
   */
  async inviteMany(actor: AuthUser, hubId: string, people: Omit<NewUser, 'password' | 'hubId'>[]): Promise<Invitation[]> {
    const invitations: Invitation[] = [];
    for (const person of people) {
      try {
        invitations.push({ email: normaliseEmail(person.email), user: await this.createUser(actor, { ...person, hubId }) });
      } catch (error) {
        if (!hasReason(error, 'emailTaken')) throw error;
        invitations.push({ email: normaliseEmail(person.email), user: null });
      }
    }
    return invitations;
  }

  /** A coordinator corrects a member's name (ADMIN: anyone's). Certificates already issued keep the old name until reissued. */
  async correctName(actor: AuthUser, userId: string, fullName: string): Promise<UserEntity> {
    await this.managedPerson(actor, userId, IdentityErrors.cannotEdit);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { fullName: fullName.trim() });
      await this.audit.record({ actorId: actor.id, action: AuditAction.NAME_CORRECTED, subjectId: userId }, manager);
    });
    return this.getUser(userId);
  }

  /** ADMIN: anyone but themself. COORDINATOR: mentors and trainees of their hubs. Every login of the person ends at once. */
  async setActive(actor: AuthUser, userId: string, active: boolean): Promise<UserEntity> {
    await this.managedPerson(actor, userId, IdentityErrors.cannotDeactivate);
    if ((await this.getUser(userId)).erasedAt) throw IdentityErrors.userNotFound();
    await this.dataSource.transaction(async (manager) => {
      await manager.update(UserEntity, { id: userId }, { deactivatedAt: active ? null : this.clock.now() });
      if (!active) await this.tokens.revokeAllFamilies(userId, null, manager);
      const action = active ? AuditAction.PERSON_REACTIVATED : AuditAction.PERSON_DEACTIVATED;
      await this.audit.record({ actorId: actor.id, action, subjectId: userId }, manager);
    });
    return this.getUser(userId);
  }

  /** A person's record for their own page: for an admin, or a coordinator of a hub they belong to (or asked to join); NOT_FOUND otherwise. */
  async memberOf(actor: AuthUser, userId: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id: userId });
    const hubIds = user ? (await this.memberships.findBy({ userId })).map((membership) => membership.hubId) : [];
    if (!user || !(actor.role === Role.ADMIN || hubIds.some((hubId) => canManageHub(actor, hubId)))) throw IdentityErrors.userNotFound();
    return user;
  }

  /** The person, if the actor manages them: an admin anyone but themself, a coordinator the mentors and trainees of their hubs. */
  private async managedPerson(actor: AuthUser, userId: string, refusal: () => Error): Promise<AuthUser> {
    const target = await this.loadAuthUser(userId, { includeInactive: true }).catch(() => {
      throw IdentityErrors.userNotFound();
    });
    const allowed =
      (actor.role === Role.ADMIN && actor.id !== target.id) ||
      ([Role.MENTOR, Role.TRAINEE].includes(target.role) && target.hubIds.some((hubId) => canManageHub(actor, hubId)));
    if (!allowed) throw refusal();
    return target;
  }

  /** Self-registered trainees waiting for a coordinator of a hub that approves sign-ups, oldest first. */
  async pendingMembers(actor: AuthUser, hubId: string, window: ListWindow): Promise<UserEntity[]> {
    if (!canManageHub(actor, hubId)) return [];
    const waiting = this.users
      .createQueryBuilder('u')
      .innerJoin(HubMembershipEntity, 'm', 'm.user_id = u.id AND m.hub_id = :hubId AND m.approved_at IS NULL', { hubId })
      .orderBy('m.created_at')
      .addOrderBy('u.id');
    return preparedPlainRows<UserEntity>(this.dataSource.manager, waiting, window);
  }

  async approveMember(actor: AuthUser, hubId: string, userId: string): Promise<UserEntity> {
    if (!canManageHub(actor, hubId)) throw IdentityErrors.membershipNotFound();
    const approved = await this.memberships.update({ hubId, userId, approvedAt: IsNull() }, { approvedAt: this.clock.now() });
    if (approved.affected !== 1 && !(await this.memberships.existsBy({ hubId, userId }))) throw IdentityErrors.membershipNotFound();
    return this.getUser(userId);
  }

  /**
   * The caller behind a verified access token — active, of a login not ended — with their hubs, and
   * their own row as lists show it (so that `me` reads nothing more), in one query.
   */
  async authenticated(accessToken: string): Promise<CallerRow> {
    const { userId, sessionId } = this.tokens.verifyAccess(accessToken);
    const { caller, shown } = await this.callers.get(userId, sessionId ?? '', () => this.callerRow(userId, { sessionId }));
    return { caller: { ...caller, sessionId: sessionId ?? undefined }, shown };
  }

  /**
   * A user with their role, language and approved hubs, in one query (for the guard, seeds and jobs).
   * A deactivated user, or a login that was ended, is not found.
   */
  async loadAuthUser(userId: string, options: { sessionId?: string | null; includeInactive?: boolean } = {}): Promise<AuthUser> {
    return (await this.callerRow(userId, options)).caller;
  }

  private async callerRow(userId: string, options: { sessionId?: string | null; includeInactive?: boolean }): Promise<CallerRow> {
    const [row] = await preparedRows<ShownUser & Pick<AuthUser, 'hubIds'>>(
      this.dataSource.manager,
      `SELECT u.id, u.role, u.locale, u.email, u.full_name AS "fullName", u.deactivated_at AS "deactivatedAt",
              u.birth_year AS "birthYear", u.privacy_notice_version AS "privacyNoticeVersion", u.erased_at AS "erasedAt",
              coalesce(array_agg(m.hub_id) FILTER (WHERE m.hub_id IS NOT NULL AND m.approved_at IS NOT NULL), '{}') AS "hubIds"
         FROM "user" u LEFT JOIN hub_membership m ON m.user_id = u.id
        WHERE u.id = $1 AND ($2 OR u.deactivated_at IS NULL)
          AND NOT EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = $3::uuid AND t.revoked_at IS NOT NULL)
        GROUP BY u.id`,
      [userId, options.includeInactive ?? false, options.sessionId ?? null],
    );
    if (!row) throw IdentityErrors.invalidToken();
    const { hubIds, ...shown } = row;
    // Frozen: the same objects may serve many requests (CallerCache).
    return Object.freeze({
      caller: Object.freeze({ id: row.id, role: row.role, locale: row.locale, hubIds: Object.freeze(hubIds) as string[] }),
      shown: Object.freeze(shown),
    });
  }

  /** The one user the condition names, with the password hash every other read leaves out. */
  private withPasswordHash(condition: string, parameters: Record<string, string>): Promise<UserEntity | null> {
    return this.users.createQueryBuilder('u').addSelect('u.passwordHash').where(condition, parameters).getOne();
  }

  async getUser(id: string): Promise<UserEntity> {
    const [user] = await this.usersByIds([id]);
    if (!user) throw IdentityErrors.userNotFound();
    return user;
  }

  /** The accounts behind these emails (any case), as many as exist. */
  usersByEmails(emails: readonly string[]): Promise<UserEntity[]> {
    return this.users.findBy({ email: In(emails.map((email) => email.trim().toLowerCase())) });
  }

  usersByIds(ids: readonly string[]): Promise<(UserEntity | undefined)[]> {
    return rowsByIds(this.users, ids);
  }

  /** People as every list shows them (SHOWN_USER_PROPERTIES): a start-up directory shows 1,500, each with four timestamps it never reads. */
  shownUsersByIds(ids: readonly string[]): Promise<(ShownUser | undefined)[]> {
    return rowsByIds(this.users, ids, SHOWN_USER_PROPERTIES);
  }

  /** Batch loader: the hub ids of each user (approved memberships, or also those awaiting approval), oldest first. */
  async hubIdsByUserIds(userIds: readonly string[], { includePending = false } = {}): Promise<string[][]> {
    const memberships = await rowsByParentIds(
      this.memberships,
      'userId',
      userIds,
      { createdAt: 'ASC' },
      {
        properties: ['userId', 'hubId'],
        condition: includePending ? undefined : 'approved_at IS NOT NULL',
      },
    );
    return memberships.map((ofUser) => ofUser.map((membership) => membership.hubId));
  }

  /** What an emailed link needs: the person, why, and the token text; null once it was used or expired. */
  async accountLink(tokenId: string): Promise<{ user: UserEntity; purpose: AccountTokenPurpose; token: string } | null> {
    const row = await this.dataSource.getRepository(AccountTokenEntity).findOneBy({ id: tokenId, usedAt: IsNull() });
    if (!row || row.expiresAt <= this.clock.now()) return null;
    return { user: await this.getUser(row.userId), purpose: row.purpose, token: this.tokens.accountTokenText(row.id) };
  }

  /** Whose account link this is and what for, used or not (to list its email as undelivered). */
  async accountTokenOwner(tokenId: string): Promise<{ userId: string; purpose: AccountTokenPurpose } | null> {
    return this.dataSource.getRepository(AccountTokenEntity).findOne({ where: { id: tokenId }, select: { userId: true, purpose: true } });
  }

  /** Creates the first admin from the environment when no user has that email yet. */
  async ensureAdmin(email: string, password: string): Promise<UserEntity> {
    const existing = await this.users.findOneBy({ email: normaliseEmail(email) });
    if (existing) return existing;
    const admin = await this.createAccount(
      { email: normaliseEmail(email), fullName: 'Admin Sanggar', role: Role.ADMIN },
      await hashPassword(password),
      { verified: true, approved: true },
    );
    this.logger.log('first admin account created');
    return admin;
  }

  private requireStrongPassword(field: string, password: string, email: string): void {
    const problem = passwordProblem(password, email);
    if (problem) throw IdentityErrors.weakPassword(field, problem);
  }

  private async spendOrRefuse(budget: { key: string; limit: number; windowSeconds: number }): Promise<void> {
    const reservation = await this.limiter.reserve(budget);
    if (!reservation.allowed) throw IdentityErrors.rateLimited(reservation.retryAfterSeconds);
  }

  /** Emails a fresh link, at most a few an hour per person whoever asks (more are dropped quietly). */
  private async sendLink(user: UserEntity, purpose: AccountTokenPurpose): Promise<void> {
    const reservation = await this.limiter.reserve({ key: `links:${user.id}`, limit: LINKS_PER_PERSON_HOUR, windowSeconds: 3600 });
    if (!reservation.allowed) return;
    await this.dataSource.transaction((manager) => this.queueLink(manager, user.id, purpose));
  }

  private async queueLink(manager: EntityManager, userId: string, purpose: AccountTokenPurpose): Promise<void> {
    const tokenId = await this.tokens.createAccountToken(manager, userId, purpose, LINK_VALIDITY_MS[purpose]);
    await this.outbox.add(manager, { name: JobName.SendAccountEmail, data: { tokenId } }, jobIds.accountEmail(tokenId));
  }

  private async startSession(userId: string): Promise<Session> {
    const user = await this.users.findOneBy({ id: userId, deactivatedAt: IsNull() });
    if (!user) throw IdentityErrors.accountDeactivated();
    return { user, ...(await this.tokens.issue(user.id)) };
  }

  /**
   * User, hub membership and first email in one transaction: all of them or none. The email welcomes
   * a person who has a password, asks a self-registered one to confirm, and invites one without.
   */
  private async createAccount(
    input: Omit<NewUser, 'password'>,
    passwordHash: string | null,
    { verified, approved }: { verified: boolean; approved: boolean },
  ): Promise<UserEntity> {
    const now = this.clock.now();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(UserEntity, {
            email: input.email,
            fullName: input.fullName.trim(),
            role: input.role,
            locale: input.locale ?? Locale.id,
            passwordHash,
            emailVerifiedAt: verified && passwordHash ? now : null,
            ...(input.acceptsPrivacyNotice ? { privacyNoticeVersion: PRIVACY_NOTICE_VERSION, privacyNoticeAcceptedAt: now } : {}),
          }),
        );
        if (input.hubId)
          await manager.insert(HubMembershipEntity, { userId: user.id, hubId: input.hubId, approvedAt: approved ? now : null });
        if (!passwordHash) await this.queueLink(manager, user.id, AccountTokenPurpose.Invitation);
        else if (!verified) await this.queueLink(manager, user.id, AccountTokenPurpose.VerifyEmail);
        else await this.outbox.add(manager, { name: JobName.SendWelcomeEmail, data: { userId: user.id } }, jobIds.welcomeEmail(user.id));
        return user;
      });
    } catch (error) {
      if (pgCode(error) === PgError.UniqueViolation) throw IdentityErrors.emailTaken();
      throw error;
    }
  }
}
