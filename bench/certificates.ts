/**
 * `npm run bench:certificates`: issues certificates for a cohort of 1,000 eligible trainees with one
 * and with two worker processes (the built worker, as in production) and prints a table: end-to-end
 * certificates per second, per-certificate job time (p50/p95), PDF size and peak worker RSS.
 * Needs the local PostgreSQL and Redis; makes and drops its own database and Redis prefix.
 */
import 'reflect-metadata';
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { CertificateIssuance, renderCertificatePdf } from '@sanggar/certificates';
import { type AuthUser, Locale, Role, loadConfig } from '@sanggar/core';
import { CurriculaService } from '@sanggar/curricula';
import { HubsService } from '@sanggar/hubs';
import { QueueName } from '@sanggar/queue';
import { createApi } from '../apps/api/src/bootstrap.js';
import { TestMailServer } from '../test/support/smtp.js';
import { percentile } from './support.js';

const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 1000);
const SERVER = process.env.TEST_DATABASE_SERVER ?? 'postgres://postgres@127.0.0.1:5432';
const ADMIN: AuthUser = { id: '00000000-0000-0000-0000-000000000000', role: Role.ADMIN, locale: Locale.id, hubIds: [] };

const peakRssMb = (pid: number) => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function run(workerCount: number) {
  const database = `sanggar_bench_${randomBytes(4).toString('hex')}`;
  const mail = new TestMailServer();
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: `${SERVER}/${database}`,
    REDIS_PREFIX: `bench-${randomBytes(4).toString('hex')}`,
    SMTP_URL: await mail.start(),
    SANGGAR_KEY_DIR: await mkdtemp(join(tmpdir(), 'sanggar-bench-keys-')),
    LOG_LEVEL: 'silent',
  });
  const api = await createApi(config);
  const db = api.get(DataSource);
  const hub = await api.get(HubsService).createHub({ name: `Bench ${database}`, city: 'Semarang' });
  const curricula = api.get(CurriculaService);
  const curriculum = await curricula.createCurriculum(ADMIN, {
    hubId: hub.id,
    title: 'Dasar Bisnis Kreatif',
    completionRule: { minAttendanceRate: 0, minFinalScore: 0, requireAllAssignments: false },
  });
  const module = await curricula.addModule(ADMIN, { curriculumId: curriculum.id, title: 'Modul' });
  await curricula.addAssignment(ADMIN, {
    moduleId: module.id,
    title: 'Tugas',
    weight: 1,
    passingScore: 0,
    rubric: [{ title: 'Mutu', maxPoints: 10 }],
  });
  await curricula.publishCurriculum(ADMIN, curriculum.id);
  const [{ id: cohortId }] = await db.query(
    `INSERT INTO cohort (hub_id, curriculum_id, name, starts_on, ends_on, capacity, status) VALUES ($1, $2, 'Angkatan Bench', '2026-10-01', '2026-11-27', $3, 'RUNNING') RETURNING id`,
    [hub.id, curriculum.id, TRAINEES],
  );
  await db.query(
    `WITH people AS (
       INSERT INTO "user" (email, full_name, role, locale, password_hash)
       SELECT 'bench-' || n || '-' || $3 || '@bench.sanggar.id', 'Peserta Bench ' || n, 'TRAINEE', 'id', 'x' FROM generate_series(1, $2::int) n RETURNING id)
     INSERT INTO enrollment (cohort_id, trainee_id, status) SELECT $1, id, 'ENROLLED' FROM people`,
    [cohortId, TRAINEES, database],
  );

  const env = {
    PATH: process.env.PATH,
    NODE_ENV: 'production',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret!!',
    DATABASE_URL: config.DATABASE_URL,
    REDIS_URL: config.REDIS_URL,
    REDIS_PREFIX: config.REDIS_PREFIX,
    SMTP_URL: config.SMTP_URL,
    SANGGAR_KEY_DIR: config.SANGGAR_KEY_DIR,
    LOG_LEVEL: 'silent',
  };
  const workers: ChildProcess[] = [];
  for (let i = 0; i < workerCount; i++) {
    const worker = spawn(process.execPath, ['dist/apps/worker/main.js'], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve) =>
      worker.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('worker is running') && resolve()),
    );
    workers.push(worker);
  }

  const started = Date.now();
  const batch = await api.get(CertificateIssuance).completeCohort(ADMIN, cohortId);
  for (;;) {
    const [{ left }] = await db.query(
      `SELECT count(*)::int AS left FROM certificate_batch_item WHERE batch_id = $1 AND status = 'PENDING'`,
      [batch.id],
    );
    if (left === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const seconds = (Date.now() - started) / 1000;

  const queue = new Queue(QueueName.Certificates, {
    connection: new Redis(config.REDIS_URL, { maxRetriesPerRequest: null }),
    prefix: config.REDIS_PREFIX,
  });
  const jobs = await queue.getJobs(['completed'], 0, TRAINEES);
  const durations = jobs.map((job) => (job.finishedOn ?? 0) - (job.processedOn ?? 0)).sort((a, b) => a - b);
  const [certificate] = await db.query(`SELECT * FROM certificate LIMIT 1`);
  const pdf = await renderCertificatePdf({
    holderName: certificate.holder_name,
    curriculumTitle: certificate.curriculum_title,
    cohortName: certificate.cohort_name,
    hubName: certificate.hub_name,
    hubCity: certificate.hub_city,
    issuedAt: certificate.issued_at,
    timezone: certificate.hub_timezone,
    finalScore: certificate.final_score,
    verificationCode: certificate.verification_code,
    verifyUrl: `${config.PUBLIC_URL}/verify/${certificate.verification_code}`,
  });
  const rss = workers.map((worker) => peakRssMb(worker.pid!));

  for (const worker of workers) worker.kill('SIGTERM');
  await queue.obliterate({ force: true }).catch(() => undefined);
  await queue.close();
  await api.close();
  await mail.stop();
  const admin = new pg.Client({ connectionString: `${SERVER}/postgres` });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
  await admin.end();
  return {
    workers: workerCount,
    certificates: TRAINEES,
    seconds: seconds.toFixed(1),
    perSecond: (TRAINEES / seconds).toFixed(1),
    p50ms: percentile(durations, 50),
    p95ms: percentile(durations, 95),
    pdfKb: (pdf.length / 1024).toFixed(1),
    peakRssMb: rss.map((mb) => mb.toFixed(0)).join(' + '),
  };
}

async function main() {
  if (!existsSync('dist/apps/worker/main.js')) execSync('npm run build', { stdio: 'inherit' });
  const rows = [];
  for (const workers of [1, 2]) rows.push(await run(workers));
  console.log(`\nCertificates for ${TRAINEES} eligible trainees (end to end: completeCohort -> every certificate issued)\n`);
  console.log('| worker processes | seconds | certificates/s | job p50 (ms) | job p95 (ms) | PDF (KiB) | peak worker RSS (MiB) |');
  console.log('|---|---|---|---|---|---|---|');
  for (const row of rows)
    console.log(`| ${row.workers} | ${row.seconds} | ${row.perSecond} | ${row.p50ms} | ${row.p95ms} | ${row.pdfKb} | ${row.peakRssMb} |`);
  process.exit(0);
}

void main();
