import { randomBytes } from 'node:crypto';
import { type AuthUser, Locale, Role } from '@sanggar/core';
import { type CohortEntity, CohortsService } from '@sanggar/cohorts';
import { CurriculaService, type CurriculumEntity } from '@sanggar/curricula';
import { type HubEntity, HubsService, type RoomEntity } from '@sanggar/hubs';
import { IdentityService, PRIVACY_NOTICE_VERSION, type UserEntity } from '@sanggar/identity';
import { DataSource } from 'typeorm';
import type { TestApp } from './harness.js';
import { day } from './time.js';

export const FACTORY_PASSWORD = 'rahasia-sekali';

/** Acts with every permission, so factories can build any fixture directly through the services. */
const SYSTEM: AuthUser = { id: '00000000-0000-0000-0000-000000000000', role: Role.ADMIN, locale: Locale.id, hubIds: [] };

const unique = () => randomBytes(4).toString('hex');

export interface CurriculumPlan {
  title?: string;
  description?: string;
  rule?: Partial<{ minAttendanceRate: number; minFinalScore: number; requireAllAssignments: boolean }>;
  lessons?: number;
  /** Each assignment's rubric is a list of maximum points, one per criterion. */
  assignments?: { title?: string; weight?: number; passingScore?: number; rubric?: number[]; leveled?: boolean }[];
}

/** `privacyNoticeAccepted: false`: a person who has not logged in yet, so has not accepted the notice. */
type PersonOverrides = { locale?: Locale; fullName?: string; privacyNoticeAccepted?: boolean };

export interface Person {
  user: UserEntity;
  email: string;
  password: string;
  token: string;
}

/** One-line builders of hubs, rooms and people (with a fresh access token) for tests. */
export class Factory {
  constructor(private readonly app: TestApp) {}

  hub(overrides: Partial<Pick<HubEntity, 'name' | 'city' | 'timezone'>> = {}): Promise<HubEntity> {
    return this.app.get(HubsService).createHub({ name: `Hub ${unique()}`, city: 'Semarang', ...overrides });
  }

  room(hubId: string, overrides: Partial<Pick<RoomEntity, 'name' | 'capacity'>> = {}): Promise<RoomEntity> {
    return this.app.get(HubsService).createRoom(SYSTEM, { hubId, name: `Ruang ${unique()}`, capacity: 30, ...overrides });
  }

  async person(role: Role, hubId?: string, overrides: PersonOverrides = {}): Promise<Person> {
    const identity = this.app.get(IdentityService);
    const email = `${role.toLowerCase()}-${unique()}@test.sanggar.id`;
    const user = await identity.createUser(SYSTEM, {
      email,
      password: FACTORY_PASSWORD,
      fullName: overrides.fullName ?? `${role} ${unique()}`,
      role,
      hubId,
      locale: overrides.locale ?? Locale.id,
    });
    const { accessToken } = await identity.login(email, FACTORY_PASSWORD, '10.0.0.1');
    if (overrides.privacyNoticeAccepted !== false)
      await identity.acceptPrivacyNotice(await identity.loadAuthUser(user.id), PRIVACY_NOTICE_VERSION);
    return { user, email, password: FACTORY_PASSWORD, token: accessToken };
  }

  /** Many trainees of a hub at once, straight into the tables (no login, no welcome email). */
  async trainees(hubId: string, count: number): Promise<string[]> {
    const rows = await this.app.get(DataSource).query<{ id: string }[]>(
      `WITH created AS (
         INSERT INTO "user" (email, full_name, role, locale, password_hash, email_verified_at)
         SELECT 'bulk-' || $2 || '-' || n || '@test.sanggar.id', 'Peserta ' || n, 'TRAINEE', 'id', 'not-a-login', now()
           FROM generate_series(1, $1::int) AS n
         RETURNING id)
       INSERT INTO hub_membership (user_id, hub_id, approved_at) SELECT id, $3, now() FROM created RETURNING user_id AS id`,
      [count, unique(), hubId],
    );
    return rows.map((row) => row.id);
  }

  /**
   * A published curriculum of the hub with one module. By default: one lesson and one assignment with a
   * two-criterion rubric, completion at 80% attendance and a score of 70 with every assignment passed.
   */
  async publishedCurriculum(hubId: string, plan: CurriculumPlan = {}): Promise<CurriculumEntity> {
    const curricula = this.app.get(CurriculaService);
    const curriculum = await curricula.createCurriculum(SYSTEM, {
      hubId,
      title: plan.title ?? `Dasar Bisnis Kreatif ${unique()}`,
      description: plan.description,
      completionRule: { minAttendanceRate: 0.8, minFinalScore: 70, requireAllAssignments: true, ...plan.rule },
    });
    const module = await curricula.addModule(SYSTEM, { curriculumId: curriculum.id, title: 'Model Bisnis' });
    for (let i = 0; i < (plan.lessons ?? 1); i++) {
      await curricula.addLesson(SYSTEM, { moduleId: module.id, title: `Materi ${i + 1}`, content: '# Kanvas\n\nSembilan blok.' });
    }
    for (const [index, assignment] of (plan.assignments ?? [{}]).entries()) {
      await curricula.addAssignment(SYSTEM, {
        moduleId: module.id,
        title: assignment.title ?? `Tugas ${index + 1}`,
        weight: assignment.weight ?? 1,
        passingScore: assignment.passingScore ?? 60,
        rubric: (assignment.rubric ?? [10, 10]).map((maxPoints, n) => ({
          title: `Kriteria ${n + 1}`,
          maxPoints,
          // Three levels a grader picks from: none of it, half, all.
          levels: assignment.leveled
            ? [
                { title: 'Belum tampak', points: 0, description: 'Belum ada di kiriman' },
                { title: 'Cukup', points: Math.round(maxPoints / 2), description: 'Ada, tetapi belum lengkap' },
                { title: 'Sangat baik', points: maxPoints, description: 'Lengkap dan meyakinkan' },
              ]
            : undefined,
        })),
      });
    }
    return curricula.publishCurriculum(SYSTEM, curriculum.id);
  }

  async cohort(
    hubId: string,
    overrides: { capacity?: number; curriculumId?: string; name?: string; startsOn?: string; endsOn?: string } = {},
  ): Promise<CohortEntity> {
    const curriculumId = overrides.curriculumId ?? (await this.publishedCurriculum(hubId)).id;
    return this.app.get(CohortsService).createCohort(SYSTEM, {
      hubId,
      curriculumId,
      name: overrides.name ?? `Angkatan ${unique()}`,
      // A term under way: a week behind, eight ahead.
      startsOn: overrides.startsOn ?? day(-7),
      endsOn: overrides.endsOn ?? day(56),
      capacity: overrides.capacity ?? 30,
    });
  }

  /** Enrolls trainees (ENROLLED while seats remain) through the service. */
  async enroll(cohortId: string, traineeIds: string[]): Promise<void> {
    for (const traineeId of traineeIds) await this.app.get(CohortsService).enrollTrainee(SYSTEM, { cohortId, traineeId });
  }

  admin = () => this.person(Role.ADMIN);
  coordinator = (hubId: string) => this.person(Role.COORDINATOR, hubId);
  mentor = (hubId: string, overrides?: PersonOverrides) => this.person(Role.MENTOR, hubId, overrides);
  trainee = (hubId: string, overrides?: PersonOverrides) => this.person(Role.TRAINEE, hubId, overrides);
}
