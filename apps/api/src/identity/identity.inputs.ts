import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength, MinLength } from 'class-validator';
import { Locale, Role } from '@sanggar/core';
import { trim } from '../graphql/transforms.js';
import { says } from '../graphql/validation.js';

const EMAIL = says('Masukkan alamat email yang valid, misalnya nama@contoh.id', 'Enter a valid email address, e.g. name@example.com');
const PASSWORD_MIN = says('Kata sandi minimal 8 karakter', 'The password must be at least 8 characters');
const PASSWORD_MAX = says('Kata sandi maksimal 128 karakter', 'The password must be at most 128 characters');
const FULL_NAME = says('Nama lengkap wajib diisi, maksimal 200 karakter', 'Enter your full name, at most 200 characters');
const HUB_ID = says('Pilih hub yang valid', 'Choose a valid hub');
const ROLE = says('Peran harus ADMIN, COORDINATOR, MENTOR atau TRAINEE', 'The role must be ADMIN, COORDINATOR, MENTOR or TRAINEE');
const LOCALE = says('Bahasa harus id atau en', 'The language must be id or en');

@InputType()
export class RegisterInput {
  @Field(() => String)
  @Transform(trim)
  @MaxLength(254, EMAIL)
  @IsEmail({}, EMAIL)
  email: string;

  @Field(() => String)
  @IsString()
  @MinLength(8, PASSWORD_MIN)
  @MaxLength(128, PASSWORD_MAX)
  password: string;

  @Field(() => String)
  @Transform(trim)
  @Length(1, 200, FULL_NAME)
  fullName: string;

  @Field(() => ID)
  @IsUUID('all', HUB_ID)
  hubId: string;

  @Field(() => Locale, { nullable: true })
  @IsOptional()
  @IsEnum(Locale, LOCALE)
  locale?: Locale;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  @MaxLength(254, EMAIL)
  @IsString()
  email: string;

  @Field(() => String)
  @IsString()
  @MaxLength(128, PASSWORD_MAX)
  password: string;
}

@InputType()
export class CreateUserInput extends RegisterInput {
  @Field(() => Role)
  @IsEnum(Role, ROLE)
  role: Role;
}
