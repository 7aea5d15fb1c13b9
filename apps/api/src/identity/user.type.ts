import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Locale, Role } from '@sanggar/core';
import type { UserEntity } from '@sanggar/identity';

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

  @Field(() => String)
  fullName: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Locale)
  locale: Locale;
}

export const toUserType = (user: UserEntity): UserType => ({
  id: user.id,
  emailAddress: user.email,
  deactivatedAt: user.deactivatedAt,
  fullName: user.fullName,
  role: user.role,
  locale: user.locale,
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
