import type { ParsedMail } from 'mailparser';
import ical, { type VEvent } from 'node-ical';
import { DataSource } from 'typeorm';
import { type CohortEntity } from '@sanggar/cohorts';
import { Locale } from '@sanggar/core';
import { GradingDigests } from '@sanggar/grading';
import type { HubEntity, RoomEntity } from '@sanggar/hubs';
import { AccountLinkEmailHandler, NotificationEmailHandler, WelcomeEmailHandler } from '@sanggar/notifications';
import { QueueName, Queues, jobIds } from '@sanggar/queue';
import { SessionNotices } from '@sanggar/scheduling';
import type { Person } from '../support/factories.js';
import { TestApp, codes, eventually } from '../support/harness.js';
import { at, instant } from '../support/time.js';

const START = `mutation($id: ID!) { startCohort(id: $id) { id } }`;
const ENROLL = `mutation($input: EnrollInput!) { enrollTrainee(input: $input) { id status } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawEnrollment(id: $id) { id status } }`;
const SCHEDULE = `mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }`;
const RESCHEDULE = `mutation($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id } }`;
const CANCEL = `mutation($id: ID!) { cancelSession(id: $id) { id } }`;
const SUBMIT = `mutation($input: SubmitAssignmentInput!) { submitAssignment(input: $input) { id } }`;
const GRADE = `mutation($input: GradeSubmissionInput!) { gradeSubmission(input: $input) { id status } }`;
const INBOX = `{ notifications { id kind title paragraphs link createdAt readAt } unreadNotificationCount }`;
const MARK_READ = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const PREFERENCES = `{ notificationPreferences { category email } }`;
const SET_PREFERENCE = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { category email } }`;
const FAILED = `{ failedEmails { id kind subject recipientId recipientName recipientEmail createdAt error } }`;
const RETRY = `mutation($id: ID!) { retryEmail(id: $id) }`;
const INVITE = `mutation($input: InviteUsersInput!) { inviteUsers(input: $input) { email } }`;

interface Inbox {
  notifications: {
    id: string;
    kind: string;
    title: string;
    paragraphs: string[];
    link: string;
    createdAt: string;
    readAt: string | null;
  }[];
  unreadNotificationCount: number;
}

/** Emails wait this long for an undo; the test waits a little more before it says "none came". */
const DELAY_SECONDS = 2;
const settle = () => new Promise((resolve) => setTimeout(resolve, (DELAY_SECONDS + 2.5) * 1000));

/** The calendar part of an email: its METHOD and events. */
function calendarOf(mail: ParsedMail): { method: string; events: VEvent[] } {
  const part = mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
  if (!part) throw new Error(`no calendar in "${mail.subject}"`);
  const text = part.content.toString('utf8');
  const events = Object.values(ical.sync.parseICS(text)).filter((entry): entry is VEvent => entry?.type === 'VEVENT');
  return { method: /^METHOD:(\w+)/m.exec(text)![1], events };
}

describe('notifications', () => {
  let app: TestApp;
  let hub: HubEntity;
  let room: RoomEntity;
  let otherRoom: RoomEntity;
  let coordinator: Person;
  let mentor: Person;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true, env: { NOTIFICATION_EMAIL_DELAY_SECONDS: String(DELAY_SECONDS) } });
    hub = await app.factory.hub();
    room = await app.factory.room(hub.id, { name: 'Ruang Kriya' });
    otherRoom = await app.factory.room(hub.id, { name: 'Ruang Batik' });
    coordinator = await app.factory.coordinator(hub.id);
    mentor = await app.factory.mentor(hub.id);
  });
  afterAll(() => app.close());

  const as = (person: Person) => app.as(person);
  const db = () => app.get(DataSource);
  /** What the person received, apart from the welcome every new account gets. */
  const mailsOf = (person: Person, subject: RegExp) =>
    app.mail.to(person.email).filter((mail) => subject.test(mail.subject ?? '') && !/^(Selamat datang|Welcome)/.test(mail.subject ?? ''));
  const inbox = async (person: Person) => (await as(person).gql<Inbox>(INBOX)).data!;

  const runningCohort = async (capacity = 30): Promise<CohortEntity> => {
    const cohort = await app.factory.cohort(hub.id, { capacity });
    await as(coordinator).gql(START, { id: cohort.id });
    return cohort;
  };
  const enroll = async (cohort: CohortEntity, trainee: Person) =>
    (
      await as(coordinator).gql<{ enrollTrainee: { id: string; status: string } }>(ENROLL, {
        input: { cohortId: cohort.id, traineeId: trainee.user.id },
      })
    ).data!.enrollTrainee;
  const schedule = async (cohort: CohortEntity, input: Record<string, unknown>) => {
    const created = await as(coordinator).gql<{ scheduleSession: { id: string } }>(SCHEDULE, {
      input: { cohortId: cohort.id, title: 'Pitch deck', roomId: room.id, mentorId: mentor.user.id, ...input },
    });
    expect(created.errors).toBeUndefined();
    return created.data!.scheduleSession.id;
  };

  describe('enrollment', () => {
    it('tells each trainee, once, that they are enrolled, waitlisted, withdrawn or promoted — and nobody else', async () => {
      const cohort = await runningCohort(1);
      const [dewi, rizky] = [await app.factory.trainee(hub.id), await app.factory.trainee(hub.id, { locale: Locale.en })];
      const seat = await enroll(cohort, dewi);
      expect((await enroll(cohort, rizky)).status).toBe('WAITLISTED');
      await settle();
      expect(mailsOf(dewi, /./).map((mail) => mail.subject)).toEqual([`Anda terdaftar di ${cohort.name}`]);
      expect(mailsOf(rizky, /./).map((mail) => mail.subject)).toEqual([`You are on the waitlist of ${cohort.name}`]);

      await as(coordinator).gql(WITHDRAW, { id: seat.id });
      await eventually(() => {
        expect(mailsOf(dewi, /keluar/).map((mail) => mail.subject)).toEqual([`Anda keluar dari ${cohort.name}`]);
        expect(mailsOf(rizky, /seat/).map((mail) => mail.subject)).toEqual([`A seat is yours in ${cohort.name}`]);
      });
      const mail = mailsOf(rizky, /seat/)[0];
      expect(mail.text).toContain(`${app.url}/cohorts/${cohort.id}`);
      expect(mail.html).toContain(`href="${app.url}/cohorts/${cohort.id}"`);
      expect(mailsOf(coordinator, /./)).toEqual([]);

      // The same events in the app, newest first, in each reader's language.
      const rizkys = await inbox(rizky);
      expect(rizkys.notifications.map((n) => n.kind)).toEqual(['PROMOTED', 'WAITLISTED']);
      expect(rizkys.notifications[0]).toMatchObject({
        title: `A seat is yours in ${cohort.name}`,
        link: `/cohorts/${cohort.id}`,
        // Written in the hub's zone, like every instant the api answers.
        createdAt: expect.stringMatching(/\+07:00$/),
        readAt: null,
      });
      expect(rizkys.unreadNotificationCount).toBe(2);
      expect((await as(rizky).gql(MARK_READ, { ids: [rizkys.notifications[1].id] })).data).toEqual({ markNotificationsRead: 1 });
      expect((await inbox(rizky)).unreadNotificationCount).toBe(1);
      expect((await as(rizky).gql(MARK_READ, {})).data).toEqual({ markNotificationsRead: 1 });
      expect((await inbox(rizky)).unreadNotificationCount).toBe(0);
      // Nobody marks another's notifications.
      const dewis = await inbox(dewi);
      expect((await as(rizky).gql(MARK_READ, { ids: dewis.notifications.map((n) => n.id) })).data).toEqual({ markNotificationsRead: 0 });
      expect((await inbox(dewi)).unreadNotificationCount).toBe(2);
    });

    it('sends nothing for an enrollment withdrawn before its email went out', async () => {
      const cohort = await runningCohort();
      const ayu = await app.factory.trainee(hub.id);
      const seat = await enroll(cohort, ayu);
      await as(coordinator).gql(WITHDRAW, { id: seat.id });
      await settle();
      expect(mailsOf(ayu, /./)).toEqual([]);
      expect((await inbox(ayu)).notifications).toEqual([]);
    });
  });

  describe('sessions', () => {
    it('invites seated trainees and the mentor, then updates and cancels the same calendar entry with a rising SEQUENCE', async () => {
      const cohort = await runningCohort(2);
      const [sari, budi, waiting, gone] = [
        await app.factory.trainee(hub.id),
        await app.factory.trainee(hub.id, { locale: Locale.en }),
        await app.factory.trainee(hub.id),
        await app.factory.trainee(hub.id),
      ];
      await app.factory.enroll(cohort.id, [sari.user.id, budi.user.id]);
      expect((await enroll(cohort, waiting)).status).toBe('WAITLISTED');
      await as(coordinator).gql(WITHDRAW, { id: (await enroll(cohort, gone)).id });

      const sessionId = await schedule(cohort, { startsAt: at(3, '09:00'), endsAt: at(3, '11:00') });
      const invitations = (person: Person) => mailsOf(person, /^(Sesi baru|New session)/);
      await eventually(() => [sari, budi, mentor].forEach((person) => expect(invitations(person)).toHaveLength(1)));
      await settle();
      expect(invitations(waiting)).toEqual([]);
      expect(invitations(gone)).toEqual([]);
      expect(mailsOf(coordinator, /./)).toEqual([]);

      const invitation = calendarOf(invitations(budi)[0]);
      expect(invitation.method).toBe('REQUEST');
      expect(invitation.events).toHaveLength(1);
      const [event] = invitation.events;
      expect(event).toMatchObject({ uid: `session-${sessionId}@sanggar`, location: expect.stringContaining('Ruang Kriya') });
      expect(Number(event.sequence)).toBe(0);
      expect(new Date(event.start).toISOString()).toBe(instant(3, '09:00').toISOString());
      expect(invitations(budi)[0].subject).toMatch(/^New session: Pitch deck, \w+day, /);
      expect(invitations(sari)[0].subject).toMatch(/^Sesi baru: Pitch deck, \w+, .* 09\.00–11\.00$/);

      // Moved twice, a while apart: two updates of the same entry, SEQUENCE rising.
      const moved = (person: Person) => mailsOf(person, /^(Sesi dipindah|Session moved)/);
      await as(coordinator).gql(RESCHEDULE, {
        input: { id: sessionId, startsAt: at(4, '13:00'), endsAt: at(4, '15:00'), roomId: otherRoom.id },
      });
      await eventually(() => expect(moved(sari)).toHaveLength(1));
      await as(coordinator).gql(RESCHEDULE, { input: { id: sessionId, startsAt: at(5, '13:00'), endsAt: at(5, '15:00') } });
      await eventually(() => expect(moved(sari)).toHaveLength(2));
      const updates = moved(sari).map(calendarOf);
      expect(updates.map((update) => [update.method, Number(update.events[0].sequence), update.events[0].uid])).toEqual([
        ['REQUEST', 1, `session-${sessionId}@sanggar`],
        ['REQUEST', 2, `session-${sessionId}@sanggar`],
      ]);
      expect(moved(sari)[0].text).toContain('Ruang Batik');
      expect(moved(sari)[0].text).toMatch(/Sebelumnya: .* 09\.00–11\.00, Ruang Kriya/);

      await as(coordinator).gql(CANCEL, { id: sessionId });
      const cancelled = (person: Person) => mailsOf(person, /^(Sesi dibatalkan|Session cancelled)/);
      await eventually(() => [sari, budi, mentor].forEach((person) => expect(cancelled(person)).toHaveLength(1)));
      const cancellation = calendarOf(cancelled(mentor)[0]);
      expect([cancellation.method, Number(cancellation.events[0].sequence), cancellation.events[0].uid]).toEqual([
        'CANCEL',
        3,
        `session-${sessionId}@sanggar`,
      ]);
      expect(cancelled(waiting)).toEqual([]);
    });

    it('sends what is true when the email goes out: nothing for a session cancelled at once, one move for two quick ones', async () => {
      const cohort = await runningCohort();
      const putri = await app.factory.trainee(hub.id);
      await app.factory.enroll(cohort.id, [putri.user.id]);
      await settle();
      const before = mailsOf(putri, /./).length;

      const fleeting = await schedule(cohort, { startsAt: at(6, '09:00'), endsAt: at(6, '10:00') });
      await as(coordinator).gql(CANCEL, { id: fleeting });
      const twiceMoved = await schedule(cohort, { startsAt: at(7, '09:00'), endsAt: at(7, '10:00') });
      await settle();
      const scheduled = mailsOf(putri, /^Sesi baru/);
      expect(mailsOf(putri, /./).length - before).toBe(1);
      await as(coordinator).gql(RESCHEDULE, { input: { id: twiceMoved, startsAt: at(8, '09:00'), endsAt: at(8, '10:00') } });
      await as(coordinator).gql(RESCHEDULE, { input: { id: twiceMoved, startsAt: at(9, '14:00'), endsAt: at(9, '15:00') } });
      await settle();
      expect(mailsOf(putri, /./).length - before).toBe(2);
      const [move] = mailsOf(putri, /^Sesi dipindah/);
      expect(move.text).toMatch(/Sebelumnya: .* 09\.00–10\.00/);
      expect(move.text).toMatch(/Waktu: .* 14\.00–15\.00/);
      expect(Number(calendarOf(move).events[0].sequence)).toBe(2);
      expect(scheduled).toHaveLength(1);
      expect((await inbox(putri)).notifications.map((n) => n.kind)).toEqual(['SESSION_RESCHEDULED', 'SESSION_SCHEDULED', 'ENROLLED']);
    });

    it('reminds seated trainees and the mentor the evening before, once, even when run twice; not of cancelled sessions nor the withdrawn', async () => {
      const cohort = await runningCohort();
      const [tika, left] = [await app.factory.trainee(hub.id), await app.factory.trainee(hub.id)];
      await app.factory.enroll(cohort.id, [tika.user.id, left.user.id]);
      const leftSeat = (await db().query(`SELECT id FROM enrollment WHERE trainee_id = $1`, [left.user.id]))[0].id as string;
      await as(coordinator).gql(WITHDRAW, { id: leftSeat });
      const tomorrow = await schedule(cohort, { title: 'Riset pengguna', startsAt: at(11, '10:00'), endsAt: at(11, '12:00') });
      const dropped = await schedule(cohort, {
        title: 'Dibatalkan',
        startsAt: at(11, '13:00'),
        endsAt: at(11, '14:00'),
        roomId: otherRoom.id,
      });
      await as(coordinator).gql(CANCEL, { id: dropped });
      const notices = app.worker!.get(SessionNotices, { strict: false });

      expect(await notices.remindDue(instant(10, '17:59'))).toBe(0);
      expect(await notices.remindDue(instant(10, '18:00'))).toBe(1);
      expect(await notices.remindDue(instant(10, '21:30'))).toBe(0);
      const reminders = (person: Person) => mailsOf(person, /^(Besok|Tomorrow)/);
      await eventually(() => [tika, mentor].forEach((person) => expect(reminders(person)).toHaveLength(1)));
      await settle();
      expect(reminders(tika).map((mail) => mail.subject)).toEqual([expect.stringMatching(/^Besok: Riset pengguna, .* 10\.00–12\.00$/)]);
      expect(reminders(tika)[0].text).toContain('Ruang Kriya');
      expect(reminders(left)).toEqual([]);
      expect(mailsOf(mentor, /Dibatalkan/).filter((mail) => mail.subject?.startsWith('Besok'))).toEqual([]);
      expect(
        (
          await db().query(`SELECT count(*)::int AS n FROM notification WHERE kind = 'SESSION_REMINDER' AND topic = $1`, [
            `session:${tomorrow}`,
          ])
        )[0].n,
      ).toBe(2);
    });
  });

  describe('grading', () => {
    it('tells the trainee the score or what to change, and gives each mentor one daily digest of what waits', async () => {
      const cohort = await runningCohort();
      await as(coordinator).gql(`mutation($c: ID!, $m: ID!) { assignMentor(cohortId: $c, mentorId: $m) { id } }`, {
        c: cohort.id,
        m: mentor.user.id,
      });
      const [eka, fajar] = [await app.factory.trainee(hub.id), await app.factory.trainee(hub.id, { locale: Locale.en })];
      await app.factory.enroll(cohort.id, [eka.user.id, fajar.user.id]);
      const [assignment] = await db().query<{ id: string; title: string }[]>(
        `SELECT a.id, a.title FROM assignment a JOIN curriculum_module m ON m.id = a.module_id WHERE m.curriculum_id = $1`,
        [cohort.curriculumId],
      );
      const criteria = await db().query<{ id: string }[]>(`SELECT id FROM rubric_criterion WHERE assignment_id = $1`, [assignment.id]);
      const submit = async (trainee: Person) =>
        (
          await as(trainee).gql<{ submitAssignment: { id: string } }>(SUBMIT, {
            input: { cohortId: cohort.id, assignmentId: assignment.id, content: 'Kanvas' },
          })
        ).data!.submitAssignment.id;
      const [ekaWork] = [await submit(eka), await submit(fajar)];

      const digests = app.worker!.get(GradingDigests, { strict: false });
      expect(await digests.sendDue(instant(1, '06:59'))).toBe(0);
      expect(await digests.sendDue(instant(1, '07:00'))).toBe(1);
      expect(await digests.sendDue(instant(1, '16:00'))).toBe(0);
      await eventually(() => expect(mailsOf(mentor, /menunggu penilaian/)).toHaveLength(1));
      const [digest] = mailsOf(mentor, /menunggu penilaian/);
      expect(digest.subject).toBe('2 tugas menunggu penilaian Anda');
      expect(digest.text).toContain(`${cohort.name}: 2`);
      expect(digest.text).toContain(`${app.url}/teach/cohorts/${cohort.id}/grading`);

      const graded = await as(mentor).gql(GRADE, {
        input: {
          submissionId: ekaWork,
          scores: criteria.map((c) => ({ criterionId: c.id, points: 1 })),
          feedback: 'Perjelas segmen pelanggan',
          requestResubmission: true,
        },
      });
      expect(graded.errors).toBeUndefined();
      await eventually(() => expect(mailsOf(eka, /^Perlu dikirim ulang/)).toHaveLength(1));
      expect(mailsOf(eka, /^Perlu dikirim ulang/)[0].text).toContain('Catatan mentor: Perjelas segmen pelanggan');
      expect(mailsOf(eka, /^Perlu dikirim ulang/)[0].text).toContain(`${app.url}/cohorts/${cohort.id}/assignments/${assignment.id}`);
      expect(mailsOf(fajar, /./).filter((mail) => /resubmit|Graded/.test(mail.subject ?? ''))).toEqual([]);
    });
  });

  describe('preferences and unsubscribing', () => {
    it('lists the categories a person gets; one click on an email’s link stops that category only', async () => {
      const cohort = await runningCohort();
      const gita = await app.factory.trainee(hub.id);
      expect((await as(gita).gql<{ notificationPreferences: unknown[] }>(PREFERENCES)).data!.notificationPreferences).toEqual([
        { category: 'ENROLLMENT', email: true },
        { category: 'SESSION_CHANGES', email: true },
        { category: 'SESSION_REMINDERS', email: true },
        { category: 'GRADES', email: true },
        { category: 'CERTIFICATES', email: true },
      ]);
      await app.factory.enroll(cohort.id, [gita.user.id]);
      await schedule(cohort, { startsAt: at(12, '09:00'), endsAt: at(12, '10:00') });
      await eventually(() => expect(mailsOf(gita, /^Sesi baru/)).toHaveLength(1));
      const [invitation] = mailsOf(gita, /^Sesi baru/);
      const header = (name: string) => invitation.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '');
      const link = header('list-unsubscribe')!.replace(/^<|>$/g, '');
      expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
      expect(invitation.text).toContain(link);

      // Opening the link (as a mail scanner would) only asks.
      const page = await fetch(link, { headers: { 'accept-language': 'id' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('sesi baru, dipindah atau dibatalkan');
      expect(
        (await as(gita).gql<{ notificationPreferences: { email: boolean }[] }>(PREFERENCES)).data!.notificationPreferences[1].email,
      ).toBe(true);
      // The mail app's one-click POST turns it off; a link changed to another category does nothing.
      const forged = await fetch(link.replace('.SESSION_CHANGES.', '.GRADES.'), {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(forged.status).toBe(404);
      const done = await fetch(link, {
        method: 'POST',
        body: 'List-Unsubscribe=One-Click',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
      expect(done.status).toBe(200);
      expect(
        (
          await as(gita).gql<{ notificationPreferences: { category: string; email: boolean }[] }>(PREFERENCES)
        ).data!.notificationPreferences.filter((p) => !p.email),
      ).toEqual([{ category: 'SESSION_CHANGES', email: false }]);

      // Session changes now reach the app only; reminders (another category) are still emailed.
      const second = await schedule(cohort, { startsAt: at(13, '09:00'), endsAt: at(13, '10:00') });
      await app.worker!.get(SessionNotices, { strict: false }).remindDue(instant(12, '19:00'));
      await eventually(() => expect(mailsOf(gita, /^Besok/)).toHaveLength(1));
      await settle();
      expect(mailsOf(gita, /^Sesi baru/)).toHaveLength(1);
      const states = await db().query(`SELECT kind, email_state FROM notification WHERE user_id = $1 AND topic = $2 ORDER BY kind`, [
        gita.user.id,
        `session:${second}`,
      ]);
      expect(states).toEqual([
        { kind: 'SESSION_REMINDER', email_state: 'SENT' },
        { kind: 'SESSION_SCHEDULED', email_state: 'SKIPPED' },
      ]);
      expect((await inbox(gita)).notifications.map((n) => n.kind)).toContain('SESSION_SCHEDULED');

      // And back on from the settings.
      const on = await as(gita).gql<{ setNotificationPreference: { email: boolean }[] }>(SET_PREFERENCE, {
        input: { category: 'SESSION_CHANGES', email: true },
      });
      expect(on.data!.setNotificationPreference.every((p) => p.email)).toBe(true);
      expect(codes(await as(gita).gql(SET_PREFERENCE, { input: { category: 'NOPE', email: true } }))).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe('failed deliveries', () => {
    it('lists, for admins only, emails that failed every retry, and sends one again on request', async () => {
      const cohort = await runningCohort();
      const hana = await app.factory.trainee(hub.id);
      const admin = await app.factory.admin();
      await app.factory.enroll(cohort.id, [hana.user.id]);
      const [{ id }] = await db().query<{ id: string }[]>(`SELECT id FROM notification WHERE user_id = $1`, [hana.user.id]);
      // What the job runner does after the last attempt failed (the mail server refused it all along).
      await db().query(`UPDATE notification SET email_state = 'PENDING' WHERE id = $1`, [id]);
      await app
        .worker!.get(NotificationEmailHandler, { strict: false })
        .exhausted({ notificationId: id }, Object.assign(new Error('refused'), { responseCode: 550, code: 'EENVELOPE' }));

      expect(codes(await as(hana).gql(FAILED))).toEqual(['FORBIDDEN']);
      const failed = await as(admin).gql<{ failedEmails: { id: string; error: string }[] }>(FAILED);
      expect(failed.data!.failedEmails).toEqual([
        {
          id,
          kind: 'ENROLLED',
          subject: expect.stringMatching(/^Anda terdaftar di /),
          recipientId: hana.user.id,
          recipientName: hana.user.fullName,
          recipientEmail: hana.email,
          createdAt: expect.stringMatching(/\+07:00$/),
          error: 'EENVELOPE 550',
        },
      ]);
      const before = mailsOf(hana, /terdaftar/).length;
      expect((await as(admin).gql(RETRY, { id })).data).toEqual({ retryEmail: true });
      await eventually(() => expect(mailsOf(hana, /terdaftar/)).toHaveLength(before + 1));
      expect((await as(admin).gql<{ failedEmails: unknown[] }>(FAILED)).data!.failedEmails).toEqual([]);
      expect(codes(await as(admin).gql(RETRY, { id }))).toEqual(['NOT_FOUND']);
    });

    it('lists an invitation the mail server refused through its retries, and sends it once the address works again', async () => {
      const admin = await app.factory.admin();
      const address = 'rara.anindya@contoh.id';
      app.mail.refuse(address);
      const invited = await as(coordinator).gql(INVITE, {
        input: { hubId: hub.id, people: [{ email: address, fullName: 'Rara Anindya', role: 'TRAINEE' }] },
      });
      expect(invited.errors).toBeUndefined();
      // The job really meets the refusal; after its last retry the job runner calls exhausted with that error.
      await eventually(() => expect(app.mail.refusals(address)).toBeGreaterThan(0));
      const [token] = await db().query<{ id: string; user_id: string }[]>(
        `SELECT t.id, t.user_id FROM account_token t JOIN "user" u ON u.id = t.user_id WHERE u.email = $1`,
        [address],
      );
      // Its retries would go on for two hours: the job is taken out between two of them, as if they had all failed.
      const job = await app.get(Queues).get(QueueName.Notifications).getJob(jobIds.accountEmail(token.id));
      await eventually(() => job!.remove());
      const refusal = Object.assign(new Error('Mailbox unavailable'), { responseCode: 550, code: 'EENVELOPE' });
      await app.worker!.get(AccountLinkEmailHandler, { strict: false }).exhausted({ tokenId: token.id }, refusal);

      const failed = (await as(admin).gql<{ failedEmails: { id: string }[] }>(FAILED)).data!.failedEmails;
      expect(failed).toEqual([
        {
          id: expect.any(String),
          kind: null,
          subject: 'Anda diundang ke Sanggar',
          recipientId: token.user_id,
          recipientName: 'Rara Anindya',
          recipientEmail: address,
          createdAt: expect.stringMatching(/\+07:00$/),
          error: 'EENVELOPE 550',
        },
      ]);
      app.mail.accept(address);
      expect((await as(admin).gql(RETRY, { id: failed[0].id })).data).toEqual({ retryEmail: true });
      const [mail] = await eventually(() => {
        const sent = app.mail.to(address);
        expect(sent).toHaveLength(1);
        return sent;
      });
      expect(mail.subject).toBe('Anda diundang ke Sanggar');
      expect(mail.text).toContain('/invitation?token=');
      expect((await as(admin).gql<{ failedEmails: unknown[] }>(FAILED)).data!.failedEmails).toEqual([]);
      expect(codes(await as(admin).gql(RETRY, { id: failed[0].id }))).toEqual(['NOT_FOUND']);
    });

    it('does not list an email that went out before its job finally failed', async () => {
      const admin = await app.factory.admin();
      const ika = await app.factory.trainee(hub.id);
      await eventually(() => expect(app.mail.to(ika.email).filter((mail) => /^Selamat datang/.test(mail.subject ?? ''))).toHaveLength(1));
      await app.worker!.get(WelcomeEmailHandler, { strict: false }).exhausted({ userId: ika.user.id }, new Error('later step failed'));
      expect((await as(admin).gql<{ failedEmails: unknown[] }>(FAILED)).data!.failedEmails).toEqual([]);
    });
  });
});
