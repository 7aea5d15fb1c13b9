import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { strToU8, zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { CertificateEntity, CertificatePdfs } from '@sanggar/certificates';
import { Locale, escapeHtml, formatInZone } from '@sanggar/core';

/** Each kind of record about a person: its file name, its title in the summary, and the query (`$1`: the person). */
const KINDS: { file: string; title: Record<Locale, string>; sql: string }[] = [
  {
    file: 'profile',
    title: { id: 'Profil', en: 'Profile' },
    sql: `SELECT id, full_name, email, role, locale, birth_year, created_at, email_verified_at, deactivated_at,
                 privacy_notice_version, privacy_notice_accepted_at
            FROM "user" WHERE id = $1`,
  },
  {
    file: 'guardian-consent',
    title: { id: 'Persetujuan orang tua atau wali', en: 'Parent’s or guardian’s consent' },
    sql: `SELECT guardian_name, consented_on, recorded_at FROM guardian_consent WHERE user_id = $1`,
  },
  {
    file: 'hub-memberships',
    title: { id: 'Keanggotaan hub', en: 'Hub memberships' },
    sql: `SELECT h.name AS hub, h.city, m.created_at AS joined_at, m.approved_at
            FROM hub_membership m JOIN hub h ON h.id = m.hub_id WHERE m.user_id = $1 ORDER BY m.created_at`,
  },
  {
    file: 'enrollments',
    title: { id: 'Pendaftaran kelompok', en: 'Enrollments' },
    sql: `SELECT c.name AS cohort, cu.title AS curriculum, e.status, e.requested_at, e.seated_at
            FROM enrollment e JOIN cohort c ON c.id = e.cohort_id JOIN curriculum cu ON cu.id = c.curriculum_id
           WHERE e.trainee_id = $1 ORDER BY e.created_at`,
  },
  {
    file: 'attendance',
    title: { id: 'Kehadiran', en: 'Attendance' },
    sql: `SELECT c.name AS cohort, s.title AS session, s.starts_at, a.status, a.source, a.note, a.recorded_at
            FROM attendance_record a JOIN session s ON s.id = a.session_id JOIN cohort c ON c.id = s.cohort_id
           WHERE a.trainee_id = $1 ORDER BY s.starts_at`,
  },
  {
    file: 'lesson-completions',
    title: { id: 'Materi yang diselesaikan', en: 'Lessons completed' },
    sql: `SELECT c.name AS cohort, l.title AS lesson, lc.completed_at
            FROM lesson_completion lc JOIN enrollment e ON e.id = lc.enrollment_id JOIN cohort c ON c.id = e.cohort_id
            JOIN lesson l ON l.id = lc.lesson_id
           WHERE e.trainee_id = $1 ORDER BY lc.completed_at`,
  },
  {
    file: 'submissions',
    title: { id: 'Tugas, nilai dan umpan balik', en: 'Submissions, grades and feedback' },
    sql: `SELECT c.name AS cohort, a.title AS assignment, s.attempt, s.content, s.status, s.submitted_at,
                 g.score, g.feedback, g.resubmission_requested, g.graded_at,
                 (SELECT json_agg(json_build_object('criterion', rc.title, 'points', cs.points, 'max_points', rc.max_points) ORDER BY rc.position)
                    FROM criterion_score cs JOIN rubric_criterion rc ON rc.id = cs.criterion_id WHERE cs.grade_id = g.id) AS rubric
            FROM submission s JOIN enrollment e ON e.id = s.enrollment_id JOIN cohort c ON c.id = e.cohort_id
            JOIN assignment a ON a.id = s.assignment_id LEFT JOIN grade g ON g.submission_id = s.id
           WHERE e.trainee_id = $1 ORDER BY s.submitted_at, g.graded_at`,
  },
  {
    file: 'certificates',
    title: { id: 'Sertifikat', en: 'Certificates' },
    sql: `SELECT verification_code, status, holder_name, curriculum_title, cohort_name, hub_name, final_score, attendance_rate,
                 issued_at, revoked_at
            FROM certificate WHERE holder_id = $1 ORDER BY issued_at`,
  },
  {
    file: 'startup-memberships',
    title: { id: 'Start-up', en: 'Start-ups' },
    sql: `SELECT st.name AS startup, st.sector, h.name AS hub
            FROM startup_member sm JOIN startup st ON st.id = sm.startup_id JOIN hub h ON h.id = st.hub_id
           WHERE sm.trainee_id = $1 ORDER BY st.name`,
  },
  {
    file: 'office-hour-bookings',
    title: { id: 'Pemesanan konsultasi', en: 'Office-hour bookings' },
    sql: `SELECT st.name AS startup, sl.starts_at, sl.ends_at, b.agenda, b.booked_at, b.cancelled_at
            FROM office_hour_booking b JOIN office_hour_slot sl ON sl.id = b.slot_id JOIN startup st ON st.id = b.startup_id
           WHERE b.booked_by = $1 ORDER BY sl.starts_at`,
  },
  {
    file: 'mentor-profile',
    title: { id: 'Profil mentor', en: 'Mentor profile' },
    sql: `SELECT bio, expertise, max_mentees FROM mentor_profile WHERE mentor_id = $1`,
  },
  {
    file: 'logins',
    title: { id: 'Riwayat masuk', en: 'Login history' },
    sql: `SELECT min(created_at) AS started_at, max(created_at) AS last_active_at, max(revoked_at) AS ended_at, max(family_expires_at) AS expires_at
            FROM refresh_token WHERE user_id = $1 GROUP BY family_id ORDER BY min(created_at)`,
  },
  {
    file: 'notification-preferences',
    title: { id: 'Email yang dimatikan', en: 'Emails turned off' },
    sql: `SELECT category, created_at AS turned_off_at FROM notification_opt_out WHERE user_id = $1 ORDER BY category`,
  },
];

const WORDS = {
  id: { heading: 'Data Anda di Sanggar', made: 'Dibuat', none: 'Tidak ada.', files: 'Berkas JSON berisi data yang sama, lengkap:' },
  en: { heading: 'Your data at Sanggar', made: 'Made', none: 'None.', files: 'JSON files hold the same data, in full:' },
};

type Row = Record<string, unknown>;

function cell(value: unknown, zone: string, locale: Locale): string {
  if (value instanceof Date) return formatInZone(value, zone, locale);
  if (value === null || value === undefined) return '';
  // Numbers, booleans and text as they are; lists and objects (a rubric) as JSON.
  return typeof value === 'object' ? JSON.stringify(value) : `${value as string | number | boolean}`;
}

function table(rows: Row[], zone: string, locale: Locale): string {
  if (rows.length === 0) return `<p>${WORDS[locale].none}</p>`;
  const columns = Object.keys(rows[0]);
  const head = columns.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('');
  const body = rows
    .map((row) => `<tr>${columns.map((column) => `<td>${escapeHtml(cell(row[column], zone, locale))}</td>`).join('')}</tr>`)
    .join('');
  return `<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** A page that opens in any browser, offline: nothing loaded from elsewhere. */
function summary(kinds: { file: string; title: string; rows: Row[] }[], made: Date, zone: string, locale: Locale): string {
  const words = WORDS[locale];
  const sections = kinds.map((kind) => `<section><h2>${escapeHtml(kind.title)}</h2>${table(kind.rows, zone, locale)}</section>`).join('');
  return `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${words.heading}</title><style>body{font-family:system-ui,sans-serif;margin:1rem;color:#1f1f1f}table{border-collapse:collapse}
th,td{border:1px solid #bbb;padding:4px 8px;text-align:left;vertical-align:top}.scroll{overflow-x:auto}</style></head>
<body><h1>${words.heading}</h1><p>${words.made}: ${escapeHtml(formatInZone(made, zone, locale))}</p>
<p>${words.files} ${kinds.map((kind) => `${kind.file}.json`).join(', ')}.</p>${sections}</body></html>`;
}

/** Everything Sanggar holds about one person, as a ZIP: a JSON file per kind, a readable summary, certificate PDFs and credentials. */
@Injectable()
export class DataArchive {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pdfs: CertificatePdfs,
  ) {}

  /** The person's language and the timezone of their first hub (Asia/Jakarta without one). */
  async readerOf(userId: string): Promise<{ locale: Locale; timezone: string }> {
    const [reader] = await this.dataSource.query<{ locale: Locale; timezone: string }[]>(
      `SELECT u.locale, coalesce((SELECT h.timezone FROM hub_membership m JOIN hub h ON h.id = m.hub_id
                                   WHERE m.user_id = u.id ORDER BY m.created_at LIMIT 1), 'Asia/Jakarta') AS timezone
         FROM "user" u WHERE u.id = $1`,
      [userId],
    );
    return reader;
  }

  async build(userId: string, made: Date): Promise<Buffer> {
    const person = await this.readerOf(userId);
    const kinds = [];
    for (const kind of KINDS)
      kinds.push({ file: kind.file, title: kind.title[person.locale], rows: await this.dataSource.query<Row[]>(kind.sql, [userId]) });
    const files: Record<string, Uint8Array> = {
      'index.html': strToU8(summary(kinds, made, person.timezone, person.locale)),
    };
    for (const kind of kinds) files[`${kind.file}.json`] = strToU8(JSON.stringify(kind.rows, null, 2));
    const certificates = await this.dataSource.getRepository(CertificateEntity).findBy({ holderId: userId });
    const pdfs = await this.pdfs.pdfsOf(certificates);
    certificates.forEach((certificate, index) => {
      files[`certificates/${certificate.verificationCode}.pdf`] = pdfs[index];
      files[`certificates/${certificate.verificationCode}.credential.json`] = strToU8(JSON.stringify(certificate.credential, null, 2));
    });
    return Buffer.from(zipSync(files));
  }
}
