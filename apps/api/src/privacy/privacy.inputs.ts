import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEnum, IsString, IsUUID, MaxLength } from 'class-validator';
import { ErasureReason } from '@sanggar/audit';
import { trim } from '../graphql/transforms.js';
import { says } from '../graphql/validation.js';

const PERSON = says('Pilih orang yang valid', 'Choose a valid person');
const REASON = says('Pilih alasan penghapusan', 'Choose why the person is erased');
const CONFIRM = says('Ketik email orang ini untuk konfirmasi', 'Type this person’s email to confirm');

@InputType()
export class ErasePersonInput {
  @Field(() => ID)
  @IsUUID('all', PERSON)
  userId: string;

  @Field(() => ErasureReason)
  @IsEnum(ErasureReason, REASON)
  reason: ErasureReason;

  @Field(() => String, { description: 'The person’s current email, typed again: the second confirmation' })
  @Transform(trim)
  @IsString(CONFIRM)
  @MaxLength(254, CONFIRM)
  confirmEmail: string;
}
