/**
 * A compact report for pull-request comments and $GITHUB_STEP_SUMMARY: headline, one table row per
 * indicator, what to fix, and the passing evidence folded away. Repository-derived text is escaped
 * (markdown-escape.ts): a hostile file name must not inject Markdown, HTML or mentions.
 */
import type { IndicatorResult, IndicatorStatus, Report, Verdict } from '../model/report.js';
import { mdText } from './markdown-escape.js';
import { evidenceLine, fileLinker, type FileLinker, type MarkdownOptions } from './markdown-links.js';
import { declarationLines } from './declaration-lines.js';
import { policyLines, type PolicyLine } from './policy-lines.js';
import { problemsOf, type Problem } from './problems.js';
import type { Reporter } from './types.js';

const MAX_PROBLEMS_PER_INDICATOR = 8;
const MAX_PASSING = 40;

const STATUS_ICON: Record<IndicatorStatus, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  manual: '❔',
  'n/a': '➖',
  error: '💥',
};
const LEVEL_ICON: Record<Problem['level'], string> = { error: '❌', warning: '⚠️', note: '❔' };
const VERDICT: Record<Verdict, { icon: string; text: string }> = {
  ready: { icon: '✅', text: 'ready: no gaps found' },
  gaps: { icon: '⚠️', text: 'gaps: fix the items below before applying' },
  'not-eligible': { icon: '❌', text: 'not eligible: no approved open license found' },
};

/** A PR comment holds at most 65,536 characters: past this, the passing evidence is left out. */
const MAX_CHARS = 60_000;

export type { MarkdownOptions } from './markdown-links.js';

/** The Markdown report with links into the repository at `options.linkBase` (see MarkdownOptions). */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const link = fileLinker(report, options);
  const blocks = [
    headline(report),
    bullets(declarationLines(report.declaration)),
    bullets(policyLines(report.policy)),
    table(report),
    whatToFix(report, link),
  ].filter((b) => b !== '');
  const full = [...blocks, passing(report, link)].filter((b) => b !== '').join('\n\n');
  return `${full.length <= MAX_CHARS ? full : blocks.join('\n\n')}\n`;
}

export const markdown: Reporter = (report) => renderMarkdown(report);

function headline(report: Report): string {
  const { score, verdict } = report.summary;
  const commit = report.target.commit ? ` @ \`${report.target.commit.slice(0, 12).replace(/[^0-9a-f]/gi, '')}\`` : '';
  const answers = report.declaredAnswers.path ? mdText(report.declaredAnswers.path) : 'none found';
  return [
    `## ${VERDICT[verdict].icon} DPG Standard: ${score}/100 · ${verdict}`,
    '',
    `**${VERDICT[verdict].text}** · ${mdText(report.target.url ?? report.target.ref)}${commit} · declared answers: ${answers}`,
    `<sub>dpg-check ${mdText(report.tool.version)} · DPG Standard ${mdText(report.standard.version)}</sub>`,
  ].join('\n');
}

/** The terminal's lines about the answers or the build's policy (config file, --fail-on, waivers), escaped. */
function bullets(lines: readonly PolicyLine[]): string {
  if (lines.length === 0) return '';
  const icon = { ok: '✅', bad: '❌', warn: '⚠️', plain: '' } as const;
  return lines.map(({ text, tone }) => `- ${icon[tone]}${icon[tone] ? ' ' : ''}${mdText(text.trim(), 400)}`).join('\n');
}

function table(report: Report): string {
  const rows = report.indicators.map(
    (ind) =>
      `| ${ind.id} | ${mdText(ind.title)} | ${STATUS_ICON[ind.status]} ${ind.status} | ${ind.status === 'n/a' ? '–' : `${ind.score}/10`} |`,
  );
  return ['| # | Indicator | Status | Score |', '| --- | --- | --- | ---: |', ...rows].join('\n');
}

function whatToFix(report: Report, link: FileLinker): string {
  const open = report.indicators.filter((ind) => ind.status !== 'pass' && ind.status !== 'n/a');
  if (open.length === 0) return '### What to fix\n\nNothing: every indicator passes or does not apply.';
  const problems = problemsOf(report);
  return [
    '### What to fix',
    '',
    ...open.flatMap((ind) =>
      fixItem(
        ind,
        problems.filter((p) => p.indicator === ind),
        link,
      ),
    ),
  ].join('\n');
}

function fixItem(ind: IndicatorResult, problems: readonly Problem[], link: FileLinker): string[] {
  const shown = problems.slice(0, MAX_PROBLEMS_PER_INDICATOR);
  const more = problems.length - shown.length;
  return [
    `- ${STATUS_ICON[ind.status]} **${ind.id} ${mdText(ind.title)}**: ${ind.status}`,
    ...shown.map((p) => `  - ${LEVEL_ICON[p.level]} ${evidenceLine(p.evidence, link)}`),
    ...(more > 0 ? [`  - … and ${more} more (see \`--format json\`)`] : []),
    ...ind.advice.map((advice) => `  - **To do:** ${mdText(advice, 600)}`),
  ];
}

function passing(report: Report, link: FileLinker): string {
  const items = report.indicators.flatMap((ind) =>
    ind.evidence.filter((e) => e.outcome === 'pass').map((e) => `- ${ind.id}: ${evidenceLine(e, link)}`),
  );
  if (items.length === 0) return '';
  const shown = items.slice(0, MAX_PASSING);
  const more =
    items.length > shown.length ? [`- … and ${items.length - shown.length} more (see \`--format json\`)`] : [];
  return [
    `<details><summary>Passing evidence (${items.length})</summary>`,
    '',
    ...shown,
    ...more,
    '',
    '</details>',
  ].join('\n');
}
