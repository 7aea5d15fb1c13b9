/**
 * The hub-scale data set: Hetero Space at the size of Semarang (12,900 members) with Solo and
 * Banyumas beside it, two years of cohorts with their sessions, attendance, lesson completions,
 * submissions, grades and certificates. What carries rules goes through the real API (rooms,
 * curricula, the big running cohort with its enrollment, sessions and attendance); the volume is
 * written in bulk by SQL, deterministically (no randomness: the same scale gives the same rows).
 */
import pg from 'pg';
import { DateTime } from 'luxon';
import { SECTORS } from '@sanggar/mentorship';
import { DEMO_PASSWORD, DEMO_ZONE, demoLogins } from '../../apps/api/src/seed/demo-data.js';
import { Role } from '@sanggar/core';
import { type Api, login } from './api.js';

export interface DataSetOptions {
  /** 1 = the real hub (13,300 members, 400 cohorts over two years); CI runs a tiny fraction. */
  scale: number;
  /** Years of finished cohorts behind today: 2 for the real hub; 1 to show what grows with history. */
  historyYears: number;
}

export interface DataSet {
  hubId: string;
  coordinator: string;
  mentor: string;
  trainee: string;
  /** The running 200-trainee cohort (the demo mentor's, the demo trainee in it). */
  bigCohortId: string;
  /** A running cohort of 30 trainees. */
  smallCohortId: string;
  heldSessionId: string;
  lessonId: string;
  startupId: string;
  personId: string;
  verificationCode: string;
  counts: Record<string, number>;
}

const FIRST = ['Ayu', 'Bima', 'Citra', 'Dewi', 'Eka', 'Fajar', 'Gita', 'Hendra', 'Indah', 'Joko', 'Kartika', 'Laras'];
const LAST = ['Pratama', 'Lestari', 'Wibowo', 'Saputra', 'Anggraini', 'Nugroho', 'Kusuma', 'Rahmawati', 'Setiawan', 'Hidayat'];
/** Members of Semarang, Solo and Banyumas at scale 1. */
const MEMBERS = [12_900, 200, 200];
const CURRICULA = [30, 5, 5];
const COHORTS_PER_YEAR = [180, 10, 10];
const STARTUPS = [900, 50, 50];
const BIG_COHORT = 200;
const COHORT_SIZE = 30;
const SESSIONS_PER_COHORT = 30;
const COHORT_DAYS = 70;
/** Days from a cohort's first session to its last (three a week: days 0, 2, 4, 7, …). */
const SESSION_SPAN_DAYS = Math.floor((SESSIONS_PER_COHORT - 1) / 3) * 7 + ((SESSIONS_PER_COHORT - 1) % 3) * 2;
/** Start times (hub time) a classroom is booked at: two-hour sessions that never overlap in one room. */
const SLOTS = ['08:00', '10:00', '13:00', '15:00'];

/** The demo login of Semarang (the measured hub) with this role. */
const emailOf = (role: Role) => demoLogins().find((entry) => entry.hub === 'Semarang' && entry.role === role)!.email;

const sized = (count: number, scale: number) => Math.max(1, Math.round(count * scale));

/** Builds the data set into the database the api serves (the demo data already in it). */
export async function buildDataSet(api: Api, databaseUrl: string, options: DataSetOptions): Promise<DataSet> {
  const admin = await login(api, demoLogins()[0].email, DEMO_PASSWORD);
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const hubs = (await db.query<{ id: string }>('SELECT id FROM hub ORDER BY created_at, name')).rows.map((row) => row.id);
    for (const [index, hubId] of hubs.entries()) {
      await addMembers(db, hubId, index, sized(MEMBERS[index], options.scale));
      for (let n = 0; n < sized(CURRICULA[index], options.scale); n++) await addCurriculum(api, admin, hubId, `Program ${index}-${n}`);
    }
    await db.query('ANALYZE');
    const [hubId] = hubs;
    const people = await db.query<{ role: Role; id: string; email: string }>(`SELECT role, id, email FROM "user" WHERE email = ANY($1)`, [
      [Role.COORDINATOR, Role.MENTOR, Role.TRAINEE].map(emailOf),
    ]);
    const idOf = (role: Role) => people.rows.find((row) => row.role === role)!.id;
    const bigCohortId = await addBigCohort(api, admin, db, hubId, idOf(Role.MENTOR), idOf(Role.TRAINEE));
    for (const [index, id] of hubs.entries()) {
      const cohorts = sized(COHORTS_PER_YEAR[index] * options.historyYears, options.scale);
      await addHistory(db, {
        hubId: id,
        cohorts,
        years: options.historyYears,
        roomIds: await addClassrooms(api, admin, id, cohorts, options.historyYears),
        startups: sized(STARTUPS[index], options.scale),
        bigCohortId,
      });
    }
    const described = await describeDataSet(db);
    if (described.bigCohortId !== bigCohortId) throw new Error('describeDataSet does not find the big cohort it was built with');
    return described;
  } finally {
    await db.end();
  }
}

/** What the cases ask about, read off a built data set (a fresh one, or one kept by BENCH_KEEP). */
export async function describeDataSet(db: pg.Client): Promise<DataSet> {
  const pick = async (sql: string, params: unknown[] = []) => Object.values((await db.query(sql, params)).rows[0] ?? {})[0] as string;
  const hubId = await pick('SELECT id FROM hub ORDER BY created_at, name LIMIT 1');
  const bigCohortId = await pick(
    `SELECT cohort_id FROM enrollment e JOIN cohort c ON c.id = e.cohort_id WHERE c.hub_id = $1 AND c.status = 'RUNNING'
      GROUP BY cohort_id ORDER BY count(*) DESC LIMIT 1`,
    [hubId],
  );
  const bigCohortSessions = `FROM session WHERE cohort_id = $1 AND ends_at < now()`;
  return {
    hubId,
    coordinator: emailOf(Role.COORDINATOR),
    mentor: emailOf(Role.MENTOR),
    trainee: emailOf(Role.TRAINEE),
    bigCohortId,
    smallCohortId: await pick(
      `SELECT c.id FROM cohort c WHERE c.hub_id = $1 AND c.status = 'RUNNING' AND c.capacity = ${COHORT_SIZE} ORDER BY c.starts_on DESC LIMIT 1`,
      [hubId],
    ),
    heldSessionId: await pick(`SELECT id ${bigCohortSessions} ORDER BY starts_at DESC LIMIT 1`, [bigCohortId]),
    lessonId: await pick(
      `SELECT l.id FROM lesson l JOIN curriculum_module m ON m.id = l.module_id JOIN cohort c ON c.curriculum_id = m.curriculum_id
        WHERE c.id = $1 ORDER BY m.position DESC, l.position DESC LIMIT 1`,
      [bigCohortId],
    ),
    startupId: await pick(`SELECT id FROM startup WHERE hub_id = $1 ORDER BY name LIMIT 1`, [hubId]),
    personId: await pick(`SELECT trainee_id FROM enrollment WHERE cohort_id = $1 ORDER BY created_at DESC LIMIT 1`, [bigCohortId]),
    // The demo's certificate (really signed), not one of the bulk copies.
    verificationCode: await pick(
      `SELECT verification_code FROM certificate WHERE hub_id = $1 AND cohort_name NOT LIKE 'Angkatan %' ORDER BY issued_at DESC LIMIT 1`,
      [hubId],
    ),
    counts: await countRows(db),
  };
}

const COUNTED = [
  '"user"',
  'startup',
  'curriculum',
  'cohort',
  'session',
  'reservation',
  'enrollment',
  'attendance_record',
  'lesson_completion',
  'submission',
  'grade',
  'certificate',
];

async function countRows(db: pg.Client): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of COUNTED) counts[table.replaceAll('"', '')] = Number((await db.query(`SELECT count(*) FROM ${table}`)).rows[0].count);
  return counts;
}

/** Members of one hub, 2 % of them mentors with a profile; numbered per hub so joins can pick them by position. */
async function addMembers(db: pg.Client, hubId: string, hubIndex: number, count: number) {
  await db.query(
    `WITH people AS (
       INSERT INTO "user" (email, full_name, role, locale, email_verified_at, privacy_notice_version, privacy_notice_accepted_at)
       SELECT 'anggota-' || $5::int || '-' || n || '@contoh.id',
              ($2::text[])[1 + n % array_length($2, 1)] || ' ' || ($3::text[])[1 + (n / 12) % array_length($3, 1)] || ' ' || n,
              CASE WHEN n % 50 = 0 THEN 'MENTOR' ELSE 'TRAINEE' END, 'id', now(), '2026-12', now()
         FROM generate_series(1, $1::int) n RETURNING id, role, email)
     , joined AS (INSERT INTO hub_membership (user_id, hub_id, approved_at) SELECT id, $4, now() FROM people)
     INSERT INTO mentor_profile (mentor_id, expertise, max_mentees)
     SELECT id, ARRAY[($6::text[])[1 + (hashtext(email) & 15)], ($6::text[])[1 + ((hashtext(email) >> 4) & 15)]], 3
       FROM people WHERE role = 'MENTOR'`,
    [count, FIRST, LAST, hubId, hubIndex, SECTORS],
  );
}

/** A published curriculum through the API: 4 modules of 3 lessons, 7 assignments with a 2-criterion rubric. */
async function addCurriculum(api: Api, token: string, hubId: string, title: string) {
  const { createCurriculum } = await api.gql<{ createCurriculum: { id: string } }>(
    `mutation($input: CreateCurriculumInput!) { createCurriculum(input: $input) { id } }`,
    { input: { hubId, title, completionRule: { minAttendanceRate: 0.75, minFinalScore: 70, requireAllAssignments: true } } },
    token,
  );
  for (let m = 1; m <= 4; m++) {
    const { addModule } = await api.gql<{ addModule: { id: string } }>(
      `mutation($input: AddModuleInput!) { addModule(input: $input) { id } }`,
      { input: { curriculumId: createCurriculum.id, title: `Modul ${m}` } },
      token,
    );
    for (let l = 1; l <= 3; l++)
      await api.gql(
        `mutation($input: AddLessonInput!) { addLesson(input: $input) { id } }`,
        {
          input: { moduleId: addModule.id, title: `Pelajaran ${m}.${l}`, content: 'Materi pelajaran. '.repeat(40), durationMinutes: 30 },
        },
        token,
      );
    for (let a = 1; a <= (m < 4 ? 2 : 1); a++)
      await api.gql(
        `mutation($input: AddAssignmentInput!) { addAssignment(input: $input) { id } }`,
        {
          input: {
            moduleId: addModule.id,
            title: `Tugas ${m}.${a}`,
            weight: 1,
            passingScore: 60,
            rubric: [
              { title: 'Isi', maxPoints: 10 },
              { title: 'Penyajian', maxPoints: 10 },
            ],
          },
        },
        token,
      );
  }
  await api.gql(`mutation($id: ID!) { publishCurriculum(id: $id) { id } }`, { id: createCurriculum.id }, token);
}

/**
 * The running 200-trainee cohort through the API, as a coordinator would build it: a hall, the
 * cohort five weeks in, its mentor, 200 trainees, Tuesday and Thursday sessions for ten weeks, and
 * the register of every session held so far.
 */
async function addBigCohort(api: Api, token: string, db: pg.Client, hubId: string, mentorId: string, traineeId: string) {
  const today = DateTime.now().setZone(DEMO_ZONE).startOf('day');
  const roomId = await addRoom(api, token, hubId, 'Aula Besar', 250);
  const curriculumId = (
    await db.query<{ id: string }>(
      `SELECT id FROM curriculum WHERE hub_id = $1 AND status = 'PUBLISHED' ORDER BY created_at DESC LIMIT 1`,
      [hubId],
    )
  ).rows[0].id;
  const startsOn = today.minus({ weeks: 5 }).startOf('week');
  const { createCohort } = await api.gql<{ createCohort: { id: string } }>(
    `mutation($input: CreateCohortInput!) { createCohort(input: $input) { id } }`,
    {
      input: {
        hubId,
        curriculumId,
        name: 'Inkubasi Kreatif Semarang — Angkatan Besar',
        capacity: BIG_COHORT,
        startsOn: startsOn.toISODate(),
        endsOn: startsOn.plus({ days: COHORT_DAYS }).toISODate(),
      },
    },
    token,
  );
  const cohortId = createCohort.id;
  await api.gql(
    `mutation($cohortId: ID!, $mentorId: ID!) { assignMentor(cohortId: $cohortId, mentorId: $mentorId) { id } }`,
    { cohortId, mentorId },
    token,
  );
  const others = await db.query<{ user_id: string }>(
    `SELECT m.user_id FROM hub_membership m JOIN "user" u ON u.id = m.user_id
      WHERE m.hub_id = $1 AND u.role = 'TRAINEE' AND u.id <> $2 ORDER BY u.email DESC LIMIT $3`,
    [hubId, traineeId, BIG_COHORT - 1],
  );
  const traineeIds = [traineeId, ...others.rows.map((row) => row.user_id)];
  const { enrollMany } = await api.gql<{ enrollMany: { outcome: string }[] }>(
    `mutation($input: EnrollManyInput!) { enrollMany(input: $input) { outcome } }`,
    { input: { cohortId, traineeIds } },
    token,
  );
  const refused = enrollMany.filter((entry) => entry.outcome !== 'ENROLLED');
  if (refused.length) throw new Error(`enrollMany: ${refused.map((entry) => entry.outcome).join(', ')}`);
  await api.gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: cohortId }, token);
  const { scheduleRecurringSessions } = await api.gql<{ scheduleRecurringSessions: { id: string; endsAt: string }[] }>(
    `mutation($input: ScheduleRecurringInput!) { scheduleRecurringSessions(input: $input) { id endsAt } }`,
    {
      input: {
        cohortId,
        title: 'Kelas Inkubasi',
        roomId,
        mentorId,
        weekdays: ['TUE', 'THU'],
        startTime: '09:00',
        durationMinutes: 120,
        fromDate: startsOn.toISODate(),
        untilDate: startsOn.plus({ days: COHORT_DAYS }).toISODate(),
      },
    },
    token,
  );
  const statuses = ['PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'PRESENT', 'LATE', 'ABSENT'];
  for (const session of scheduleRecurringSessions.filter((held) => Date.parse(held.endsAt) < Date.now()))
    await api.gql(
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`,
      {
        input: {
          sessionId: session.id,
          entries: traineeIds.map((id, n) => ({ traineeId: id, status: statuses[(n + session.id.charCodeAt(0)) % statuses.length] })),
        },
      },
      token,
    );
  return cohortId;
}

/**
 * Classrooms for the bulk cohorts, enough that their sessions never share a room and a time, as the
 * database requires of every session: cohorts that share a room and a start time (round robin over
 * rooms × SLOTS) start far enough apart that the first has ended. Start days are whole days, so two
 * cohorts m apart start at least m × (days between starts) − 1 days apart.
 */
async function addClassrooms(api: Api, token: string, hubId: string, cohorts: number, years: number): Promise<string[]> {
  const daysBetweenStarts = (years * 365 + 30) / cohorts;
  const count = Math.max(1, Math.ceil(((SESSION_SPAN_DAYS + 1) / daysBetweenStarts + 1) / SLOTS.length));
  const ids: string[] = [];
  for (let n = 1; n <= count; n++) ids.push(await addRoom(api, token, hubId, `Ruang Kelas ${n}`, COHORT_SIZE + 10));
  return ids;
}

/** A room of the hub, made through the API as a coordinator makes one; its id. */
async function addRoom(api: Api, token: string, hubId: string, name: string, capacity: number): Promise<string> {
  const { createRoom } = await api.gql<{ createRoom: { id: string } }>(
    `mutation($input: CreateRoomInput!) { createRoom(input: $input) { id } }`,
    { input: { hubId, name, capacity } },
    token,
  );
  return createRoom.id;
}

/**
 * Two years (or `years`) of a hub's cohorts in bulk: cohorts of 30 on every curriculum, ten weeks
 * each, starting one after another up to a month from now; three sessions a week; attendance for
 * every session held; lesson completions, submissions with rubric grades, and certificates for those
 * who completed; start-ups with members and a mentor.
 */
async function addHistory(
  db: pg.Client,
  {
    hubId,
    cohorts,
    years,
    roomIds,
    startups,
    bigCohortId,
  }: { hubId: string; cohorts: number; years: number; roomIds: string[]; startups: number; bigCohortId: string },
) {
  await db.query('BEGIN');
  await db.query(
    `CREATE TEMP TABLE pool ON COMMIT DROP AS
       SELECT u.id, u.role, u.full_name, (row_number() OVER (PARTITION BY u.role ORDER BY u.email) - 1)::int AS n
         FROM hub_membership m JOIN "user" u ON u.id = m.user_id WHERE m.hub_id = $1 AND u.email LIKE 'anggota-%'`,
    [hubId],
  );
  await db.query(`CREATE TEMP TABLE counts ON COMMIT DROP AS SELECT role, count(*) AS total FROM pool GROUP BY role`);
  await db.query(
    `CREATE TEMP TABLE program ON COMMIT DROP AS
       SELECT id, (row_number() OVER (ORDER BY created_at) - 1)::int AS n FROM curriculum WHERE hub_id = $1 AND title LIKE 'Program %'`,
    [hubId],
  );
  // Start dates spread evenly from `years` ago to a month ahead.
  await db.query(
    `INSERT INTO cohort (hub_id, curriculum_id, name, starts_on, ends_on, capacity, status, created_at)
     SELECT $1, p.id, 'Angkatan ' || k, d.starts_on, d.starts_on + ${COHORT_DAYS},
            ${COHORT_SIZE},
            CASE WHEN d.starts_on + ${COHORT_DAYS} < current_date THEN 'COMPLETED' WHEN d.starts_on <= current_date THEN 'RUNNING' ELSE 'PLANNED' END,
            d.starts_on - 30
       FROM generate_series(0, $2::int - 1) k
       JOIN program p ON p.n = k % (SELECT count(*) FROM program)
      CROSS JOIN LATERAL (SELECT current_date + 30 - (($3::int * 365 + 30) * ($2::int - k) / $2::int) AS starts_on) d`,
    [hubId, cohorts, years],
  );
  await db.query(
    `CREATE TEMP TABLE batch ON COMMIT DROP AS
       SELECT c.*, (row_number() OVER (ORDER BY c.starts_on) - 1)::int AS k FROM cohort c WHERE c.hub_id = $1 AND c.name LIKE 'Angkatan %'`,
    [hubId],
  );
  await db.query(
    `INSERT INTO cohort_mentor (cohort_id, mentor_id)
     SELECT b.id, p.id FROM batch b JOIN pool p ON p.role = 'MENTOR' AND p.n = b.k % (SELECT total FROM counts WHERE role = 'MENTOR')`,
  );
  // Cohort k takes classroom k mod rooms at slot ⌊k / rooms⌋ mod slots; every session but the cancelled one holds its room.
  await db.query(
    `INSERT INTO session (cohort_id, title, room_id, mentor_id, starts_at, ends_at, status)
     SELECT b.id, 'Sesi ' || (s + 1), ($1::uuid[])[1 + b.k % cardinality($1::uuid[])], cm.mentor_id, t.starts_at, t.starts_at + interval '2 hours',
            CASE WHEN s = 17 THEN 'CANCELLED' ELSE 'SCHEDULED' END
       FROM batch b
       JOIN cohort_mentor cm ON cm.cohort_id = b.id
      CROSS JOIN generate_series(0, ${SESSIONS_PER_COHORT - 1}) s
      CROSS JOIN LATERAL (SELECT ((b.starts_on + (s / 3) * 7 + (s % 3) * 2) + ($2::time[])[1 + (b.k / cardinality($1::uuid[])) % cardinality($2::time[])])
                                 AT TIME ZONE 'Asia/Jakarta' AS starts_at) t`,
    [roomIds, SLOTS],
  );
  await db.query(
    `INSERT INTO reservation (id, kind, room_id, mentor_id, starts_at, ends_at)
     SELECT s.id, 'SESSION', s.room_id, s.mentor_id, s.starts_at, s.ends_at FROM session s JOIN batch b ON b.id = s.cohort_id
      WHERE s.status = 'SCHEDULED'`,
  );
  await db.query(
    `INSERT INTO enrollment (cohort_id, trainee_id, status, requested_at, created_at, seated_at)
     SELECT b.id, p.id,
            CASE WHEN b.status = 'COMPLETED' AND j % 10 < 8 THEN 'COMPLETED' WHEN b.status = 'COMPLETED' AND j % 10 = 9 THEN 'WITHDRAWN' ELSE 'ENROLLED' END,
            b.created_at, b.created_at + j * interval '1 minute', b.created_at + j * interval '1 minute'
       FROM batch b CROSS JOIN generate_series(0, ${COHORT_SIZE - 1}) j
       JOIN pool p ON p.role = 'TRAINEE' AND p.n = (b.k * ${COHORT_SIZE} + j) % (SELECT total FROM counts WHERE role = 'TRAINEE')
     ON CONFLICT DO NOTHING`,
  );
  // The big cohort (built through the API) gets the same lesson and submission history as the others.
  await db.query(`INSERT INTO batch SELECT c.*, -1 FROM cohort c WHERE c.id = $1 AND c.hub_id = $2`, [bigCohortId, hubId]);
  await db.query(
    `CREATE TEMP TABLE seat ON COMMIT DROP AS
       SELECT e.id, e.cohort_id, e.trainee_id, e.status, b.curriculum_id, b.status AS cohort_status, b.starts_on,
              (row_number() OVER (PARTITION BY e.cohort_id ORDER BY e.created_at) - 1)::int AS j
         FROM enrollment e JOIN batch b ON b.id = e.cohort_id`,
  );
  await db.query(
    `INSERT INTO attendance_record (session_id, trainee_id, status, source, note, recorded_by, recorded_at)
     SELECT s.id, seat.trainee_id, v.status, 'MANUAL', CASE WHEN v.status = 'EXCUSED' THEN 'Izin' END, s.mentor_id, s.ends_at
       FROM session s JOIN seat ON seat.cohort_id = s.cohort_id
      CROSS JOIN LATERAL (SELECT (ARRAY['PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','PRESENT','LATE','EXCUSED','ABSENT'])
                                   [1 + (seat.j * 7 + extract(doy FROM s.starts_at)::int) % 13] AS status) v
      WHERE s.status = 'SCHEDULED' AND s.ends_at < now()
     ON CONFLICT DO NOTHING`,
  );
  await db.query(
    `CREATE TEMP TABLE lesson_of ON COMMIT DROP AS
       SELECT m.curriculum_id, l.id, (row_number() OVER (PARTITION BY m.curriculum_id ORDER BY m.position, l.position) - 1)::int AS n
         FROM lesson l JOIN curriculum_module m ON m.id = l.module_id JOIN program p ON p.id = m.curriculum_id`,
  );
  // Finished cohorts completed every lesson (bar a few); running ones the first weeks' worth.
  await db.query(
    `INSERT INTO lesson_completion (enrollment_id, lesson_id, completed_at)
     SELECT seat.id, l.id, (seat.starts_on + l.n * 5 + time '20:00') AT TIME ZONE 'Asia/Jakarta'
       FROM seat JOIN lesson_of l ON l.curriculum_id = seat.curriculum_id
      WHERE seat.status <> 'WITHDRAWN' AND (seat.starts_on + l.n * 5) < current_date AND (seat.j + l.n) % 17 <> 0`,
  );
  await db.query(
    `CREATE TEMP TABLE assignment_of ON COMMIT DROP AS
       SELECT m.curriculum_id, a.id, (row_number() OVER (PARTITION BY m.curriculum_id ORDER BY m.position, a.position) - 1)::int AS n
         FROM assignment a JOIN curriculum_module m ON m.id = a.module_id JOIN program p ON p.id = m.curriculum_id`,
  );
  // One in twenty first attempts is sent back and submitted again; the latest work of running cohorts waits for grading.
  await db.query(
    `INSERT INTO submission (enrollment_id, assignment_id, attempt, content, status, submitted_at)
     SELECT seat.id, a.id, attempt, 'Laporan tugas: rencana usaha, riset pasar dan hasil uji coba. ' || seat.j,
            CASE WHEN attempt = 1 AND (seat.j + a.n) % 20 = 0 THEN 'RESUBMIT_REQUESTED'
                 WHEN seat.cohort_status <> 'COMPLETED' AND (seat.starts_on + a.n * 9 + 9) >= current_date - 7 THEN 'SUBMITTED'
                 ELSE 'GRADED' END,
            (seat.starts_on + a.n * 9 + 7 + attempt + time '21:00') AT TIME ZONE 'Asia/Jakarta'
       FROM seat JOIN assignment_of a ON a.curriculum_id = seat.curriculum_id
      CROSS JOIN generate_series(1, 2) attempt
      WHERE seat.status <> 'WITHDRAWN' AND (seat.starts_on + a.n * 9 + 7 + attempt) < current_date
        AND (attempt = 1 OR (seat.j + a.n) % 20 = 0)`,
  );
  await db.query(
    `WITH graded AS (
       INSERT INTO grade (submission_id, score, feedback, resubmission_requested, graded_by, graded_at)
       SELECT s.id, 60 + (hashtext(s.id::text) & 31), 'Sudah baik; pertajam analisis pasarnya.', s.status = 'RESUBMIT_REQUESTED', cm.mentor_id,
              s.submitted_at + interval '2 days'
         FROM submission s JOIN seat ON seat.id = s.enrollment_id JOIN cohort_mentor cm ON cm.cohort_id = seat.cohort_id
        WHERE s.status <> 'SUBMITTED' RETURNING id, submission_id, score)
     INSERT INTO criterion_score (grade_id, criterion_id, points)
     SELECT g.id, rc.id, LEAST(rc.max_points, round(g.score / 10)::int) FROM graded g
       JOIN submission s ON s.id = g.submission_id JOIN rubric_criterion rc ON rc.assignment_id = s.assignment_id`,
  );
  // Certificates for those who completed: the demo certificate's signed credential stands in for each one's.
  await db.query(
    `INSERT INTO certificate (verification_code, enrollment_id, holder_id, holder_name, hub_id, hub_name, hub_city, hub_timezone, cohort_name,
                              curriculum_title, curriculum_version, starts_on, ends_on, final_score, attendance_rate, issued_at, credential, status_index)
     SELECT upper(substr(md5(seat.id::text), 1, 12)), seat.id, seat.trainee_id, p.full_name, h.id, h.name, h.city, h.timezone, b.name,
            c.title, c.version, b.starts_on, b.ends_on, 80, 0.9, least(now(), (b.ends_on + 3 + time '10:00') AT TIME ZONE 'Asia/Jakarta'),
            (SELECT credential FROM certificate WHERE credential ? 'proof' LIMIT 1),
            coalesce((SELECT next_index FROM status_list WHERE hub_id = h.id), 0) + row_number() OVER (ORDER BY seat.id) - 1
       FROM seat JOIN batch b ON b.id = seat.cohort_id JOIN curriculum c ON c.id = b.curriculum_id JOIN hub h ON h.id = b.hub_id
       JOIN pool p ON p.id = seat.trainee_id
      WHERE seat.status = 'COMPLETED'`,
  );
  await db.query(
    `INSERT INTO status_list (hub_id, next_index) SELECT $1, coalesce(max(status_index) + 1, 0) FROM certificate WHERE hub_id = $1
     ON CONFLICT (hub_id) DO UPDATE SET next_index = excluded.next_index`,
    [hubId],
  );
  await db.query(
    `WITH made AS (
       INSERT INTO startup (hub_id, name, sector, created_at)
       SELECT $1, 'Usaha Kreatif ' || n, ($3::text[])[1 + n % 16], now() - n * interval '1 day' FROM generate_series(1, $2::int) n
       RETURNING id, name),
     numbered AS (SELECT id, (row_number() OVER (ORDER BY name) - 1)::int AS n FROM made),
     members AS (
       INSERT INTO startup_member (trainee_id, startup_id)
       SELECT p.id, s.id FROM numbered s CROSS JOIN generate_series(0, 2) m
         JOIN pool p ON p.role = 'TRAINEE' AND p.n = (s.n * 3 + m) % (SELECT total FROM counts WHERE role = 'TRAINEE')
       ON CONFLICT DO NOTHING)
     INSERT INTO startup_mentor (startup_id, mentor_id)
     SELECT s.id, p.id FROM numbered s JOIN pool p ON p.role = 'MENTOR' AND p.n = s.n % (SELECT total FROM counts WHERE role = 'MENTOR')`,
    [hubId, startups, SECTORS],
  );
  await db.query('COMMIT');
}
