import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { DomainError } from '../core/errors';
import { produceReport, type ReportRequest, storeReport } from '../services/documents/produce-report';
import { getAgencyByCode, systemActor } from '../services/org/agencies';
import type { Runtime } from '../services/runtime';

type WithRuntime = (action: (runtime: Runtime) => Promise<void>) => Promise<void>;

interface ReportOptions {
  agency: string;
  year: string;
  quarter?: string;
  level?: string;
  position?: string;
  format: string;
  out: string;
  store?: boolean;
}

const LEVELS = ['jpt_pratama', 'administrator', 'pengawas'];

/**
 * `alur report lkjip|pemantauan|pk`: builds a document from the agency's data and writes it as DOCX or
 * PDF, without storing a version (unless `--store`). When data is missing it prints the whole list and
 * exits with 1, writing nothing.
 */
export function registerReportCommands(program: Command, withRuntime: WithRuntime): void {
  const report = program
    .command('report')
    .description('render a document from the data: LKjIP, quarterly monitoring report, Perjanjian Kinerja');
  const common = (command: Command) =>
    command
      .requiredOption('--agency <code>', 'agency code, e.g. desdm-kaltim')
      .requiredOption('--year <year>', 'the year reported')
      .option('--format <format>', 'docx | pdf', 'pdf')
      .requiredOption('--out <file>', 'where to write the file')
      .option(
        '--store',
        'also store it as a new version of the agency draft (visible in the web application)',
      );
  common(report.command('lkjip').description('Laporan Kinerja Instansi Pemerintah for a year')).action(
    (options: ReportOptions) => run(withRuntime, 'lkjip', options),
  );
  common(report.command('pemantauan').description('Laporan Pemantauan Kinerja for a quarter'))
    .requiredOption('--quarter <quarter>', '1 to 4')
    .action((options: ReportOptions) => run(withRuntime, 'pemantauan', options));
  common(report.command('pk').description("a Perjanjian Kinerja of the year (default the head's)"))
    .option('--level <level>', 'jpt_pratama | administrator | pengawas')
    .option('--position <code>', "the pihak pertama's position code")
    .action((options: ReportOptions) => run(withRuntime, 'perjanjian_kinerja', options));
}

function requestOf(kind: ReportRequest['kind'], options: ReportOptions): Omit<ReportRequest, 'agencyId'> {
  const year = Number(options.year);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new Error('--year: a year from 2000 to 2100');
  if (options.format !== 'pdf' && options.format !== 'docx') throw new Error('--format: docx or pdf');
  let quarter: number | null = null;
  if (kind === 'pemantauan') {
    quarter = Number(options.quarter);
    if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) throw new Error('--quarter: 1 to 4');
  }
  if (options.level && !LEVELS.includes(options.level))
    throw new Error(`--level: one of ${LEVELS.join(', ')}`);
  const sourceRef = options.position
    ? `position:${options.position}`
    : options.level
      ? `level:${options.level}`
      : null;
  return { kind, year, quarter, sourceRef };
}

async function run(withRuntime: WithRuntime, kind: ReportRequest['kind'], options: ReportOptions) {
  const base = requestOf(kind, options);
  const format = options.format as 'pdf' | 'docx';
  await withRuntime(async (runtime) => {
    const agency = await getAgencyByCode(runtime.ctx, options.agency);
    const request = { ...base, agencyId: agency.id };
    try {
      const file = options.store
        ? await storeReport(runtime.ctx, systemActor(agency), request, format)
        : await produceReport(runtime.ctx, request, format);
      fs.mkdirSync(path.dirname(path.resolve(options.out)), { recursive: true });
      fs.writeFileSync(options.out, file.content);
      console.log(
        `${file.title}: ${format.toUpperCase()} written to ${options.out} (${file.content.length} bytes)` +
          (file.stored
            ? `; stored as version ${file.stored.number} of document ${file.stored.documentId}`
            : ''),
      );
    } catch (error) {
      if (!(error instanceof DomainError) || error.code !== 'DOCUMENT_DATA_MISSING') throw error;
      console.error(`${error.userMessage.id}\n${error.userMessage.en}`);
      for (const [i, field] of error.fields.entries())
        console.error(`  ${i + 1}. ${field.field}: ${field.message.id} / ${field.message.en}`);
      process.exitCode = 1;
    }
  });
}
