import { Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { AttendanceErrors } from '@sanggar/attendance';
import { CertificateErrors } from '@sanggar/certificates';
import { CohortErrors } from '@sanggar/cohorts';
import { GENERIC_REASON, Public, reasonsOf } from '@sanggar/core';
import { CurriculaErrors } from '@sanggar/curricula';
import { GradingErrors } from '@sanggar/grading';
import { HubErrors } from '@sanggar/hubs';
import { IdentityErrors } from '@sanggar/identity';
import { MentorshipErrors } from '@sanggar/mentorship';
import { SchedulingErrors } from '@sanggar/scheduling';
import { OTHER_REASONS } from './errors.js';
import { LimitReason } from './limits.js';

/** Every value `extensions.reason` can take: each context's error factories, the request limits, the generic ones. */
export const ERROR_REASONS = [
  ...new Set([
    ...Object.values(GENERIC_REASON),
    ...Object.values(LimitReason),
    ...Object.values(OTHER_REASONS),
    ...[
      HubErrors,
      IdentityErrors,
      CurriculaErrors,
      CohortErrors,
      SchedulingErrors,
      AttendanceErrors,
      GradingErrors,
      CertificateErrors,
      MentorshipErrors,
    ].flatMap(reasonsOf),
  ]),
].sort();

const ErrorReason = Object.fromEntries(ERROR_REASONS.map((reason) => [reason, reason]));
registerEnumType(ErrorReason, {
  name: 'ErrorReason',
  description:
    'What went wrong, in `extensions.reason` of every error beside its `code`: a client branches on it ' +
    '(e.g. ALREADY_ENROLLED, ROOM_TAKEN, SLOT_TAKEN, CHECKIN_EXPIRED, RATE_LIMITED) and shows `message` to people',
});

@Resolver()
export class ErrorReasonResolver {
  @Public()
  @Query(() => [ErrorReason], { description: 'Every ErrorReason, so clients can check they know them all' })
  errorReasons(): string[] {
    return ERROR_REASONS;
  }
}
