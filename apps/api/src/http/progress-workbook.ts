import ExcelJS from 'exceljs';
import type { AttendanceStatus } from '@sanggar/attendance';
import { type Locale } from '@sanggar/core';

/** One trainee's line of the report, as the controller gathers it. */
export interface ReportRow {
  fullName: string;
  email: string;
  status: string;
  attendanceRate: number;
  attendanceRateOfScheduled: number;
  finalScore: number;
  assignmentsPassed: number;
  assignmentsTotal: number;
  eligible: boolean;
  reasons: string;
  /** By session, in the order of `sessions`: the record's status, if any. */
  attendance: (AttendanceStatus | null)[];
}

export const REPORT_HEADERS: Record<Locale, string[]> = {
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

const WORDS = {
  id: { yes: 'ya', no: 'tidak', progress: 'Kemajuan', attendance: 'Kehadiran', name: 'Nama' },
  en: { yes: 'yes', no: 'no', progress: 'Progress', attendance: 'Attendance', name: 'Name' },
};

const STATUS_WORDS: Record<Locale, Record<AttendanceStatus, string>> = {
  id: { PRESENT: 'Hadir', LATE: 'Terlambat', EXCUSED: 'Izin', ABSENT: 'Tidak hadir' },
  en: { PRESENT: 'Present', LATE: 'Late', EXCUSED: 'Excused', ABSENT: 'Absent' },
};

const yesNo = (value: boolean, locale: Locale) => WORDS[locale][value ? 'yes' : 'no'];

/** A row's cells under REPORT_HEADERS, the same in the CSV and the workbook. */
export const reportCells = (row: ReportRow, locale: Locale): (string | number)[] => [
  row.fullName,
  row.email,
  row.status,
  row.attendanceRate,
  row.attendanceRateOfScheduled,
  row.finalScore,
  row.assignmentsPassed,
  row.assignmentsTotal,
  yesNo(row.eligible, locale),
  row.reasons,
];

/**
 * The report as a workbook: progress (numbers as numbers, rates as percentages) and attendance per
 * session. Number formats are stored locale-free, so Indonesian Excel shows "80%" and "72,5" itself.
 */
export async function progressWorkbook(rows: ReportRow[], sessions: { label: string }[], locale: Locale): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sanggar';
  const progress = workbook.addWorksheet(WORDS[locale].progress, { views: [{ state: 'frozen', ySplit: 1 }] });
  progress.columns = REPORT_HEADERS[locale].map((header, index) => ({
    header,
    width: [28, 32, 12, 16, 16, 12, 12, 12, 12, 48][index],
    style: { numFmt: [undefined, undefined, undefined, '0%', '0%', '0.0', '0', '0', undefined, undefined][index] },
  }));
  for (const row of rows) progress.addRow(reportCells(row, locale));
  progress.getRow(1).font = { bold: true };
  progress.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: REPORT_HEADERS[locale].length } };

  const attendance = workbook.addWorksheet(WORDS[locale].attendance, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  attendance.columns = [{ header: WORDS[locale].name, width: 28 }, ...sessions.map((session) => ({ header: session.label, width: 14 }))];
  for (const row of rows)
    attendance.addRow([row.fullName, ...row.attendance.map((status) => (status ? STATUS_WORDS[locale][status] : ''))]);
  attendance.getRow(1).font = { bold: true };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
