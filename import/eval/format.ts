/**
 * Presentation of an EvalReport: the text table, the --misses listing grouped by document, and the
 * JSON shape of --json (stable field names, numbers rounded to 4 decimals).
 */
import {
  ATTRIBUTES,
  ENTITY_TYPES,
  RELATION_TYPES,
  type AttributeError,
  type AttributeName,
  type EvalReport,
  type MissItem,
  type ScoredType,
  type TypeCounts,
  type TypeScore,
} from './score.js';

export function round4(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function fix(x: number): string {
  return x.toFixed(4);
}

function row(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
    .join('  ')
    .trimEnd();
}

const SCORE_WIDTHS = [18, 6, 6, 6, 9, 9, 9];

function scoreRow(label: string, s: TypeScore): string {
  return row(
    [label, String(s.gold), String(s.predicted), String(s.tp), fix(s.precision), fix(s.recall), fix(s.f1)],
    SCORE_WIDTHS,
  );
}

/** The summary table: per type gold, predicted, TP, P, R, F1; then attribute accuracy. */
export function formatTable(report: EvalReport): string {
  const lines: string[] = [];
  const header = row(['Type', 'Gold', 'Pred', 'TP', 'Precision', 'Recall', 'F1'], SCORE_WIDTHS);
  lines.push(header, '-'.repeat(header.length));
  for (const t of ENTITY_TYPES) lines.push(scoreRow(t, report.types[t]));
  lines.push(scoreRow('(all entities)', report.totals.entities));
  lines.push('-'.repeat(header.length));
  for (const t of RELATION_TYPES) lines.push(scoreRow(t, report.types[t]));
  lines.push(scoreRow('(all relations)', report.totals.relations));
  lines.push('');

  const aw = [22, 8, 8, 9];
  const aheader = row(['Attribute', 'Matched', 'Correct', 'Accuracy'], aw);
  lines.push(aheader, '-'.repeat(aheader.length));
  for (const a of ATTRIBUTES) {
    const s = report.attributes[a];
    lines.push(row([a, String(s.matched), String(s.correct), fix(s.accuracy)], aw));
  }
  lines.push(
    `Indicator label character overlap (mean Dice over ${report.labelOverlap.matched} matched pairs): ${fix(report.labelOverlap.mean)}`,
  );
  lines.push('');

  const missing = report.documents.filter((d) => !d.hasPrediction).map((d) => d.document);
  lines.push(
    `Documents scored: ${report.documents.length}` +
      (missing.length > 0 ? `; without prediction (all gold items missed): ${missing.join(', ')}` : ''),
  );
  if (report.unscoredDocuments.length > 0) {
    lines.push(`Predicted documents without gold (not scored): ${report.unscoredDocuments.join(', ')}`);
  }
  return lines.join('\n');
}

function typeOrder(t: ScoredType): number {
  return [...ENTITY_TYPES, ...RELATION_TYPES].indexOf(t as never);
}

function missLines(items: readonly MissItem[]): string[] {
  return [...items]
    .map((m, k) => ({ m, k }))
    .sort((x, y) => typeOrder(x.m.type) - typeOrder(y.m.type) || x.k - y.k)
    .map(({ m }) => `    ${m.type.padEnd(16)} ${m.text}`);
}

function attributeLines(items: readonly AttributeError[]): string[] {
  return items.map((e) => `    ${e.attribute.padEnd(22)} ${e.item}: gold ${e.gold}, predicted ${e.predicted}`);
}

/** Every false negative, false positive and attribute error, grouped by document. */
export function formatMisses(report: EvalReport): string {
  const lines: string[] = [];
  for (const d of report.documents) {
    lines.push(`== ${d.document}${d.hasPrediction ? '' : ' (no prediction)'} ==`);
    if (d.falseNegatives.length + d.falsePositives.length + d.attributeErrors.length === 0) {
      lines.push('  (no misses)');
    }
    if (d.falseNegatives.length > 0) {
      lines.push(`  false negatives (in gold, not extracted): ${d.falseNegatives.length}`, ...missLines(d.falseNegatives));
    }
    if (d.falsePositives.length > 0) {
      lines.push(`  false positives (extracted, not in gold): ${d.falsePositives.length}`, ...missLines(d.falsePositives));
    }
    if (d.attributeErrors.length > 0) {
      lines.push(`  attribute errors (matched pairs): ${d.attributeErrors.length}`, ...attributeLines(d.attributeErrors));
    }
    lines.push('');
  }
  return lines.join('\n');
}

export type JsonTypeScore = TypeScore;

export interface JsonDocument {
  document: string;
  hasPrediction: boolean;
  counts: Record<ScoredType, TypeCounts>;
  /** Only with --misses. */
  falsePositives?: MissItem[];
  falseNegatives?: MissItem[];
  attributeErrors?: AttributeError[];
}

export interface JsonReport {
  types: Record<ScoredType, JsonTypeScore>;
  totals: { entities: JsonTypeScore; relations: JsonTypeScore };
  attributes: Record<AttributeName, { matched: number; correct: number; accuracy: number }>;
  labelOverlap: { matched: number; mean: number };
  documents: JsonDocument[];
  unscoredDocuments: string[];
  extractionFailures?: { file: string; reason: string }[];
  thresholdFailures?: string[];
}

function roundScore(s: TypeScore): JsonTypeScore {
  return {
    gold: s.gold,
    predicted: s.predicted,
    tp: s.tp,
    fp: s.fp,
    fn: s.fn,
    precision: round4(s.precision),
    recall: round4(s.recall),
    f1: round4(s.f1),
  };
}

export interface JsonOptions {
  misses?: boolean;
  extractionFailures?: { file: string; reason: string }[];
  thresholdFailures?: string[];
}

/** The --json shape. Per-document miss lists are included only with `misses`. */
export function toJson(report: EvalReport, options: JsonOptions = {}): JsonReport {
  const out: JsonReport = {
    types: Object.fromEntries(
      [...ENTITY_TYPES, ...RELATION_TYPES].map((t) => [t, roundScore(report.types[t])]),
    ) as Record<ScoredType, JsonTypeScore>,
    totals: { entities: roundScore(report.totals.entities), relations: roundScore(report.totals.relations) },
    attributes: Object.fromEntries(
      ATTRIBUTES.map((a) => {
        const s = report.attributes[a];
        return [a, { matched: s.matched, correct: s.correct, accuracy: round4(s.accuracy) }];
      }),
    ) as JsonReport['attributes'],
    labelOverlap: { matched: report.labelOverlap.matched, mean: round4(report.labelOverlap.mean) },
    documents: report.documents.map((d) => {
      const doc: JsonDocument = { document: d.document, hasPrediction: d.hasPrediction, counts: d.counts };
      if (options.misses) {
        doc.falseNegatives = d.falseNegatives;
        doc.falsePositives = d.falsePositives;
        doc.attributeErrors = d.attributeErrors;
      }
      return doc;
    }),
    unscoredDocuments: report.unscoredDocuments,
  };
  if (options.extractionFailures) out.extractionFailures = options.extractionFailures;
  if (options.thresholdFailures) out.thresholdFailures = options.thresholdFailures;
  return out;
}
