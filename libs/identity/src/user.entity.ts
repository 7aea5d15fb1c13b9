import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Locale, Role } from '@sanggar/core';

@Entity('user')
@Check('user_email_normalised', '"email" = lower(btrim("email"))')
@Check('user_role_known', `"role" IN ('ADMIN', 'COORDINATOR', 'MENTOR', 'TRAINEE')`)
@Check('user_locale_known', `"locale" IN ('id', 'en')`)
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

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
