import { Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsInt,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { Locale, Role } from '@sanggar/core';
import { MIN_PASSWORD_LENGTH } from '@sanggar/identity';
import { LocalDateScalar } from '../graphql/scalars.js';
import { trim } from '../graphql/transforms.js';
import { says } from '../graphql/validation.js';

const EMAIL = says('Masukkan alamat email yang valid, misalnya nama@contoh.id', 'Enter a valid email address, e.g. name@example.com');
const PASSWORD_MAX = says('Kata sandi maksimal 128 karakter', 'The password must be at most 128 characters');
const PASSWORD_MIN = says(
  `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter`,
  `The password must be at least ${MIN_PASSWORD_LENGTH} characters`,
);
const FULL_NAME = says('Nama lengkap wajib diisi, maksimal 200 karakter', 'Enter your full name, at most 200 characters');
const PLAIN_NAME = says('Tulis nama saja, tanpa tautan, alamat web atau email', 'Write a name only, without links, web or email addresses');
const HUB_ID = says('Pilih hub yang valid', 'Choose a valid hub');
const INVITES = says('Undang 1 sampai 200 orang sekaligus', 'Invite 1 to 200 people at once');
const ROLE = says('Peran harus ADMIN, COORDINATOR, MENTOR atau TRAINEE', 'The role must be ADMIN, COORDINATOR, MENTOR or TRAINEE');
const LOCALE = says('Bahasa harus id atau en', 'The language must be id or en');
const BIRTH_YEAR = says('Tahun lahir tidak valid', 'Enter a valid birth year');
const PERSON = says('Pilih orang yang valid', 'Choose a valid person');
const GUARDIAN_NAME = says(
  'Nama orang tua atau wali wajib diisi, maksimal 200 karakter',
  'Enter the parent’s or guardian’s name, at most 200 characters',
);
const TOKEN = says('Tautan tidak lengkap; buka lagi tautan dari email', 'The link is incomplete; open the link from the email again');

/**
 * A person's name goes into emails to others: no characters or shapes a mail program would turn into
 * a link (scheme, web or email address, a domain such as bit.ly).
 */
// A domain has a word of two or more before its dot ("bit.ly"); academic titles have one letter ("S.Kom", "M.Sc").
const NAME_WITHOUT_LINKS = /^(?!.*(?:www\.|[a-z0-9]{2}\.[a-z]{2,}))[^<>@/\\:{}[\]|]*$/i;

/** A password given to log in (any length it once had), or a new one (the service also refuses common ones). */
const PasswordField =
  ({ isNew = false } = {}) =>
  (target: object, property: string) => {
    Field(() => String)(target, property);
    IsString()(target, property);
    MaxLength(128, PASSWORD_MAX)(target, property);
    if (isNew) MinLength(MIN_PASSWORD_LENGTH, PASSWORD_MIN)(target, property);
  };

@InputType()
export class RegisterInput {
  @Field(() => String)
  @Transform(trim)
  @MaxLength(254, EMAIL)
  @IsEmail({}, EMAIL)
  email: string;

  @PasswordField({ isNew: true })
  password: string;

  @Field(() => String)
  @Transform(trim)
  @Matches(NAME_WITHOUT_LINKS, PLAIN_NAME)
  @Length(1, 200, FULL_NAME)
  fullName: string;

  @Field(() => ID)
  @IsUUID('all', HUB_ID)
  hubId: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale, LOCALE)
  locale?: Locale;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The person ticked that they read and accept the privacy notice (privacyNoticeVersion)',
  })
  @IsOptional()
  @IsBoolean()
  acceptPrivacyNotice?: boolean;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  @MaxLength(254, EMAIL)
  @IsString()
  email: string;

  @PasswordField()
  password: string;
}

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @Transform(trim)
  @MaxLength(254, EMAIL)
  @IsEmail({}, EMAIL)
  email: string;

  @Field(() => String, { nullable: true, description: 'Without one, the person gets an email inviting them to choose their own' })
  @IsOptional()
  @IsString()
  @MaxLength(128, PASSWORD_MAX)
  @MinLength(MIN_PASSWORD_LENGTH, PASSWORD_MIN)
  password?: string | null;

  @Field(() => String)
  @Transform(trim)
  @Matches(NAME_WITHOUT_LINKS, PLAIN_NAME)
  @Length(1, 200, FULL_NAME)
  fullName: string;

  @Field(() => ID)
  @IsUUID('all', HUB_ID)
  hubId: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale, LOCALE)
  locale?: Locale;

  @Field(() => Role)
  @IsEnum(Role, ROLE)
  role: Role;
}

/** People one inviteUsers call takes: a pasted class list. */
export const MAX_INVITES = 200;

@InputType({ description: 'One person to invite: the account is created, the email invites them to choose a password' })
export class InvitePersonInput extends PickType(CreateUserInput, ['email', 'fullName', 'role', 'locale'] as const, InputType) {}

@InputType({ description: 'Up to 200 people for one hub' })
export class InviteUsersInput {
  @Field(() => ID)
  @IsUUID('all', HUB_ID)
  hubId: string;

  @Field(() => [InvitePersonInput])
  @ArrayMinSize(1, INVITES)
  @ArrayMaxSize(MAX_INVITES, INVITES)
  @ValidateNested({ each: true })
  @Type(() => InvitePersonInput)
  people: InvitePersonInput[];
}

@InputType({ description: 'A coordinator’s correction of a member' })
export class UpdateUserInput extends PickType(CreateUserInput, ['fullName'] as const, InputType) {}

@InputType({ description: 'From the link of a reset or invitation email' })
export class ResetPasswordInput {
  @Field(() => String)
  @IsString()
  @Length(10, 200, TOKEN)
  token: string;

  @PasswordField({ isNew: true })
  newPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @PasswordField()
  currentPassword: string;

  @PasswordField({ isNew: true })
  newPassword: string;
}

@InputType({ description: 'What is given changes; the rest stays' })
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Transform(trim)
  @Matches(NAME_WITHOUT_LINKS, PLAIN_NAME)
  @Length(1, 200, FULL_NAME)
  fullName?: string;

  @Field(() => Locale, { nullable: true, description: 'The language of screens, emails and errors' })
  @IsOptional()
  @IsEnum(Locale, LOCALE)
  locale?: Locale;

  @Field(() => Int, { nullable: true, description: 'Optional; someone who may be under 18 needs a guardian’s consent to enroll' })
  @IsOptional()
  @IsInt(BIRTH_YEAR)
  @Min(1900, BIRTH_YEAR)
  @Max(new Date().getFullYear(), BIRTH_YEAR)
  birthYear?: number;
}

@InputType({ description: 'A parent’s or guardian’s consent, from the form they signed' })
export class RecordGuardianConsentInput {
  @Field(() => ID)
  @IsUUID('all', PERSON)
  userId: string;

  @Field(() => String)
  @Transform(trim)
  @Matches(NAME_WITHOUT_LINKS, PLAIN_NAME)
  @Length(1, 200, GUARDIAN_NAME)
  guardianName: string;

  @Field(() => LocalDateScalar, { description: 'The day they consented (not in the future)' })
  @Allow()
  consentedOn: string;
}
