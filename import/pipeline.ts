/**
 * The pipeline from a document file to its annotation, without a database:
 * read → clean → normalise → extract → resolve → relate. `processDocument` is pure; only
 * `readDocument` touches the file system. The loader takes the result to Neo4j.
 */
import path from 'node:path';
import type { DocumentAnnotation, Entity } from './annotation.js';
import { cleanDocument } from './clean.js';
import { extractDepartments } from './extract/departments.js';
import { extractIndicators } from './extract/indicators.js';
import { extractPlaces } from './extract/places.js';
import { extractProjects } from './extract/projects.js';
import { splitSentences, type ExtractionDocument } from './extract/text.js';
import { contentHash, stableId } from './ids.js';
import { resolveMetadata, type DocumentMetadata } from './metadata.js';
import { normalise, toSimplified } from './normalise.js';
import { DEFAULT_MAX_BYTES, ImportError, listCorpus, readDocument, type RawDocument } from './read.js';
import { reference } from './reference.js';
import { relate } from './relate.js';
import { resolveEntities, type ResolvedEntities } from './resolve.js';

export interface ProcessedDocument {
  id: string;
  key: string;
  file: string;
  encoding: RawDocument['encoding'];
  /** Cleaned text in its original script: every mention's offsets point into it. */
  text: string;
  contentHash: string;
  meta: DocumentMetadata;
  entities: ResolvedEntities;
  annotation: DocumentAnnotation;
}

export interface ImportFailure {
  file: string;
  reason: string;
}

/** The document's district: from its metadata, else the district its text names most. */
function inferDistrict(shadow: string, metaDistrict: string | null | undefined): string | null {
  const ref = reference();
  if (metaDistrict) {
    const p = ref.place(toSimplified(metaDistrict)) ?? ref.place(`${toSimplified(metaDistrict)}区`);
    if (p) return p.level === 'DISTRICT' ? p.name : ref.districtOf(p.name);
  }
  const counts = new Map<string, number>();
  for (const d of ref.districts()) {
    const short = d.name.replace(/区$/, '');
    const n = shadow.split(d.name).length - 1 + (d.aliases.includes(short) ? shadow.split(short).length - 1 : 0);
    if (n > 0) counts.set(d.name, n);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

export function processDocument(raw: RawDocument): ProcessedDocument {
  const { text, simplified } = cleanDocument(raw.text);
  const { shadow, traditionalShare } = normalise(text, simplified);
  const meta = resolveMetadata(raw.meta, text, shadow, traditionalShare);
  meta.district = inferDistrict(shadow, raw.meta.district);
  const doc: ExtractionDocument = { key: raw.key, original: text, shadow, meta, sentences: splitSentences(shadow) };

  const places = extractPlaces(doc);
  const departments = extractDepartments(doc, places);
  const projects = extractProjects(doc, departments);
  const indicators = extractIndicators(doc);
  const entities = resolveEntities(doc, places, departments, projects, indicators);
  const relations = relate(doc, entities, { places, departments, projects });

  const annotationEntities: Entity[] = [
    ...entities.districts,
    ...entities.departments.map(({ partOf: _partOf, ...d }) => d),
    ...entities.projects,
    ...entities.indicators.map(({ start: _s, end: _e, ...i }) => i),
  ];
  return {
    id: stableId('Document', raw.key),
    key: raw.key,
    file: raw.file,
    encoding: raw.encoding,
    text,
    contentHash: contentHash(`${text}\u0000${JSON.stringify(raw.meta)}`),
    meta,
    entities,
    annotation: { document: raw.key, entities: annotationEntities, relations },
  };
}

export interface CorpusOptions {
  maxBytes?: number;
  onDocument?: (file: string, result: ProcessedDocument | ImportFailure) => void;
}

/** Reads and processes every document of a corpus folder; a bad document is a failure, not a stop. */
export function processCorpus(dir: string, options: CorpusOptions = {}): { documents: ProcessedDocument[]; failures: ImportFailure[] } {
  const documents: ProcessedDocument[] = [];
  const failures: ImportFailure[] = [];
  for (const file of listCorpus(dir)) {
    try {
      const processed = processDocument(readDocument(file, options.maxBytes ?? DEFAULT_MAX_BYTES));
      documents.push(processed);
      options.onDocument?.(file, processed);
    } catch (err) {
      const failure = err instanceof ImportError ? { file: err.file, reason: err.reason } : { file, reason: `could not process: ${(err as Error).message}` };
      failures.push(failure);
      options.onDocument?.(file, failure);
    }
  }
  return { documents, failures };
}

/** The extraction of a corpus in the ANNOTATION.md format (what `extract` writes and `eval` scores). */
export async function extractCorpus(dir: string): Promise<{ documents: DocumentAnnotation[]; failures: ImportFailure[] }> {
  const { documents, failures } = processCorpus(path.resolve(dir));
  return { documents: documents.map((d) => d.annotation), failures };
}
