// `shuyu export --format csv|tsv|json|md|tbx|pdf -o OUT`: the glossary for people, spreadsheets,
// scripts and CAT tools (DESIGN §4). The writers in src/export are pure; this file picks one,
// applies the filters, and writes the result atomically or to stdout.
import { basename, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { UserError } from '../../errors.js';
import { listLayers, type LayerList } from '../../glossary/files.js';
import type { IndexedEntry, TermIndex } from '../../index/term-index.js';
import { BUILTIN_GLOSSARY_DIR } from '../../paths.js';
import { formatFromName, type FormatNames } from '../../read/format-name.js';
import { shuyuVersion } from '../../version.js';
import { describeFilter, parseStatuses, selectEntries, type ExportFilter } from '../../export/select.js';
import type { Context, GlobalOptions } from '../context.js';
import { openIndex } from '../../index/open-index.js';
import { writeFileAtomic, writeStreamAtomic } from '../write-atomic.js';

export const EXPORT_FORMATS = ['csv', 'tsv', 'json', 'md', 'tbx', 'pdf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  format?: string;
  output?: string;
  tag: string[];
  status: string[];
  domain: string[];
  title?: string;
  bom?: boolean;
  excel?: boolean;
  quiet?: boolean;
}

const FORMATS: FormatNames<ExportFormat> = {
  names: { csv: 'csv', tsv: 'tsv', json: 'json', md: 'md', tbx: 'tbx', pdf: 'pdf' },
  extensions: { csv: 'csv', tsv: 'tsv', tab: 'tsv', json: 'json', md: 'md', markdown: 'md', tbx: 'tbx', pdf: 'pdf' },
  unknown: (name) => new UserError(`unknown export format "${name}"`, undefined, `--format takes ${EXPORT_FORMATS.join(', ')}`),
};

/** The format asked for, else the one the output file's extension names. */
export function exportFormat(format: string | undefined, output: string | undefined): ExportFormat {
  const f = formatFromName(format, output && output !== '-' ? output : undefined, FORMATS);
  if (f) return f;
  throw new UserError('which format?', undefined, `give --format ${EXPORT_FORMATS.join('|')}, or an output file ending in one of them (-o glossary.pdf)`);
}

export async function runExport(opts: ExportOptions, global: GlobalOptions, ctx: Context): Promise<number> {
  const { io } = ctx;
  const format = exportFormat(opts.format, opts.output);
  const toStdout = opts.output === undefined || opts.output === '-';
  if (format === 'pdf' && toStdout && io.stdout.isTTY) {
    throw new UserError('a PDF is not for the terminal', undefined, 'give -o glossary.pdf, or pipe the output into a file or a viewer');
  }
  const filter: ExportFilter = { tags: opts.tag, statuses: parseStatuses(opts.status), domains: opts.domain };
  const index = await openIndex(ctx.indexOptions(global));
  const all = index.entries();
  const entries = selectEntries(all, filter);
  if (entries.length === 0) {
    throw new UserError(`no entries match ${describeFilter(filter)} (of ${all.length} in the glossary)`, undefined, hintForEmpty(all, filter));
  }
  const sources = glossarySources(entries, index, listLayers({ ...ctx.indexOptions(global), cwd: io.cwd }));
  const title = opts.title ?? defaultTitle(sources);
  const outFile = toStdout ? undefined : resolve(io.cwd, opts.output!);
  const progress = !opts.quiet && io.stderr.isTTY && entries.length >= 1000;

  if (format === 'pdf') {
    const { renderPdf } = await import('../../export/pdf.js');
    const { stream, pages, missingGlyphs } = renderPdf(entries, {
      title,
      date: exportDate(io.env),
      sources: sources.map((s) => ({ label: s.label, count: s.count })),
      filter: describeFilter(filter),
      generator: `shuyu ${shuyuVersion()}`,
      ...(progress ? { onProgress: (done: number, total: number) => void io.stderr.write(`\rshuyu: laying out entries ${done}/${total}`) } : {}),
    });
    if (progress) io.stderr.write('\n');
    if (missingGlyphs.length > 0 && !opts.quiet) {
      io.stderr.write(`shuyu: warning: the PDF font has no glyph for ${missingGlyphs.slice(0, 20).join(' ')}${missingGlyphs.length > 20 ? ' …' : ''}; they print as empty boxes\n`);
    }
    if (outFile) {
      await writeStreamAtomic(outFile, stream);
      done(ctx, opts, `wrote ${count(entries.length)} to ${opts.output} (${pages} pages)`);
    } else {
      io.stdout.write(await collect(stream));
    }
    return 0;
  }

  const text = await formatText(format, entries, { title, filter, bom: opts.bom, excel: opts.excel, sources });
  if (outFile) {
    writeFileAtomic(outFile, text);
    done(ctx, opts, `wrote ${count(entries.length)} to ${opts.output}`);
  } else io.stdout.write(text);
  return 0;
}

async function formatText(
  format: Exclude<ExportFormat, 'pdf'>,
  entries: IndexedEntry[],
  o: { title: string; filter: ExportFilter; bom?: boolean | undefined; excel?: boolean | undefined; sources: GlossarySourceInfo[] },
): Promise<string> {
  switch (format) {
    case 'csv':
    case 'tsv': {
      const { formatDelimited } = await import('../../export/delimited.js');
      // Excel reads UTF-8 only after a byte-order mark, and writes CRLF
      return formatDelimited(entries, { separator: format === 'csv' ? ',' : '\t', bom: Boolean(o.bom || o.excel), crlf: Boolean(o.excel) });
    }
    case 'json': {
      const { formatJson } = await import('../../export/json.js');
      return formatJson(entries);
    }
    case 'md': {
      const { formatMarkdown } = await import('../../export/markdown.js');
      const filter = describeFilter(o.filter);
      return formatMarkdown(entries, { title: o.title, subtitle: `${entries.length} ${entries.length === 1 ? 'entry' : 'entries'}${filter ? `; ${filter}` : ''}. Exported with shuyu ${shuyuVersion()}.` });
    }
    case 'tbx': {
      const { formatTbx } = await import('../../export/tbx.js');
      const from = o.sources.map((s) => s.label).join('; ');
      return formatTbx(entries, { title: o.title, source: `Exported by shuyu ${shuyuVersion()} from ${from}` });
    }
  }
}

const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

function done(ctx: Context, opts: ExportOptions, message: string): void {
  if (!opts.quiet) ctx.io.stderr.write(`shuyu: ${message}\n`);
}

/** The date printed on a PDF: today, or SOURCE_DATE_EPOCH for reproducible builds. */
function exportDate(env: Record<string, string | undefined>): Date {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
}

function hintForEmpty(all: IndexedEntry[], filter: ExportFilter): string {
  if (filter.tags.length) {
    const tags = [...new Set(all.flatMap((e) => e.tags))].sort();
    return tags.length ? `tags in the glossary: ${tags.slice(0, 20).join(', ')}${tags.length > 20 ? ', …' : ''}` : 'no entry has tags';
  }
  if (filter.domains.length) {
    const domains = [...new Set(all.map((e) => e.domain).filter(Boolean))].sort();
    return `domains in the glossary: ${domains.join(', ')}`;
  }
  return 'drop a filter to export more';
}

interface GlossarySourceInfo {
  file: string;
  label: string;
  count: number;
}

/**
 * The glossary files the entries came from, with their titles (kept by the index), in the order
 * first met. An entry's `at.file` is the path as shown when its index was built (perhaps from
 * another folder, through the cache), so it is matched against the layers' files by suffix.
 */
function glossarySources(entries: IndexedEntry[], index: TermIndex, layers: LayerList[]): GlossarySourceInfo[] {
  const counts = new Map<string, number>();
  for (const e of entries) counts.set(e.at.file, (counts.get(e.at.file) ?? 0) + 1);
  const files = layers.flatMap((l) => l.files.map((f) => ({ ...f, builtin: resolve(l.root) === resolve(BUILTIN_GLOSSARY_DIR) })));
  return [...counts].map(([shown, count]) => {
    const norm = shown.split(sep).join('/');
    const found = files.find((f) => f.path === shown || f.file === shown || f.file.split(sep).join('/').endsWith(`/${norm.replace(/^(\.\.\/)+/, '')}`));
    const title = found ? (index.fileTitle(found.file) ?? index.fileTitle(shown)) : undefined;
    const name = found ? basename(found.file) : shown;
    const label = found?.builtin ? `${title ?? name} (built-in)` : title ? `${title} (${found?.path ?? shown})` : shown;
    return { file: shown, label, count };
  });
}

function defaultTitle(sources: GlossarySourceInfo[]): string {
  if (sources.length === 1) {
    const label = sources[0]!.label.replace(/ \((built-in|[^)]*)\)$/, '');
    if (!/\.ya?ml$/i.test(label)) return label;
  }
  return 'Chinese–English glossary';
}

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

