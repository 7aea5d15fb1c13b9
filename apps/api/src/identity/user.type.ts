import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale, Role } from '@sanggar/core';
import type { ShownUser } from '@sanggar/identity';
import { DateTimeScalar, LocalDateScalar } from '../graphql/scalars.js';

registerEnumType(Role, { name: 'Role' });
registerEnumType(Locale, { name: 'Locale' });

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id: string;

  /** Shown through UserResolver.email, only to those who need it. */
  emailAddress: string;

  /** The person is the one being logged in (the user of an AuthPayload), who may see their own email. */
  isViewer?: boolean;

  /** Shown through UserResolver.active, to the same people as the email. */
  deactivatedAt: Date | null;

  /** Shown through UserResolver, to the same people as the email. */
  birthYearGiven: number | null;

  /** Shown to the person only, through UserResolver.privacyNoticeAccepted. */
  privacyNoticeVersion: string | null;

  @Field(() => String)
  fullName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Locale)
  locale: Locale;

  @Field(() => Boolean, { description: 'Erased on request (UU PDP): the name is "Peserta terhapus #n" and nothing else of them remains' })
  erased: boolean;
}

export const toUserType = (user: ShownUser): UserType => ({
  id: user.id,
  emailAddress: user.email,
  deactivatedAt: user.deactivatedAt,
  birthYearGiven: user.birthYear,
  privacyNoticeVersion: user.privacyNoticeVersion,
  fullName: user.fullName,
  role: user.role,
  locale: user.locale,
  erased: user.erasedAt !== null,
});

@ObjectType('AuthPayload')
export class AuthPayloadType {
  @Field(() => String, { description: 'Short-lived (15 min) JWT for the Authorization: Bearer header' })
  accessToken: string;

  @Field(() => String, { description: 'Rotating: each use returns a new one; a used token is rejected the second time' })
  refreshToken: string;

  @Field(() => UserType)
  user: UserType;
}

@ObjectType('Invitation', { description: 'One person of inviteUsers' })
export class InvitationType {
  @Field(() => String, { description: 'Lower-cased' })
  email: string;

  @Field(() => UserType, { nullable: true, description: 'The new account; null when the email already had one (nothing was sent)' })
  user: UserType | null;
}

@ObjectType('GuardianConsent', { description: 'A parent’s or guardian’s consent for a trainee who may be under 18' })
export class GuardianConsentType {
  @Field(() => String)
  guardianName: string;

  @Field(() => LocalDateScalar)
  consentedOn: string;

  @Field(() => DateTimeScalar, { description: 'When a coordinator recorded it' })
  recordedAt: string;
}
