import { Controller, Get, Param, ParseUUIDPipe, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { CohortsService } from '@sanggar/cohorts';
import { type AuthUser, Locale, Role, Roles } from '@sanggar/core';
import { ProgressService } from '@sanggar/grading';
import { CurrentUser } from '../auth/current-user.decorator.js';

const HEADERS = {
  id: [
    'Nama',
    'Email',
    'Status',
    'Kehadiran (sesi terlaksana)',
    'Kehadiran (semua sesi terjadwal)',
    'Nilai akhir',
    'Tugas lulus',
    'Jumlah tugas',
    'Memenuhi syarat',
    'Alasan',
  ],
  en: [
    'Name',
    'Email',
    'Status',
    'Attendance (held sessions)',
    'Attendance (all scheduled)',
    'Final score',
    'Assignments passed',
    'Assignments',
    'Eligible',
    'Reasons',
  ],
};

/** RFC 4180 field: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it. */
const csvField = (value: string | number) => {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

/** One row per enrollment, for the provincial report: UTF-8 with BOM so Excel reads Indonesian names. */
@Controller('cohorts')
export class ProgressReportController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly progress: ProgressService,
  ) {}

  @Roles(Role.ADMIN, Role.COORDINATOR, Role.MENTOR)
  @Get(':id/progress.csv')
  async report(@Param('id', new ParseUUIDPipe()) id: string, @CurrentUser() caller: AuthUser, @Res() reply: FastifyReply): Promise<void> {
    const cohort = await this.cohorts.getCohort(caller, id);
    const rows = await this.cohorts.rosterOf(cohort.id);
    const progress = await this.progress.progressOf(rows.map((row) => row.id));
    const locale = caller.locale;
    const yes = locale === Locale.id ? 'ya' : 'yes';
    const no = locale === Locale.id ? 'tidak' : 'no';
    const lines = [HEADERS[locale].map(csvField).join(',')];
    rows.forEach((row, index) => {
      const p = progress[index]!;
      lines.push(
        [
          row.fullName,
          row.email,
          row.status,
          p.attendanceRate,
          p.attendanceRateOfScheduled,
          p.finalScore,
          p.assignmentsPassed,
          p.assignmentsTotal,
          p.eligible ? yes : no,
          p.unmetRequirements.map((text) => text[locale]).join('; '),
        ]
          .map(csvField)
          .join(','),
      );
    });
    const fileName = `progress-${cohort.name.replace(/[^\w-]+/g, '-').toLowerCase()}.csv`;
    await reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${fileName}"`)
      .send(`\uFEFF${lines.join('\r\n')}\r\n`);
  }
}
