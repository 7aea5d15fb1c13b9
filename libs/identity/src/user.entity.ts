import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DateTime } from 'luxon';
import { Locale, Role } from '@sanggar/core';

/** Addresses of erased people: `.invalid` is reserved (RFC 2606), so nothing can ever be delivered there. */
export const erasedEmail = (erasureNumber: number) => `erased-${erasureNumber}@sanggar.invalid`;
export const isUndeliverable = (address: string) => address.endsWith('.invalid');
export const erasedName = (erasureNumber: number) => `Peserta terhapus #${erasureNumber}`;

/** The privacy notice people accept (apps/web shows its text); a new version is accepted again at the next login. */
export const PRIVACY_NOTICE_VERSION = '2026-12';

/**
 * Whether a guardian must consent before the person is enrolled: they may be under 18 now (with the year
 * alone, the year they turn 18 still counts; the year as Indonesian hubs read it) and no consent is recorded.
 */
export const needsGuardianConsent = (birthYear: number | null, consented: boolean, now: Date) =>
  !consented && birthYear !== null && DateTime.fromJSDate(now, { zone: 'Asia/Jakarta' }).year - birthYear <= 18;

@Entity('user')
// The member directory's indexes (created by migration): trigrams for "part of a name or email", and its A-to-Z order.
@Index('user_full_name_trgm', { synchronize: false })
@Index('user_email_trgm', { synchronize: false })
@Index('user_sort_name', { synchronize: false })
// A role's people A to Z (the mentor directory): 2 % of a hub's members without reading the rest.
@Index('user_role_name', ['role', 'fullName', 'id'])
@Check('user_email_normalised', '"email" = lower(btrim("email"))')
@Check('user_role_known', `"role" IN ('ADMIN', 'COORDINATOR', 'MENTOR', 'TRAINEE')`)
@Check('user_locale_known', `"locale" IN ('id', 'en')`)
@Check('user_birth_year_range', '"birth_year" BETWEEN 1900 AND 2100')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored trimmed and lower-cased, so uniqueness is case-insensitive. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  fullName: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'varchar', length: 2, default: Locale.id })
  locale: Locale;

  /**
   * argon2id; null for an invited person who has not chosen a password yet. Never loaded unless asked
   * for (IdentityService.withPasswordHash): no list or lookup carries it around.
   */
  @Column({ type: 'varchar', length: 200, nullable: true, select: false })
  passwordHash: string | null;

  /** When the person proved they read this address (a link we emailed); null: cannot log in yet. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Set by an admin or the hub's coordinator: no login, every session ended. */
  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Optional, given by the person: someone who may be under 18 needs a guardian's consent before enrolling. */
  @Column({ type: 'int', nullable: true })
  birthYear: number | null;

  /** The privacy notice version the person accepted, and when. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  privacyNoticeVersion: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  privacyNoticeAcceptedAt: Date | null;

  /** When an admin erased the person (UU PDP): every personal field above is then anonymised. */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  /** The n of "Peserta terhapus #n": numbers erased people apart without saying who they were. */
  @Column({ type: 'int', nullable: true, unique: true })
  erasureNumber: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

/** What a person is shown with wherever they appear (a roster, a directory, a register): never their timestamps but whether they are deactivated or erased. */
export const SHOWN_USER_PROPERTIES = [
  'id',
  'email',
  'fullName',
  'role',
  'locale',
  'deactivatedAt',
  'birthYear',
  'privacyNoticeVersion',
  'erasedAt',
] as const satisfies readonly (keyof UserEntity)[];

export type ShownUser = Pick<UserEntity, (typeof SHOWN_USER_PROPERTIES)[number]>;
