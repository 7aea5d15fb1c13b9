import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  type CohortEntity,
  CohortStatus,
  type EnrollmentEntity,
  EnrollmentOutcomeKind,
  type EnrollmentPageRow,
  EnrollmentStatus,
} from '@sanggar/cohorts';
import { LocalDateScalar } from '../graphql/scalars.js';

registerEnumType(CohortStatus, { name: 'CohortStatus' });
registerEnumType(EnrollmentStatus, { name: 'EnrollmentStatus' });

@ObjectType('Cohort')
export class CohortType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  name: string;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @Field(() => LocalDateScalar)
  endsOn: string;

  @Field(() => Int)
  capacity: number;

  @Field(() => CohortStatus)
  status: CohortStatus;

  hubId: string;
  curriculumId: string;
  /** Kept for field resolvers that scope by hub. */
  entity: CohortEntity;
}

export const toCohortType = (cohort: CohortEntity): CohortType => ({
  id: cohort.id,
  name: cohort.name,
  startsOn: cohort.startsOn,
  endsOn: cohort.endsOn,
  capacity: cohort.capacity,
  status: cohort.status,
  hubId: cohort.hubId,
  curriculumId: cohort.curriculumId,
  entity: cohort,
});

@ObjectType('Enrollment')
export class EnrollmentType {
  @Field(() => ID)
  id: string;

  @Field(() => EnrollmentStatus)
  status: EnrollmentStatus;

  seatedAt: Date | null;

  cohortId: string;
  traineeId: string;
}

/**
 * What a row that points at an enrollment knows of it: enough for every field but its status and
 * seat (ENROLLMENT_REF_FIELDS), so a list naming each trainee reads no enrollment.
 */
export type EnrollmentRef = Pick<EnrollmentType, 'id' | 'cohortId' | 'traineeId'>;

/** The fields an EnrollmentRef answers. */
export const ENROLLMENT_REF_FIELDS: ReadonlySet<string> = new Set(['id', 'cohort', 'trainee', '__typename']);

export const toEnrollmentType = (enrollment: EnrollmentEntity): EnrollmentType => ({
  id: enrollment.id,
  status: enrollment.status,
  seatedAt: enrollment.seatedAt,
  cohortId: enrollment.cohortId,
  traineeId: enrollment.traineeId,
});

@ObjectType('EnrollmentEdge')
export class EnrollmentEdgeType {
  @Field(() => String)
  cursor: string;

  @Field(() => EnrollmentType)
  node: EnrollmentType;
}

/** An edge of a loaded page: its cursor is written out only if the query asks for it. */
export class EnrollmentPageEdge implements EnrollmentEdgeType {
  readonly node: EnrollmentType;

  constructor(private readonly row: EnrollmentPageRow) {
    this.node = toEnrollmentType(row.enrollment);
  }

  get cursor(): string {
    return this.row.cursor;
  }
}

@ObjectType('PageInfo')
export class PageInfoType {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('EnrollmentConnection')
export class EnrollmentConnectionType {
  @Field(() => [EnrollmentEdgeType])
  edges: EnrollmentEdgeType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;

  @Field(() => Int)
  totalCount: number;
}

registerEnumType(EnrollmentOutcomeKind, { name: 'EnrollmentOutcomeKind' });

@ObjectType('EnrollmentOutcome', { description: 'What enrollMany did for one trainee or email' })
export class EnrollmentOutcomeType {
  @Field(() => String, { nullable: true, description: 'As pasted (lower-cased); null for a trainee picked by id' })
  email: string | null;

  @Field(() => ID, { nullable: true, description: 'null for an email without an account' })
  traineeId: string | null;

  @Field(() => EnrollmentOutcomeKind)
  outcome: EnrollmentOutcomeKind;

  @Field(() => EnrollmentType, { nullable: true, description: 'When ENROLLED or WAITLISTED' })
  enrollment: EnrollmentType | null;
}
