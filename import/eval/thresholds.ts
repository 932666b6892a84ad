/**
 * The quality bar (thresholds.json): minimum precision / recall / F1 per type and minimum accuracy
 * per attribute. `checkThresholds` lists every figure of a report that is below its threshold.
 */
import { ATTRIBUTES, SCORED_TYPES, type AttributeName, type EvalReport, type ScoredType } from './score.js';

export interface TypeThreshold {
  f1?: number;
  precision?: number;
  recall?: number;
}

export interface Thresholds {
  types?: Partial<Record<ScoredType, TypeThreshold>>;
  attributes?: Partial<Record<AttributeName, number>>;
}

const METRICS = ['precision', 'recall', 'f1'] as const;

function isFraction(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1;
}

/** Checks the shape of a parsed thresholds file; throws with every problem found. */
export function parseThresholds(raw: unknown): Thresholds {
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('thresholds: expected an object');
  const obj = raw as Record<string, unknown>;
  for (const k of Object.keys(obj)) if (k !== 'types' && k !== 'attributes') problems.push(`unknown key "${k}"`);
  const types = obj.types ?? {};
  if (typeof types !== 'object' || types === null) problems.push('"types" must be an object');
  else {
    for (const [t, spec] of Object.entries(types)) {
      if (!(SCORED_TYPES as readonly string[]).includes(t)) problems.push(`unknown type "${t}"`);
      if (typeof spec !== 'object' || spec === null) {
        problems.push(`types.${t} must be an object`);
        continue;
      }
      for (const [m, v] of Object.entries(spec)) {
        if (!(METRICS as readonly string[]).includes(m)) problems.push(`types.${t}: unknown metric "${m}"`);
        else if (!isFraction(v)) problems.push(`types.${t}.${m} must be a number in [0, 1]`);
      }
    }
  }
  const attributes = obj.attributes ?? {};
  if (typeof attributes !== 'object' || attributes === null) problems.push('"attributes" must be an object');
  else {
    for (const [a, v] of Object.entries(attributes)) {
      if (!(ATTRIBUTES as readonly string[]).includes(a)) problems.push(`unknown attribute "${a}"`);
      else if (!isFraction(v)) problems.push(`attributes.${a} must be a number in [0, 1]`);
    }
  }
  if (problems.length > 0) throw new Error(`thresholds: ${problems.join('; ')}`);
  return obj as Thresholds;
}

function fmt(x: number): string {
  return x.toFixed(4);
}

/** Every figure of `report` below its threshold, as readable lines; empty when the bar is met. */
export function checkThresholds(report: EvalReport, thresholds: Thresholds): string[] {
  const failures: string[] = [];
  for (const type of SCORED_TYPES) {
    const spec = thresholds.types?.[type];
    if (!spec) continue;
    const score = report.types[type];
    for (const m of METRICS) {
      const min = spec[m];
      if (min === undefined) continue;
      if (score[m] < min) failures.push(`${type} ${m === 'f1' ? 'F1' : m} ${fmt(score[m])} < ${min}`);
    }
  }
  for (const attribute of ATTRIBUTES) {
    const min = thresholds.attributes?.[attribute];
    if (min === undefined) continue;
    const a = report.attributes[attribute];
    if (a.accuracy < min) {
      failures.push(`${attribute} accuracy ${fmt(a.accuracy)} < ${min} (${a.correct}/${a.matched} matched pairs correct)`);
    }
  }
  return failures;
}
