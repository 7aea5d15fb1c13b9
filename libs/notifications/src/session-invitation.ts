import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { Locale } from '@sanggar/core';
import type { SessionFacts } from './notification-kinds.js';

/** The UID of a session in every calendar Sanggar writes (feeds and emailed invitations), so each updates the same entry. */
export const sessionUid = (sessionId: string) => `session-${sessionId}@sanggar`;

export type InvitationMethod = 'REQUEST' | 'CANCEL' | 'PUBLISH';

/**
 * An iTIP message about sessions: REQUEST adds or moves one, CANCEL removes it, PUBLISH adds a series.
 * Calendar apps match the UID and keep the entry with the highest SEQUENCE, so a move updates in place.
 */
export function sessionInvitation(
  sessions: SessionFacts[],
  method: InvitationMethod,
  organizer: { name: string; email: string },
  attendee: { name: string; email: string },
  locale: Locale,
): string {
  const calendar = ical({
    name: 'Sanggar',
    method: ICalCalendarMethod[method],
    prodId: { company: 'Sanggar', product: 'jadwal', language: locale === Locale.en ? 'EN' : 'ID' },
  });
  const cohortLabel = locale === Locale.en ? 'Cohort' : 'Kelompok';
  for (const session of sessions) {
    calendar.createEvent({
      id: sessionUid(session.sessionId),
      sequence: session.sequence,
      start: new Date(session.startsAt),
      end: new Date(session.endsAt),
      stamp: new Date(),
      summary: `${session.title} — ${session.cohortName}`,
      location: session.place,
      description: [`${cohortLabel}: ${session.cohortName}`, session.mentorName ? `Mentor: ${session.mentorName}` : null]
        .filter(Boolean)
        .join('\n'),
      status: method === 'CANCEL' || session.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
      ...(method === 'PUBLISH'
        ? {}
        : {
            organizer,
            attendees: [{ ...attendee, rsvp: false, role: ICalAttendeeRole.REQ, status: ICalAttendeeStatus.ACCEPTED }],
          }),
    });
  }
  return calendar.toString();
}
