import { applyDecorators } from '@nestjs/common';
import { OmitType, PartialType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { trim } from '../graphql/transforms.js';
import { says } from '../graphql/validation.js';

const HubName = (options: { nullable: boolean }) =>
  applyDecorators(
    Field(() => String, options),
    Transform(trim),
    Length(1, 120, says('Nama hub wajib diisi, maksimal 120 karakter', 'Enter the hub name, at most 120 characters')),
  );
const HubCity = (options: { nullable: boolean }) =>
  applyDecorators(
    Field(() => String, options),
    Transform(trim),
    Length(1, 120, says('Kota wajib diisi, maksimal 120 karakter', 'Enter the city, at most 120 characters')),
  );

@InputType()
export class CreateHubInput {
  @HubName({ nullable: false })
  name: string;

  @HubCity({ nullable: false })
  city: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone; Asia/Jakarta when omitted' })
  @IsOptional()
  @Length(1, 64, says('Zona waktu harus berupa nama IANA, misalnya Asia/Jakarta', 'The time zone must be an IANA name, e.g. Asia/Jakarta'))
  timezone?: string;
}

@InputType({ description: 'What is given changes; the rest stays' })
export class UpdateHubInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih hub yang valid', 'Choose a valid hub'))
  id: string;

  /** Admins only: certificates already issued keep the name they were issued under. */
  @HubName({ nullable: true })
  @IsOptional()
  name?: string;

  @HubCity({ nullable: true })
  @IsOptional()
  city?: string;

  @Field(() => String, { nullable: true, description: 'IANA time zone, e.g. Asia/Makassar' })
  @IsOptional()
  @Length(1, 64, says('Zona waktu harus berupa nama IANA, misalnya Asia/Jakarta', 'The time zone must be an IANA name, e.g. Asia/Jakarta'))
  timezone?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  signupApproval?: boolean;
}

@InputType()
export class CreateRoomInput {
  @Field(() => ID)
  @IsUUID('all', says('Pilih hub yang valid', 'Choose a valid hub'))
  hubId: string;

  @Field(() => String)
  @Transform(trim)
  @Length(1, 120, says('Nama ruang wajib diisi, maksimal 120 karakter', 'Enter the room name, at most 120 characters'))
  name: string;

  @Field(() => Int)
  @IsInt(says('Kapasitas harus bilangan bulat', 'The capacity must be a whole number'))
  @Min(1, says('Kapasitas minimal 1 orang', 'The capacity must be at least 1 person'))
  @Max(2000, says('Kapasitas maksimal 2000 orang', 'The capacity must be at most 2000 people'))
  capacity: number;
}

@InputType({ description: 'The fields given change' })
export class UpdateRoomInput extends PartialType(OmitType(CreateRoomInput, ['hubId'] as const)) {}
