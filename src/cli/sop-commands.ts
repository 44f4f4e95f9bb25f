import fs from 'node:fs';
import type { Command } from 'commander';
import type { Runtime } from '../services/runtime';
import {
  exportSopByCode,
  importSopFromPath,
  listAllSops,
  validateSopFile,
} from '../services/sops/sop-commands';

type WithRuntime = (action: (runtime: Runtime) => Promise<void>) => Promise<void>;

const FORMATS = ['yaml', 'json', 'xlsx', 'bpmn', 'pdf', 'docx', 'svg'] as const;

/** `alur sop list | import | export | validate`. */
export function registerSopCommands(program: Command, withRuntime: WithRuntime): void {
  const sop = program.command('sop').description('the SOP library');
  sop
    .command('list')
    .description('one line per SOP: code, version, status, title, number of steps')
    .option('--agency <code>', 'only this agency')
    .action(async (options) => {
      await withRuntime(async (runtime) => {
        for (const s of await listAllSops(runtime.ctx, options.agency)) {
          console.log(
            `${s.code}\tv${s.latestVersion}\t${s.latestStatus}\t${s.title}\t${s.steps} langkah\t${s.agency}`,
          );
        }
      });
    });
  sop
    .command('import')
    .argument('<file>', 'YAML, JSON, XLSX (paper layout) or BPMN 2.0')
    .option('--agency <code>', 'agency code (default: the one the file names)')
    .description('import an SOP file as a draft; exits 1 with every problem when invalid, saving nothing')
    .action(async (file: string, options) => {
      await withRuntime(async (runtime) => {
        const saved = await importSopFromPath(runtime.ctx, file, options.agency);
        console.log(`${saved.code} v${saved.version} (draft)`);
      });
    });
  sop
    .command('export')
    .argument('<code>', 'SOP code, e.g. desdm-kaltim-sakip')
    .requiredOption('--format <format>', FORMATS.join('|'))
    .requiredOption('--out <file>', 'file to write')
    .option('--agency <code>', 'agency code, when several agencies use the code')
    .description('write the latest version of an SOP as data or as the standard SOP sheet')
    .action(async (code: string, options) => {
      if (!FORMATS.includes(options.format)) throw new Error(`--format must be one of ${FORMATS.join(', ')}`);
      await withRuntime(async (runtime) => {
        const file = await exportSopByCode(runtime.ctx, code, options.format, options.agency);
        fs.writeFileSync(options.out, file.content);
        console.log(`${file.fileName} written to ${options.out} (${file.content.length} bytes)`);
      });
    });
  sop
    .command('validate')
    .argument('<file>', 'YAML, JSON, XLSX or BPMN')
    .description('check an SOP file; exits 1 listing every problem')
    .action(async (file: string) => {
      const { definition, problems } = await validateSopFile(file);
      for (const p of problems) console.error(`${p.field}: ${p.message.en} / ${p.message.id}`);
      if (problems.length > 0) {
        process.exitCode = 1;
        return;
      }
      console.log(
        `${definition.code}: valid (${definition.steps.length} steps, ${definition.lanes.length} lanes)`,
      );
    });
}
