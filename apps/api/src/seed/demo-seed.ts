import type { INestApplicationContext } from '@nestjs/common';
import { DateTime } from 'luxon';
import { AttendanceService, AttendanceStatus } from '@sanggar/attendance';
import { CertificateIssuance, CertificatesService } from '@sanggar/certificates';
import { CohortsService } from '@sanggar/cohorts';
import { type AuthUser, Clock, Locale, Role } from '@sanggar/core';
import { CurriculaService } from '@sanggar/curricula';
import { GradingService } from '@sanggar/grading';
import { HubsService } from '@sanggar/hubs';
import { IdentityService } from '@sanggar/identity';
import { MentorshipService, OfficeHoursService } from '@sanggar/mentorship';
import { SchedulingService, Weekday } from '@sanggar/scheduling';
import { DEMO_ADMIN_EMAIL, DEMO_PASSWORD, DEMO_ZONE, type DemoHub, HUBS, PROGRAMME, emailOf } from './demo-data.js';

/** Now in the demo hubs' zone, from the app's Clock. */
const demoNow = (app: INestApplicationContext) => DateTime.fromJSDate(app.get(Clock).now(), { zone: DEMO_ZONE });

/** Hubs, rooms and people to try Sanggar with; runs only when there are no hubs yet. */
export async function seedDemoIfEmpty(app: INestApplicationContext): Promise<boolean> {
  const hubs = app.get(HubsService);
  const identity = app.get(IdentityService);
  if (await hubs.hasHubs()) return false;

  const admin = await identity.loadAuthUser((await identity.ensureAdmin(DEMO_ADMIN_EMAIL, DEMO_PASSWORD)).id);
  for (const demo of HUBS) {
    const hub = await hubs.createHub({ name: demo.name, city: demo.city });
    for (const [name, capacity] of demo.rooms) await hubs.createRoom(admin, { hubId: hub.id, name, capacity });
    const people: [string, Role][] = [
      [demo.coordinator, Role.COORDINATOR],
      ...demo.mentors.map(({ name }): [string, Role] => [name, Role.MENTOR]),
      ...demo.trainees.map((name): [string, Role] => [name, Role.TRAINEE]),
    ];
    const created = [];
    for (const [fullName, role] of people) {
      created.push(
        await identity.createUser(admin, {
          email: emailOf(fullName),
          password: DEMO_PASSWORD,
          fullName,
          role,
          hubId: hub.id,
          locale: Locale.id,
        }),
      );
    }
    const mentor = created.find((user) => user.role === Role.MENTOR)!;
    const trainees = created.filter((user) => user.role === Role.TRAINEE).map((trainee) => trainee.id);
    const { cohortId, curriculumId } = await seedProgramme(app, admin, hub.id, demo.city, mentor.id, trainees);
    const [hall] = await hubs.roomsByHubIds([hub.id]).then(([rooms]) => rooms.filter((room) => room.capacity >= trainees.length));
    await seedWeekOfSessions(app, admin, cohortId, hall.id, mentor.id, trainees);
    if (demo === HUBS[0])
      await seedCompletedCohort(app, admin, {
        hubId: hub.id,
        curriculumId,
        city: demo.city,
        mentorId: mentor.id,
        roomId: hall.id,
        trainees: trainees.slice(0, 3),
      });
    await seedMentorship(app, admin, hub.id, demo, created);
  }
  return true;
}

/**
 * Mentor profiles, the hub's start-ups each with its best-suggested mentor, a week of afternoon office
 * hours per mentor (weekdays from tomorrow, 13:00–15:00 in the hub's smaller rooms), and each
 * start-up's first member booking one of its mentor's slots.
 */
async function seedMentorship(
  app: INestApplicationContext,
  admin: AuthUser,
  hubId: string,
  demo: DemoHub,
  people: { id: string; role: Role }[],
) {
  const identity = app.get(IdentityService);
  const mentorship = app.get(MentorshipService);
  const officeHours = app.get(OfficeHoursService);
  const mentorIds = people.filter((user) => user.role === Role.MENTOR).map((user) => user.id);
  const traineeIds = people.filter((user) => user.role === Role.TRAINEE).map((user) => user.id);
  const [rooms] = await app.get(HubsService).roomsByHubIds([hubId]);
  const smallRooms = [...rooms].sort((a, b) => a.capacity - b.capacity);
  const tomorrow = demoNow(app).startOf('day').plus({ days: 1 });
  const slotsByMentor = new Map<string, string[]>();
  for (const [index, { expertise, bio }] of demo.mentors.entries()) {
    const mentor = await identity.loadAuthUser(mentorIds[index]);
    await mentorship.updateProfile(mentor, { bio, expertise, maxMentees: 3 });
    const slots = [];
    for (let day = tomorrow; day < tomorrow.plus({ weeks: 1 }); day = day.plus({ days: 1 })) {
      if (day.weekday > 5) continue;
      const window = { startsAt: day.set({ hour: 13 }).toJSDate(), endsAt: day.set({ hour: 15 }).toJSDate(), slotMinutes: 30 };
      slots.push(...(await officeHours.publish(mentor, { ...window, roomId: smallRooms[index].id })));
    }
    slotsByMentor.set(
      mentor.id,
      slots.map((slot) => slot.id),
    );
  }
  for (const [name, sector, members] of demo.startups) {
    const startup = await mentorship.createStartup(admin, { hubId, name, sector, memberIds: members.map((n) => traineeIds[n]) });
    const [best] = await mentorship.suggest(admin, startup.id, 1);
    await mentorship.assignMentor(admin, startup.id, best.mentorId);
    const free = slotsByMentor.get(best.mentorId)!;
    const booker = await identity.loadAuthUser(traineeIds[members[0]]);
    await officeHours.book(booker, { slotId: free.splice(1, 1)[0], startupId: startup.id, agenda: `Umpan balik untuk ${name}` });
  }
}

/**
 * Last term's cohort, held, graded and completed, with its certificates issued right here (the
 * worker would do the same seconds later), so a newcomer sees the whole loop at once.
 */
async function seedCompletedCohort(
  app: INestApplicationContext,
  admin: AuthUser,
  place: { hubId: string; curriculumId: string; city: string; mentorId: string; roomId: string; trainees: string[] },
) {
  const cohorts = app.get(CohortsService);
  const grading = app.get(GradingService);
  const identity = app.get(IdentityService);
  const today = demoNow(app).startOf('day');
  const cohort = await cohorts.createCohort(admin, {
    hubId: place.hubId,
    curriculumId: place.curriculumId,
    name: `Dasar Bisnis Kreatif ${place.city} — Angkatan 0`,
    startsOn: today.minus({ weeks: 10 }).toISODate()!,
    endsOn: today.minus({ weeks: 4 }).toISODate()!,
    capacity: 30,
  });
  await cohorts.assignMentor(admin, cohort.id, place.mentorId);
  for (const traineeId of place.trainees) await cohorts.enrollTrainee(admin, { cohortId: cohort.id, traineeId });
  await cohorts.startCohort(admin, cohort.id);
  const sessions = await app.get(SchedulingService).scheduleRecurring(admin, {
    cohortId: cohort.id,
    title: 'Kelas Dasar Bisnis Kreatif',
    roomId: place.roomId,
    weekdays: [Weekday.SAT],
    startTime: '09:00',
    durationMinutes: 120,
    fromDate: today.minus({ weeks: 10 }).toISODate()!,
    untilDate: today.minus({ weeks: 7 }).toISODate()!,
  });
  for (const session of sessions) {
    await app.get(AttendanceService).recordAttendance(
      admin,
      session.id,
      place.trainees.map((traineeId) => ({ traineeId, status: AttendanceStatus.PRESENT })),
    );
  }
  const curricula = app.get(CurriculaService);
  const modules = await curricula.modulesByCurriculumIds([place.curriculumId]);
  const assignments = (await curricula.assignmentsByModuleIds(modules[0].map((module) => module.id))).flat();
  const rubrics = await curricula.criteriaByAssignmentIds(assignments.map((assignment) => assignment.id));
  for (const [index, traineeId] of place.trainees.entries()) {
    const trainee = await identity.loadAuthUser(traineeId);
    for (const [position, assignment] of assignments.entries()) {
      const submission = await grading.submitAssignment(trainee, {
        cohortId: cohort.id,
        assignmentId: assignment.id,
        content: 'Kiriman demo',
      });
      // Full marks less a point or two, so the scores differ.
      const scores = rubrics[position].map((criterion, n) => ({
        criterionId: criterion.id,
        points: Math.max(0, criterion.maxPoints - ((index + n) % 3)),
      }));
      await grading.gradeSubmission(admin, { submissionId: submission.id, scores, feedback: 'Bagus, lanjutkan!' });
    }
  }
  const issuance = app.get(CertificateIssuance);
  const batch = await issuance.completeCohort(admin, cohort.id);
  for (const enrollment of await cohorts.rosterOf(cohort.id)) await issuance.issue(batch.id, enrollment.id);
}

/** The verify page of a demo certificate, to print at start-up. */
export async function demoVerifyUrl(app: INestApplicationContext): Promise<string | null> {
  return app.get(CertificatesService).anyValidVerifyUrl();
}

/** "Dasar Bisnis Kreatif", published, and a running cohort with a mentor and every trainee enrolled. */
async function seedProgramme(
  app: INestApplicationContext,
  admin: AuthUser,
  hubId: string,
  city: string,
  mentorId: string,
  traineeIds: string[],
) {
  const curricula = app.get(CurriculaService);
  const cohorts = app.get(CohortsService);
  const curriculum = await curricula.createCurriculum(admin, {
    hubId,
    title: 'Dasar Bisnis Kreatif',
    description: 'Enam minggu dari ide ke usaha kreatif: pasar, model bisnis, dan pemasaran digital.',
    completionRule: { minAttendanceRate: 0.8, minFinalScore: 70, requireAllAssignments: true },
  });
  for (const [moduleTitle, lessons, assignment] of PROGRAMME) {
    const module = await curricula.addModule(admin, { curriculumId: curriculum.id, title: moduleTitle });
    for (const [title, content, durationMinutes] of lessons)
      await curricula.addLesson(admin, { moduleId: module.id, title, content, durationMinutes });
    await curricula.addAssignment(admin, { moduleId: module.id, ...assignment });
  }
  await curricula.publishCurriculum(admin, curriculum.id);
  // The demo cohort is always under way: two weeks done, four to go, whenever the demo is started.
  const today = demoNow(app).startOf('day');
  const cohort = await cohorts.createCohort(admin, {
    hubId,
    curriculumId: curriculum.id,
    name: `Dasar Bisnis Kreatif ${city} — Angkatan 1`,
    startsOn: today.minus({ weeks: 2 }).toISODate()!,
    endsOn: today.plus({ weeks: 4 }).toISODate()!,
    capacity: 30,
  });
  await cohorts.assignMentor(admin, cohort.id, mentorId);
  for (const traineeId of traineeIds) await cohorts.enrollTrainee(admin, { cohortId: cohort.id, traineeId });
  await cohorts.startCohort(admin, cohort.id);
  return { cohortId: cohort.id, curriculumId: curriculum.id };
}

/**
 * Monday, Wednesday and Friday at 09:00 WIB, from last week's Monday to next week's Sunday (so
 * there are always sessions held and sessions to come); the held ones get attendance (most present, one late, one excused). The worker then
 * marks anyone else ABSENT, as it would after a real session.
 */
async function seedWeekOfSessions(
  app: INestApplicationContext,
  admin: AuthUser,
  cohortId: string,
  roomId: string,
  mentorId: string,
  traineeIds: string[],
) {
  const lastMonday = demoNow(app).startOf('week').minus({ weeks: 1 });
  const sessions = await app.get(SchedulingService).scheduleRecurring(admin, {
    cohortId,
    title: 'Kelas Dasar Bisnis Kreatif',
    roomId,
    mentorId,
    weekdays: [Weekday.MON, Weekday.WED, Weekday.FRI],
    startTime: '09:00',
    durationMinutes: 120,
    fromDate: lastMonday.toISODate()!,
    untilDate: lastMonday.plus({ days: 20 }).toISODate()!,
  });
  const held = sessions.filter((session) => session.endsAt < app.get(Clock).now());
  for (const [index, session] of held.entries()) {
    const entries = traineeIds.map((traineeId, position) =>
      position === index % traineeIds.length
        ? { traineeId, status: AttendanceStatus.LATE }
        : position === (index + 1) % traineeIds.length && index % 2 === 0
          ? { traineeId, status: AttendanceStatus.EXCUSED, note: 'Izin: urusan keluarga' }
          : { traineeId, status: AttendanceStatus.PRESENT },
    );
    await app.get(AttendanceService).recordAttendance(admin, session.id, entries);
  }
}
