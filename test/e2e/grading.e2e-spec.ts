import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import type { HubEntity } from '@sanggar/hubs';
import { Locale, Role } from '@sanggar/core';
import { ProgressService } from '@sanggar/grading';
import type { Person } from '../support/factories.js';
import { at, day, instant } from '../support/time.js';
import { FakeClock, TestApp, codes } from '../support/harness.js';
import { countStatements, isCallerCheck, isCohortRead, statementsSent } from '../support/statements.js';

const SUBMIT = `mutation($input: SubmitAssignmentInput!) { submitAssignment(input: $input) { id attempt status content assignment { id } enrollment { id } } }`;
const GRADE = `mutation($input: GradeSubmissionInput!) { gradeSubmission(input: $input) { id status grade { score feedback gradedBy { id } scores { points criterion { title } } } grades { score } } }`;
const QUEUE = `query($cohortId: ID!, $status: SubmissionStatus) { submissions(cohortId: $cohortId, status: $status) { id attempt status } }`;
const COMPLETE_LESSON = `mutation($cohortId: ID!, $lessonId: ID!) { completeLesson(cohortId: $cohortId, lessonId: $lessonId) { id } }`;
const LESSON_DONE = `query($id: ID!) { cohort(id: $id) { curriculum { modules { lessons { id completedAt(cohortId: $id) } } } } }`;
const MY_PROGRESS = `{ myEnrollments { id progress { attendanceRate finalScore assignmentsPassed assignmentsTotal lessonsCompleted lessonsTotal eligible unmetRequirements }
  submissions { attempt status grade { score } grades { score } } } }`;
const ROSTER_PROGRESS = `query($id: ID!) { cohort(id: $id) { enrollments(first: 100) { edges { node { trainee { id } progress {
  attendanceRate finalScore assignmentsPassed assignmentsTotal lessonsCompleted lessonsTotal eligible unmetRequirements } } } } } }`;

interface Submission {
  id: string;
  attempt: number;
  status: string;
}

interface Progress {
  attendanceRate: number;
  finalScore: number;
  assignmentsPassed: number;
  assignmentsTotal: number;
  lessonsCompleted: number;
  lessonsTotal: number;
  eligible: boolean;
  unmetRequirements: string[];
}

describe('grading and progress', () => {
  const clock = new FakeClock();
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;
  let mentor: Person;

  beforeAll(async () => {
    app = await TestApp.start({ clock });
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
    mentor = await app.factory.mentor(hub.id);
  });
  afterAll(() => app.close());

  const as = (person: Person) => app.as(person);
  const db = () => app.get(DataSource);
  /** Schedules a two-hour morning session of the cohort `offset` days from the clock's today. */
  const scheduleSession = async (cohortId: string, roomId: string, offset: number) => {
    const response = await as(coordinator).gql<{ scheduleSession: { id: string } }>(
      `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`,
      { input: { cohortId, title: `Sesi ${offset}`, roomId, startsAt: at(offset, '09:00'), endsAt: at(offset, '11:00') } },
    );
    expect(response.errors).toBeUndefined();
    return response.data!.scheduleSession.id;
  };

  /** A RUNNING cohort, a month under way, taught by `mentor`. */
  async function runningCohort(curriculumId?: string) {
    const cohort = await app.factory.cohort(hub.id, { curriculumId, startsOn: day(-33), endsOn: day(28), capacity: 300 });
    await as(coordinator).gql(`mutation($c: ID!, $m: ID!) { assignMentor(cohortId: $c, mentorId: $m) { id } }`, {
      c: cohort.id,
      m: mentor.user.id,
    });
    await as(coordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: cohort.id });
    return cohort;
  }

  async function enrolledTrainee(cohortId: string, locale = Locale.id) {
    const trainee = await app.factory.person(Role.TRAINEE, hub.id, { locale });
    await app.factory.enroll(cohortId, [trainee.user.id]);
    return trainee;
  }

  async function assignmentsOf(curriculumId: string) {
    return await db().query<{ id: string; title: string; criteria: { id: string; title: string; maxPoints: number }[] }[]>(
      `SELECT a.id, a.title, json_agg(json_build_object('id', c.id, 'title', c.title, 'maxPoints', c.max_points) ORDER BY c.position) AS criteria
         FROM assignment a JOIN curriculum_module m ON m.id = a.module_id JOIN rubric_criterion c ON c.assignment_id = a.id
        WHERE m.curriculum_id = $1 GROUP BY a.id, a.title, a.position ORDER BY a.position`,
      [curriculumId],
    );
  }

  describe('following the course', () => {
    it('records a lesson as done once, keeping the first time', async () => {
      const cohort = await runningCohort();
      const trainee = await enrolledTrainee(cohort.id);
      const [{ id: lessonId }] = await db().query(
        `SELECT l.id FROM lesson l JOIN curriculum_module m ON m.id = l.module_id WHERE m.curriculum_id = $1`,
        [cohort.curriculumId],
      );
      clock.set(instant(-3, '10:00'));
      expect((await as(trainee).gql(COMPLETE_LESSON, { cohortId: cohort.id, lessonId })).errors).toBeUndefined();
      clock.set(instant(-1, '10:00'));
      expect((await as(trainee).gql(COMPLETE_LESSON, { cohortId: cohort.id, lessonId })).errors).toBeUndefined();
      const done = await as(trainee).gql<{
        cohort: { curriculum: { modules: { lessons: { id: string; completedAt: string | null }[] }[] } };
      }>(LESSON_DONE, { id: cohort.id });
      expect(done.data!.cohort.curriculum.modules[0].lessons).toEqual([{ id: lessonId, completedAt: at(-3, '10:00') }]);
      const progress = await as(trainee).gql<{ myEnrollments: { progress: Progress }[] }>(MY_PROGRESS);
      expect(progress.data!.myEnrollments[0].progress).toMatchObject({ lessonsCompleted: 1, lessonsTotal: 1 });
    });

    it('refuses a lesson of another curriculum, a cohort that is not running, and someone not enrolled', async () => {
      const cohort = await runningCohort();
      const trainee = await enrolledTrainee(cohort.id);
      const other = await app.factory.publishedCurriculum(hub.id);
      const [{ id: foreignLesson }] = await db().query(
        `SELECT l.id FROM lesson l JOIN curriculum_module m ON m.id = l.module_id WHERE m.curriculum_id = $1`,
        [other.id],
      );
      expect(codes(await as(trainee).gql(COMPLETE_LESSON, { cohortId: cohort.id, lessonId: foreignLesson }))).toEqual(['NOT_FOUND']);
      const planned = await app.factory.cohort(hub.id);
      const plannedTrainee = await enrolledTrainee(planned.id);
      const [{ id: plannedLesson }] = await db().query(
        `SELECT l.id FROM lesson l JOIN curriculum_module m ON m.id = l.module_id WHERE m.curriculum_id = $1`,
        [planned.curriculumId],
      );
      expect(codes(await as(plannedTrainee).gql(COMPLETE_LESSON, { cohortId: planned.id, lessonId: plannedLesson }))).toEqual(['CONFLICT']);
      // A trainee of the hub who is not in the running cohort does not even see it.
      const stranger = await app.factory.trainee(hub.id);
      const [{ id: ownLesson }] = await db().query(
        `SELECT l.id FROM lesson l JOIN curriculum_module m ON m.id = l.module_id WHERE m.curriculum_id = $1`,
        [cohort.curriculumId],
      );
      expect(codes(await as(stranger).gql(COMPLETE_LESSON, { cohortId: cohort.id, lessonId: ownLesson }))).toEqual(['NOT_FOUND']);
    });
  });

  describe('submissions and grades', () => {
    it('takes attempt 1, refuses another until a resubmission is requested, then takes attempt 2; old attempts and grades stay', async () => {
      const cohort = await runningCohort();
      const trainee = await enrolledTrainee(cohort.id);
      const [assignment] = await assignmentsOf(cohort.curriculumId);
      const submit = (content: string) =>
        as(trainee).gql<{ submitAssignment: Submission }>(SUBMIT, { input: { cohortId: cohort.id, assignmentId: assignment.id, content } });

      const first = await submit('Kanvas versi pertama');
      expect(first.data?.submitAssignment).toMatchObject({ attempt: 1, status: 'SUBMITTED' });
      expect(codes(await submit('Terlalu cepat'))).toEqual(['CONFLICT']);

      const asked = await as(mentor).gql<{ gradeSubmission: { status: string; grade: { score: number } } }>(GRADE, {
        input: {
          submissionId: first.data!.submitAssignment.id,
          scores: assignment.criteria.map((c) => ({ criterionId: c.id, points: 3 })),
          feedback: 'Perjelas segmen pelanggan',
          requestResubmission: true,
        },
      });
      expect(asked.data?.gradeSubmission).toMatchObject({ status: 'RESUBMIT_REQUESTED', grade: { score: 30 } });

      const second = await submit('Kanvas versi kedua');
      expect(second.data?.submitAssignment).toMatchObject({ attempt: 2, status: 'SUBMITTED' });
      expect(codes(await submit('Ketiga'))).toEqual(['CONFLICT']);
      // The older attempt can no longer be graded.
      expect(
        codes(
          await as(mentor).gql(GRADE, {
            input: {
              submissionId: first.data!.submitAssignment.id,
              scores: assignment.criteria.map((c) => ({ criterionId: c.id, points: 5 })),
            },
          }),
        ),
      ).toEqual(['CONFLICT']);

      const mine = await as(trainee).gql<{
        myEnrollments: { submissions: { attempt: number; status: string; grade: { score: number } | null }[] }[];
      }>(MY_PROGRESS);
      expect(mine.data!.myEnrollments[0].submissions.map((s) => [s.attempt, s.status, s.grade?.score ?? null])).toEqual([
        [1, 'RESUBMIT_REQUESTED', 30],
        [2, 'SUBMITTED', null],
      ]);
    });

    it('scores against the rubric, rounds to 2 decimals, and keeps earlier grades when regrading', async () => {
      const curriculum = await curriculumWithRubric([7, 5, 3]);
      const cohort = await runningCohort(curriculum.id);
      const trainee = await enrolledTrainee(cohort.id);
      const [assignment] = await assignmentsOf(curriculum.id);
      const submitted = await as(trainee).gql<{ submitAssignment: Submission }>(SUBMIT, {
        input: { cohortId: cohort.id, assignmentId: assignment.id, content: 'Isi' },
      });
      const grade = (points: number[]) =>
        as(mentor).gql<{
          gradeSubmission: {
            status: string;
            grade: { score: number; gradedBy: { id: string }; scores: { points: number }[] };
            grades: { score: number }[];
          };
        }>(GRADE, {
          input: {
            submissionId: submitted.data!.submitAssignment.id,
            scores: assignment.criteria.map((c, i) => ({ criterionId: c.id, points: points[i] })),
            feedback: 'Bagus',
          },
        });
      const first = await grade([7, 4, 1]);
      expect(first.data?.gradeSubmission).toMatchObject({ status: 'GRADED', grade: { score: 80, gradedBy: { id: mentor.user.id } } });
      const second = await grade([5, 5, 0]);
      expect(second.data?.gradeSubmission.grade.score).toBe(66.67);
      expect(second.data?.gradeSubmission.grades.map((g) => g.score)).toEqual([66.67, 80]);
    });

    it('refuses scores that do not match the rubric, naming the criterion', async () => {
      const curriculum = await curriculumWithRubric([10, 10]);
      const cohort = await runningCohort(curriculum.id);
      const trainee = await enrolledTrainee(cohort.id);
      const [assignment] = await assignmentsOf(curriculum.id);
      const [first, second] = assignment.criteria;
      const submitted = await as(trainee).gql<{ submitAssignment: Submission }>(SUBMIT, {
        input: { cohortId: cohort.id, assignmentId: assignment.id, content: 'Isi' },
      });
      const grade = (scores: unknown[]) => as(mentor).gql(GRADE, { input: { submissionId: submitted.data!.submitAssignment.id, scores } });

      const missing = await grade([{ criterionId: first.id, points: 5 }]);
      expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
      expect(missing.errors?.[0].extensions.fields).toEqual({ scores: `Belum dinilai: ${second.title}` });
      const tooMany = await grade([
        { criterionId: first.id, points: 11 },
        { criterionId: second.id, points: 1 },
      ]);
      expect(tooMany.errors?.[0].extensions.fields).toEqual({ 'scores.0.points': `Poin untuk "${first.title}" harus antara 0 dan 10` });
      const twice = await grade([
        { criterionId: first.id, points: 1 },
        { criterionId: first.id, points: 1 },
      ]);
      expect(Object.keys(twice.errors![0].extensions.fields!)).toEqual(['scores.1.criterionId']);
      const foreign = await grade([
        { criterionId: '3f1e7a52-5f0c-4b0a-9d64-2a8d6d3f9b11', points: 1 },
        { criterionId: second.id, points: 1 },
      ]);
      expect(Object.keys(foreign.errors![0].extensions.fields!)).toEqual(['scores.0.criterionId']);
      const [{ grades }] = await db().query(`SELECT count(*)::int AS grades FROM grade WHERE submission_id = $1`, [
        submitted.data!.submitAssignment.id,
      ]);
      expect(grades).toBe(0);
    });

    it('lets only the cohort’s mentors and coordinators grade and see the queue, oldest first', async () => {
      const cohort = await runningCohort();
      const [assignment] = await assignmentsOf(cohort.curriculumId);
      const ids: string[] = [];
      for (let i = 0; i < 3; i++) {
        const trainee = await enrolledTrainee(cohort.id);
        clock.set(instant(-1, `11:0${i}`));
        ids.push(
          (
            await as(trainee).gql<{ submitAssignment: Submission }>(SUBMIT, {
              input: { cohortId: cohort.id, assignmentId: assignment.id, content: `Isi ${i}` },
            })
          ).data!.submitAssignment.id,
        );
      }
      const queue = await as(mentor).gql<{ submissions: Submission[] }>(QUEUE, { cohortId: cohort.id, status: 'SUBMITTED' });
      expect(queue.data!.submissions.map((s) => s.id)).toEqual(ids);

      const scores = assignment.criteria.map((c) => ({ criterionId: c.id, points: 1 }));
      const otherMentor = await app.factory.mentor(hub.id);
      expect(codes(await as(otherMentor).gql(GRADE, { input: { submissionId: ids[0], scores } }))).toEqual(['NOT_FOUND']);
      expect(codes(await as(otherMentor).gql(QUEUE, { cohortId: cohort.id }))).toEqual(['NOT_FOUND']);
      const trainee = await enrolledTrainee(cohort.id);
      expect(codes(await as(trainee).gql(QUEUE, { cohortId: cohort.id }))).toEqual(['FORBIDDEN']);
      expect(codes(await as(trainee).gql(GRADE, { input: { submissionId: ids[0], scores } }))).toEqual(['FORBIDDEN']);
      expect((await as(coordinator).gql(GRADE, { input: { submissionId: ids[0], scores } })).errors).toBeUndefined();
      const graded = await as(mentor).gql<{ submissions: Submission[] }>(QUEUE, { cohortId: cohort.id, status: 'GRADED' });
      expect(graded.data!.submissions.map((s) => s.id)).toEqual([ids[0]]);
    });

    it('writes when work was submitted in the cohort’s hub’s zone, in the queue as on the submission', async () => {
      const makassar = await app.factory.hub({ timezone: 'Asia/Makassar' });
      const [itsCoordinator, itsMentor] = [await app.factory.coordinator(makassar.id), await app.factory.mentor(makassar.id)];
      const cohort = await app.factory.cohort(makassar.id, { startsOn: day(-33), endsOn: day(28) });
      await as(itsCoordinator).gql(`mutation($c: ID!, $m: ID!) { assignMentor(cohortId: $c, mentorId: $m) { id } }`, {
        c: cohort.id,
        m: itsMentor.user.id,
      });
      await as(itsCoordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: cohort.id });
      const trainee = await app.factory.person(Role.TRAINEE, makassar.id);
      await app.factory.enroll(cohort.id, [trainee.user.id]);
      const [assignment] = await assignmentsOf(cohort.curriculumId);
      clock.set(instant(-1, '11:00'));
      const submitted = await as(trainee).gql<{ submitAssignment: Submission }>(SUBMIT, {
        input: { cohortId: cohort.id, assignmentId: assignment.id, content: 'Isi' },
      });
      // 11:00 in Jakarta is 12:00 in Makassar.
      const inMakassar = at(-1, '12:00').replace('+07:00', '+08:00');
      const queue = await as(itsMentor).gql<{ submissions: { submittedAt: string }[] }>(
        `query($cohortId: ID!) { submissions(cohortId: $cohortId) { submittedAt } }`,
        { cohortId: cohort.id },
      );
      expect(queue.data!.submissions).toEqual([{ submittedAt: inMakassar }]);
      const one = await as(itsMentor).gql<{ submission: { submittedAt: string } }>(
        `query($id: ID!) { submission(id: $id) { submittedAt } }`,
        {
          id: submitted.data!.submitAssignment.id,
        },
      );
      expect(one.data!.submission.submittedAt).toBe(inMakassar);
    });

    it('refuses content over 20,000 characters, a waitlisted trainee and an assignment of another curriculum', async () => {
      const cohort = await runningCohort();
      const trainee = await enrolledTrainee(cohort.id);
      const [assignment] = await assignmentsOf(cohort.curriculumId);
      expect(
        codes(await as(trainee).gql(SUBMIT, { input: { cohortId: cohort.id, assignmentId: assignment.id, content: 'x'.repeat(20_001) } })),
      ).toEqual(['BAD_USER_INPUT']);
      const [foreign] = await assignmentsOf((await app.factory.publishedCurriculum(hub.id)).id);
      expect(codes(await as(trainee).gql(SUBMIT, { input: { cohortId: cohort.id, assignmentId: foreign.id, content: 'Isi' } }))).toEqual([
        'NOT_FOUND',
      ]);
      const full = await app.factory.cohort(hub.id, { capacity: 1, startsOn: day(-33), endsOn: day(28) });
      await app.factory.enroll(full.id, await app.factory.trainees(hub.id, 1));
      const waiting = await enrolledTrainee(full.id);
      await as(coordinator).gql(`mutation($id: ID!) { startCohort(id: $id) { id } }`, { id: full.id });
      const [fullAssignment] = await assignmentsOf(full.curriculumId);
      expect(
        codes(await as(waiting).gql(SUBMIT, { input: { cohortId: full.id, assignmentId: fullAssignment.id, content: 'Isi' } })),
      ).toEqual(['FORBIDDEN']);
    });
  });

  /** A published curriculum with one assignment whose rubric has criteria of these maximum points. */
  const curriculumWithRubric = (maxPoints: number[]) =>
    app.factory.publishedCurriculum(hub.id, {
      rule: { minAttendanceRate: 0, minFinalScore: 0, requireAllAssignments: false },
      assignments: [{ passingScore: 50, rubric: maxPoints }],
    });

  describe('progress of a small cohort', () => {
    it('explains, per trainee, whether they may complete and exactly why not', async () => {
      // Rule: 75% attendance, final score 70, every assignment passed. Two assignments (weights 1 and 3), four sessions.
      const curriculum = await app.factory.publishedCurriculum(hub.id, {
        rule: { minAttendanceRate: 0.75, minFinalScore: 70, requireAllAssignments: true },
        assignments: [
          { title: 'Profil pelanggan', weight: 1, rubric: [10] },
          { title: 'Kanvas', weight: 3, rubric: [10] },
        ],
      });
      const cohort = await runningCohort(curriculum.id);
      const [profile, canvas] = await assignmentsOf(curriculum.id);

      const names = ['eligible', 'lowAttendance', 'lowScore', 'missing', 'resubmitted'] as const;
      const trainees = Object.fromEntries(
        await Promise.all(
          names.map(async (name) => [name, await enrolledTrainee(cohort.id, name === 'lowScore' ? Locale.en : Locale.id)] as const),
        ),
      ) as Record<(typeof names)[number], Person>;

      const room = await app.factory.room(hub.id);
      const sessionIds: string[] = [];
      // Held a month ago: before any instant this file's clock is set to.
      for (const offset of [-31, -29, -24, -22]) sessionIds.push(await scheduleSession(cohort.id, room.id, offset));
      // Everyone attends all four, except lowAttendance (two of four: 50%) and missing (one excused, so 3 of 3).
      for (const [index, sessionId] of sessionIds.entries()) {
        const entries = names.map((name) => ({
          traineeId: trainees[name].user.id,
          status:
            name === 'lowAttendance' && index >= 2
              ? 'ABSENT'
              : name === 'missing' && index === 0
                ? 'EXCUSED'
                : index === 3 && name === 'eligible'
                  ? 'LATE'
                  : 'PRESENT',
          note: name === 'missing' && index === 0 ? 'Sakit' : undefined,
        }));
        expect(
          (
            await as(mentor).gql(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
              input: { sessionId, entries },
            })
          ).errors,
        ).toBeUndefined();
      }

      const submitAndGrade = async (
        name: (typeof names)[number],
        assignment: { id: string; criteria: { id: string }[] },
        points: number,
        resubmit = false,
      ) => {
        const submitted = await as(trainees[name]).gql<{ submitAssignment: Submission }>(SUBMIT, {
          input: { cohortId: cohort.id, assignmentId: assignment.id, content: 'Kiriman' },
        });
        expect(submitted.errors).toBeUndefined();
        await as(mentor).gql(GRADE, {
          input: {
            submissionId: submitted.data!.submitAssignment.id,
            scores: [{ criterionId: assignment.criteria[0].id, points }],
            requestResubmission: resubmit,
          },
        });
      };
      await submitAndGrade('eligible', profile, 8);
      await submitAndGrade('eligible', canvas, 9);
      await submitAndGrade('lowAttendance', profile, 9);
      await submitAndGrade('lowAttendance', canvas, 9);
      await submitAndGrade('lowScore', profile, 6);
      await submitAndGrade('lowScore', canvas, 6);
      await submitAndGrade('missing', canvas, 10);
      await submitAndGrade('resubmitted', profile, 7);
      await submitAndGrade('resubmitted', canvas, 4, true);
      await submitAndGrade('resubmitted', canvas, 8);

      const roster = await as(coordinator).gql<{
        cohort: { enrollments: { edges: { node: { trainee: { id: string }; progress: Progress } }[] } };
      }>(ROSTER_PROGRESS, { id: cohort.id });
      const progressOf = (name: (typeof names)[number]) =>
        roster.data!.cohort.enrollments.edges.find((edge) => edge.node.trainee.id === trainees[name].user.id)!.node.progress;
      const base = { assignmentsTotal: 2, lessonsCompleted: 0, lessonsTotal: 1 };
      expect(progressOf('eligible')).toEqual({
        ...base,
        attendanceRate: 1,
        finalScore: 87.5,
        assignmentsPassed: 2,
        eligible: true,
        unmetRequirements: [],
      });
      expect(progressOf('lowAttendance')).toEqual({
        ...base,
        attendanceRate: 0.5,
        finalScore: 90,
        assignmentsPassed: 2,
        eligible: false,
        unmetRequirements: ['Kehadiran 50% di bawah minimum 75%'],
      });
      expect(progressOf('missing')).toEqual({
        ...base,
        attendanceRate: 1,
        finalScore: 75,
        assignmentsPassed: 1,
        eligible: false,
        unmetRequirements: ['Baru 1 dari 2 tugas lulus; semua tugas harus lulus'],
      });
      expect(progressOf('resubmitted')).toEqual({
        ...base,
        attendanceRate: 1,
        finalScore: 77.5,
        assignmentsPassed: 2,
        eligible: true,
        unmetRequirements: [],
      });
      // lowScore reads their own progress in English.
      const own = await as(trainees.lowScore).gql<{ myEnrollments: { id: string; progress: Progress }[] }>(MY_PROGRESS);
      expect(own.data!.myEnrollments[0].progress).toEqual({
        ...base,
        attendanceRate: 1,
        finalScore: 60,
        assignmentsPassed: 2,
        eligible: false,
        unmetRequirements: ['Final score 60 is below the required 70'],
      });
      // Read for a trainee, only their own enrollment answers: another trainee's, asked beside it, does not.
      const {
        myEnrollments: [eligibleSeat],
      } = (await as(trainees.eligible).gql<{ myEnrollments: { id: string }[] }>(MY_PROGRESS)).data!;
      const seats = [own.data!.myEnrollments[0].id, eligibleSeat.id];
      const [ownOnly, othersForTrainee] = await app.get(ProgressService).progressOf(seats, trainees.lowScore.user.id);
      expect(ownOnly?.finalScore).toBe(60);
      expect(othersForTrainee).toBeUndefined();
      expect((await app.get(ProgressService).progressOf(seats)).map((progress) => progress?.finalScore)).toEqual([60, 87.5]);

      // The provincial report: one row per trainee, UTF-8 with BOM.
      const csv = await fetch(`${app.url}/cohorts/${cohort.id}/progress.csv`, {
        headers: { authorization: `Bearer ${coordinator.token}` },
      });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
      const bytes = new Uint8Array(await csv.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n');
      expect(lines[0]).toBe(
        'Nama,Email,Status,Kehadiran (sesi terlaksana),Kehadiran (semua sesi terjadwal),Nilai akhir,Tugas lulus,Jumlah tugas,Memenuhi syarat,Alasan',
      );
      expect(lines).toHaveLength(6);
      expect(lines.find((line) => line.includes(trainees.lowAttendance.email))).toMatch(
        /,ENROLLED,0\.5,0\.5,90,2,2,tidak,Kehadiran 50% di bawah minimum 75%$/,
      );
      const trainee = trainees.eligible;
      expect(
        (await fetch(`${app.url}/cohorts/${cohort.id}/progress.csv`, { headers: { authorization: `Bearer ${trainee.token}` } })).status,
      ).toBe(403);
      expect((await fetch(`${app.url}/cohorts/${cohort.id}/progress.csv`)).status).toBe(401);
      // The CSV has no column per session: it reads neither the sessions nor their attendance records,
      // nor the hub (for their dates): the cohort, the roster, the progress, the audit entry (and the caller, see statementsSent).
      const csvStatements = await countStatements(async () => {
        const again = await fetch(`${app.url}/cohorts/${cohort.id}/progress.csv`, {
          headers: { authorization: `Bearer ${coordinator.token}` },
        });
        expect(new Uint8Array(await again.arrayBuffer())).toEqual(bytes);
      });
      expect(csvStatements).toBe(4);

      // The same report as a workbook, from a link a browser follows without a bearer header.
      const LINK = `query($id: ID!, $format: ReportFormat!) { cohort(id: $id) { progressReportUrl(format: $format) } }`;
      const link = (await as(coordinator).gql<{ cohort: { progressReportUrl: string } }>(LINK, { id: cohort.id, format: 'XLSX' })).data!
        .cohort.progressReportUrl;
      expect(link).toMatch(new RegExp(`^/cohorts/${cohort.id}/progress\\.xlsx\\?token=`));
      const download = await fetch(`${app.url}${link}`);
      expect(download.status).toBe(200);
      expect(download.headers.get('content-disposition')).toMatch(/attachment; filename="progress-.*\.xlsx"/);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await download.arrayBuffer());
      const [progressSheet, attendanceSheet] = workbook.worksheets;
      expect(progressSheet.name).toBe('Kemajuan');
      expect(progressSheet.getRow(1).values).toEqual([undefined, ...lines[0].split(',')]);
      const row = progressSheet.getRows(2, 5)!.find((candidate) => candidate.getCell(2).value === trainees.lowAttendance.email)!;
      // Numbers stay numbers; rates are fractions shown as percentages.
      expect([4, 5, 6, 7, 8].map((column) => row.getCell(column).value)).toEqual([0.5, 0.5, 90, 2, 2]);
      expect(row.getCell(4).numFmt).toBe('0%');
      expect(row.getCell(9).value).toBe('tidak');
      // Attendance per held session: four columns after the name.
      expect(attendanceSheet.name).toBe('Kehadiran');
      expect(attendanceSheet.columnCount).toBe(5);
      const attendanceRow = attendanceSheet.getRows(2, 5)!.find((candidate) => candidate.getCell(1).value === row.getCell(1).value)!;
      expect([2, 3, 4, 5].map((column) => attendanceRow.getCell(column).value)).toEqual(['Hadir', 'Hadir', 'Tidak hadir', 'Tidak hadir']);

      // The link is for that file only, signed, and not for trainees.
      expect((await fetch(`${app.url}${link.replace('progress.xlsx', 'progress.csv')}`)).status).toBe(401);
      expect((await fetch(`${app.url}${link.slice(0, -2)}xx`)).status).toBe(401);
      expect(codes(await as(trainee).gql(LINK, { id: cohort.id, format: 'CSV' }))).toEqual(['FORBIDDEN']);
      const csvLink = (await as(coordinator).gql<{ cohort: { progressReportUrl: string } }>(LINK, { id: cohort.id, format: 'CSV' })).data!
        .cohort.progressReportUrl;
      expect(new TextDecoder().decode((await (await fetch(`${app.url}${csvLink}`)).arrayBuffer()).slice(3))).toBe(
        lines.join('\r\n') + '\r\n',
      );
    });
  });

  /** A running cohort of 3 trainees with 2 past sessions (all present) and one submission each, waiting. */
  async function cohortOfThreeWithWork() {
    const curriculum = await app.factory.publishedCurriculum(hub.id, { lessons: 0, assignments: [{ rubric: [10] }] });
    const cohort = await runningCohort(curriculum.id);
    const room = await app.factory.room(hub.id);
    const trainees = await app.factory.trainees(hub.id, 3);
    await db().query(`INSERT INTO enrollment (cohort_id, trainee_id, status) SELECT $1, unnest($2::uuid[]), 'ENROLLED'`, [
      cohort.id,
      trainees,
    ]);
    await db().query(
      `INSERT INTO session (cohort_id, title, room_id, starts_at, ends_at)
       SELECT $1, 'Sesi ' || n, $2, $3::timestamptz + n * interval '1 day', $3::timestamptz + n * interval '1 day' + interval '2 hours'
         FROM generate_series(1, 2) n`,
      [cohort.id, room.id, at(-10, '09:00')],
    );
    await db().query(
      `INSERT INTO attendance_record (session_id, trainee_id, status, source, recorded_at)
       SELECT s.id, e.trainee_id, 'PRESENT', 'MANUAL', s.ends_at FROM session s JOIN enrollment e ON e.cohort_id = s.cohort_id WHERE s.cohort_id = $1`,
      [cohort.id],
    );
    await db().query(
      `INSERT INTO submission (enrollment_id, assignment_id, attempt, content, status)
       SELECT e.id, a.id, 1, 'Isi', 'SUBMITTED' FROM enrollment e CROSS JOIN assignment a JOIN curriculum_module m ON m.id = a.module_id
        WHERE e.cohort_id = $1 AND m.curriculum_id = $2`,
      [cohort.id, curriculum.id],
    );
    return cohort;
  }

  it('reads a cohort page’s rows once: the cohort, its sessions and enrollments are not read again by the fields that need their zone', async () => {
    const cohort = await cohortOfThreeWithWork();
    const query = `query($id: ID!) { cohort(id: $id) { name
      sessions(first: 10) { startsAt attendance(first: 10) { recordedAt } }
      enrollments(first: 10) { edges { node { seatedAt submissions(first: 10) { submittedAt enrollment { id } assignment { id } } } } } } }`;
    let response: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const sent = await statementsSent(
      async () => {
        response = await as(coordinator).gql(query, { id: cohort.id });
      },
      { rememberedReads: true },
    );
    expect(response?.errors).toBeUndefined();
    type Page = { cohort: { sessions: { attendance: unknown[] }[]; enrollments: { edges: { node: { submissions: unknown[] } }[] } } };
    const page = (response!.data as Page).cohort;
    expect(page.sessions.flatMap((session) => session.attendance)).toHaveLength(6);
    expect(page.enrollments.edges.flatMap((edge) => edge.node.submissions)).toHaveLength(3);
    // The cohort (new, so not remembered yet), its hub (the zone), sessions, the enrollment page,
    // attendance, submissions. Not at all: the records' people (none is asked) and the assignments
    // (asked by id alone). Not again: the cohort (for the zone of its sessions and seats), the
    // sessions (for their records' zone), the enrollments (submissions').
    expect(sent.filter(isCohortRead)).toHaveLength(1);
    expect(sent.filter((text) => !isCohortRead(text) && !isCallerCheck(text))).toHaveLength(5);
  });

  it('reads a mentor’s grading queue screen with each thing once: the cohort and its mentors serve both the counts and the list', async () => {
    const cohort = await cohortOfThreeWithWork();
    // The web app's grading screen (apps/web/src/routes/_app/teach/cohorts/$cohortId/grading.tsx).
    const query = `query($cohortId: ID!) { cohort(id: $cohortId) { id name hub { timezone } gradingQueue { waiting resubmitted resubmitRequested graded } }
      submissions(cohortId: $cohortId, status: SUBMITTED, first: 200) { id attempt submittedAt assignment { title } enrollment { trainee { fullName } } } }`;
    let response: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const statements = await countStatements(async () => {
      response = await as(mentor).gql(query, { cohortId: cohort.id });
    });
    expect(response?.errors).toBeUndefined();
    const screen = response!.data as {
      cohort: { gradingQueue: { waiting: number } };
      submissions: { id: string; enrollment: { trainee: { fullName: string } } }[];
    };
    expect(screen.cohort.gradingQueue.waiting).toBe(3);
    // Each named as their enrollment says, though no enrollment was read for it.
    const whose = await db().query<{ id: string; full_name: string }[]>(
      `SELECT s.id, u.full_name FROM submission s JOIN enrollment e ON e.id = s.enrollment_id JOIN "user" u ON u.id = e.trainee_id
        WHERE e.cohort_id = $1`,
      [cohort.id],
    );
    expect(screen.submissions.map((submission) => [submission.id, submission.enrollment.trainee.fullName]).sort()).toEqual(
      whose.map((row) => [row.id, row.full_name]).sort(),
    );
    // The cohort (as the mentor may see it), its hub, its mentors, the counts, the
    // submissions with whose they are, their assignments and trainees.
    expect(statements).toBe(7);

    // An enrollment's status is read when asked for.
    await db().query(`UPDATE enrollment SET status = 'WITHDRAWN' WHERE id = (SELECT enrollment_id FROM submission WHERE id = $1)`, [
      screen.submissions[0].id,
    ]);
    const withStatus = await as(mentor).gql<{ submissions: { id: string; enrollment: { status: string; cohort: { id: string } } }[] }>(
      `query($cohortId: ID!) { submissions(cohortId: $cohortId, first: 200) { id enrollment { status cohort { id } } } }`,
      { cohortId: cohort.id },
    );
    expect(withStatus.errors).toBeUndefined();
    expect(withStatus.data!.submissions.map((submission) => [submission.id, submission.enrollment.status]).sort()).toEqual(
      screen.submissions.map((submission, index) => [submission.id, index === 0 ? 'WITHDRAWN' : 'ENROLLED']).sort(),
    );
    expect(new Set(withStatus.data!.submissions.map((submission) => submission.enrollment.cohort.id))).toEqual(new Set([cohort.id]));
  });

  it('keeps counted progress, and counts it again after every change it is counted from and when a session ends', async () => {
    const curriculum = await app.factory.publishedCurriculum(hub.id, {
      lessons: 2,
      rule: { minAttendanceRate: 0.5, minFinalScore: 50, requireAllAssignments: true },
      assignments: [{ title: 'Kanvas', weight: 1, rubric: [10] }],
    });
    const cohort = await runningCohort(curriculum.id);
    const [canvas] = await assignmentsOf(curriculum.id);
    const [lesson] = await db().query<{ id: string }[]>(
      `SELECT l.id FROM lesson l JOIN curriculum_module m ON m.id = l.module_id WHERE m.curriculum_id = $1 ORDER BY l.position LIMIT 1`,
      [curriculum.id],
    );
    const trainee = await enrolledTrainee(cohort.id);
    const [{ id: enrollmentId }] = await db().query<{ id: string }[]>(`SELECT id FROM enrollment WHERE cohort_id = $1`, [cohort.id]);
    const room = await app.factory.room(hub.id);
    const ok = <T>(response: { data?: T | null; errors?: unknown }) => {
      expect(response.errors).toBeUndefined();
      return response.data!;
    };
    const schedule = (offset: number) => scheduleSession(cohort.id, room.id, offset);
    const record = async (sessionId: string, status: string) =>
      ok(
        await as(mentor).gql(`mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }`, {
          input: { sessionId, entries: [{ traineeId: trainee.user.id, status }] },
        }),
      );
    const progress = async () => (await app.get(ProgressService).progressOf([enrollmentId]))[0]!;

    // Two sessions after the trainee's seat; the clock between their ends.
    const first = await schedule(1);
    const second = await schedule(2);
    clock.set(instant(1, '12:00'));
    expect(await progress()).toMatchObject({ attendanceRate: 0, attendanceRateOfScheduled: 0, lessonsCompleted: 0, finalScore: 0 });

    // What is kept is what is read: a kept count changed behind the api's back shows until something changes.
    const tamper = () =>
      db().query(`UPDATE enrollment_progress SET facts = jsonb_set(facts, '{lessons_done}', '2') WHERE enrollment_id = $1`, [enrollmentId]);
    await tamper();
    expect((await progress()).lessonsCompleted).toBe(2);
    const afterChange = async (change: () => Promise<unknown>) => {
      await tamper();
      await change();
      const counted = await progress();
      expect(counted.lessonsCompleted).not.toBe(2);
      return counted;
    };

    expect(await afterChange(() => record(first, 'PRESENT'))).toMatchObject({ attendanceRate: 1, attendanceRateOfScheduled: 0.5 });
    expect(await afterChange(() => record(first, 'LATE'))).toMatchObject({ attendanceRate: 1 });
    expect(await afterChange(() => record(first, 'ABSENT'))).toMatchObject({ attendanceRate: 0 });
    expect(await afterChange(() => db().query(`DELETE FROM attendance_record WHERE session_id = $1`, [first]))).toMatchObject({
      attendanceRate: 0,
    });
    await record(first, 'PRESENT');
    // Counted and kept again now, so that only the clock can make the next read count again.
    expect(await progress()).toMatchObject({ attendanceRate: 1 });
    // No write at all: the second session ends, and 1 of 1 held becomes 1 of 2.
    expect(await afterChange(async () => clock.set(instant(2, '12:00')))).toMatchObject({ attendanceRate: 0.5 });
    // And back: the clock before the second session's end again.
    expect(await afterChange(async () => clock.set(instant(1, '12:00')))).toMatchObject({ attendanceRate: 1 });
    clock.set(instant(2, '12:00'));
    expect(
      await afterChange(() => as(coordinator).gql(`mutation($id: ID!) { cancelSession(id: $id) { id } }`, { id: second }).then(ok)),
    ).toMatchObject({
      attendanceRate: 1,
      attendanceRateOfScheduled: 1,
    });
    const third = await schedule(5);
    expect(await progress()).toMatchObject({ attendanceRateOfScheduled: 0.5 });
    expect(
      await afterChange(() =>
        as(coordinator)
          .gql(`mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }`, {
            input: { id: third, startsAt: at(6, '09:00'), endsAt: at(6, '11:00') },
          })
          .then(ok),
      ),
    ).toMatchObject({ attendanceRateOfScheduled: 0.5 });
    expect(await afterChange(() => as(trainee).gql(COMPLETE_LESSON, { cohortId: cohort.id, lessonId: lesson.id }).then(ok))).toMatchObject({
      lessonsCompleted: 1,
      lessonsTotal: 2,
    });

    let submissionId = '';
    await afterChange(async () => {
      submissionId = ok(
        await as(trainee).gql<{ submitAssignment: Submission }>(SUBMIT, {
          input: { cohortId: cohort.id, assignmentId: canvas.id, content: 'Kanvas' },
        }),
      ).submitAssignment.id;
    });
    const grade = (points: number) =>
      as(mentor)
        .gql(GRADE, { input: { submissionId, scores: [{ criterionId: canvas.criteria[0].id, points }] } })
        .then(ok);
    expect(await afterChange(() => grade(9))).toMatchObject({ finalScore: 90, assignmentsPassed: 1, eligible: true });
    expect(await afterChange(() => grade(4))).toMatchObject({ finalScore: 40, assignmentsPassed: 0, eligible: false });
    expect(await afterChange(() => db().query(`UPDATE grade SET score = 80 WHERE submission_id = $1`, [submissionId]))).toMatchObject({
      finalScore: 80,
    });
    // The enrollment itself: a seat moved after the first session leaves only its record counting.
    expect(
      await afterChange(() => db().query(`UPDATE enrollment SET seated_at = $2 WHERE id = $1`, [enrollmentId, instant(1, '10:00')])),
    ).toMatchObject({ attendanceRate: 1, attendanceRateOfScheduled: 0.5 });
  });

  it('computes the progress of 200 trainees × 10 assignments × 24 sessions in a constant number of statements', async () => {
    const query = `query($id: ID!) { cohort(id: $id) { enrollments(first: 100) { edges { node { progress { attendanceRate finalScore assignmentsPassed eligible unmetRequirements } } } } } }`;
    const measure = async (trainees: number, assignments: number, sessions: number) => {
      const curriculum = await app.factory.publishedCurriculum(hub.id, {
        lessons: 0,
        assignments: Array.from({ length: assignments }, () => ({ rubric: [10] })),
      });
      const cohort = await runningCohort(curriculum.id);
      const room = await app.factory.room(hub.id, { capacity: 500 });
      const ids = await app.factory.trainees(hub.id, trainees);
      await db().query(`INSERT INTO enrollment (cohort_id, trainee_id, status) SELECT $1, unnest($2::uuid[]), 'ENROLLED'`, [
        cohort.id,
        ids,
      ]);
      await db().query(
        `INSERT INTO session (cohort_id, title, room_id, starts_at, ends_at)
         SELECT $1, 'Sesi ' || n, $2, $4::timestamptz + n * interval '1 day', $4::timestamptz + n * interval '1 day' + interval '2 hours' FROM generate_series(1, $3::int) n`,
        [cohort.id, room.id, sessions, at(-32, '09:00')],
      );
      await db().query(
        `INSERT INTO attendance_record (session_id, trainee_id, status, source, recorded_at)
         SELECT s.id, e.trainee_id, CASE WHEN random() < 0.85 THEN 'PRESENT' ELSE 'ABSENT' END, 'MANUAL', now()
           FROM session s JOIN enrollment e ON e.cohort_id = s.cohort_id WHERE s.cohort_id = $1`,
        [cohort.id],
      );
      await db().query(
        `WITH subs AS (
           INSERT INTO submission (enrollment_id, assignment_id, attempt, content, status)
           SELECT e.id, a.id, 1, 'Isi', 'GRADED' FROM enrollment e CROSS JOIN assignment a JOIN curriculum_module m ON m.id = a.module_id
            WHERE e.cohort_id = $1 AND m.curriculum_id = $2 RETURNING id)
         INSERT INTO grade (submission_id, score, resubmission_requested, graded_by) SELECT id, floor(random() * 100), false, $3 FROM subs`,
        [cohort.id, curriculum.id, mentor.user.id],
      );
      let response: Awaited<ReturnType<TestApp['gql']>> | undefined;
      const statements = await countStatements(async () => {
        response = await as(coordinator).gql(query, { id: cohort.id });
      });
      expect(response?.errors).toBeUndefined();
      expect((response!.data as { cohort: { enrollments: { edges: unknown[] } } }).cohort.enrollments.edges).toHaveLength(
        Math.min(trainees, 100),
      );
      return statements;
    };
    const small = await measure(5, 2, 3);
    const large = await measure(200, 10, 24);
    // The page, the progress of the whole page (and the cohort, a remembered read left out).
    expect(small).toBe(2);
    expect(large).toBe(small);
  });
});
