import { Controller, Get, Param, ParseUUIDPipe, Query, Req, Res } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AttendanceService } from '@sanggar/attendance';
import { AuditAction, AuditService } from '@sanggar/audit';
import { type CohortEntity, CohortsService } from '@sanggar/cohorts';
import { type AuthUser, Clock, type Locale, Public, Role, forbidden, formatInZone } from '@sanggar/core';
import { ProgressService } from '@sanggar/grading';
import { HubsService } from '@sanggar/hubs';
import { IdentityService } from '@sanggar/identity';
import { SchedulingService, SessionStatus } from '@sanggar/scheduling';
import { callerOf } from '../auth/auth.guard.js';
import { DownloadLinks } from './download-links.js';
import { REPORT_HEADERS, type ReportRow, progressWorkbook, reportCells } from './progress-workbook.js';

/** RFC 4180 field: quoted when needed; a leading = + - @ is defused so a spreadsheet never runs it. */
const csvField = (value: string | number) => {
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
};

const READERS = [Role.ADMIN, Role.COORDINATOR, Role.MENTOR];

/** Where a cohort's report is downloaded from (the signed link names this path). */
export const reportPath = (cohortId: string, format: 'csv' | 'xlsx') => `/cohorts/${cohortId}/progress.${format}`;

/**
 * A cohort's progress, one row per enrollment, for the provincial report: CSV (UTF-8 with BOM so Excel
 * reads Indonesian names) or XLSX with attendance per session. Followed with a bearer token, or as a
 * link from `Cohort.progressReportUrl` that works for five minutes without one.
 */
@Controller('cohorts')
export class ProgressReportController {
  constructor(
    private readonly cohorts: CohortsService,
    private readonly progress: ProgressService,
    private readonly scheduling: SchedulingService,
    private readonly attendance: AttendanceService,
    private readonly hubs: HubsService,
    private readonly identity: IdentityService,
    private readonly links: DownloadLinks,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Get(':id/progress.csv')
  async csv(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('token') token: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { caller, cohort, rows } = await this.report(id, 'csv', token, req);
    const locale = caller.locale;
    const lines = [REPORT_HEADERS[locale].map(csvField).join(',')];
    for (const row of rows) lines.push(reportCells(row, locale).map(csvField).join(','));
    await this.send(reply, cohort, 'csv', 'text/csv; charset=utf-8', `\uFEFF${lines.join('\r\n')}\r\n`);
  }

  @Public()
  @Get(':id/progress.xlsx')
  async xlsx(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query('token') token: string | undefined,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { caller, cohort, rows, sessions } = await this.report(id, 'xlsx', token, req);
    const workbook = await progressWorkbook(rows, sessions, caller.locale);
    await this.send(reply, cohort, 'xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', workbook);
  }

  /** Who asks (token or bearer), whether they may read the cohort, and its rows with attendance per held session. */
  private async report(id: string, format: 'csv' | 'xlsx', token: string | undefined, req: FastifyRequest) {
    const caller: AuthUser = token
      ? await this.links.holder(token, reportPath(id, format))
      : await callerOf(req as Parameters<typeof callerOf>[0], req, this.identity);
    if (!READERS.includes(caller.role)) throw forbidden();
    const cohort = await this.cohorts.getCohort(caller, id);
    // Only the workbook has a sheet of attendance per session: the CSV reads no sessions nor records.
    const [roster, held] = await Promise.all([
      this.cohorts.rosterOf(cohort.id),
      format === 'xlsx' ? this.heldSessions(cohort, caller.locale) : [],
    ]);
    const [progress, records] = await Promise.all([
      this.progress.progressOf(roster.map((row) => row.id)),
      held.length ? this.attendance.statusesBySessionIds(held.map((session) => session.id)) : [],
    ]);
    // Per held session, each trainee's status: looked up per row instead of searched.
    const statusOf = records.map((ofSession) => new Map(ofSession.map((record) => [record.traineeId, record.status])));
    const rows: ReportRow[] = roster.map((row, index) => {
      const p = progress[index]!;
      return {
        fullName: row.fullName,
        email: row.email,
        status: row.status,
        attendanceRate: p.attendanceRate,
        attendanceRateOfScheduled: p.attendanceRateOfScheduled,
        finalScore: p.finalScore,
        assignmentsPassed: p.assignmentsPassed,
        assignmentsTotal: p.assignmentsTotal,
        eligible: p.eligible,
        reasons: p.unmetRequirements.map((text) => text[caller.locale]).join('; '),
        attendance: statusOf.map((ofSession) => ofSession.get(row.traineeId) ?? null),
      };
    });
    await this.audit.record({
      actorId: caller.id,
      action: AuditAction.COHORT_REPORT_DOWNLOADED,
      hubId: cohort.hubId,
      cohortId: cohort.id,
      count: rows.length,
    });
    return { caller, cohort, rows, sessions: held };
  }

  /** The cohort's sessions held so far (started, not cancelled), each labelled by its time in the hub's zone and its title. */
  private async heldSessions(cohort: CohortEntity, locale: Locale) {
    const [[sessions], hub] = await Promise.all([this.scheduling.sessionsByCohortIds([cohort.id]), this.hubs.getHub(cohort.hubId)]);
    const now = this.clock.now();
    return sessions
      .filter((session) => session.status !== SessionStatus.CANCELLED && session.startsAt <= now)
      .map((session) => ({ id: session.id, label: `${formatInZone(session.startsAt, hub.timezone, locale)} ${session.title}` }));
  }

  private async send(reply: FastifyReply, cohort: CohortEntity, format: string, type: string, body: string | Buffer): Promise<void> {
    const fileName = `progress-${cohort.name.replace(/[^\w-]+/g, '-').toLowerCase()}.${format}`;
    await reply
      .type(type)
      .header('Content-Disposition', `attachment; filename="${fileName}"`)
      .header('Cache-Control', 'no-store')
      .send(body);
  }
}
