/** A document for the extractors from a few real sentences and the metadata they came with. */
import type { ExtractionDocument } from '../../../import/extract/text.js';
import { splitSentences } from '../../../import/extract/text.js';
import { resolveMetadata } from '../../../import/metadata.js';
import { normalise } from '../../../import/normalise.js';
import { processDocument, type ProcessedDocument } from '../../../import/pipeline.js';
import type { DocumentMeta } from '../../../import/read.js';

export function doc(text: string, meta: DocumentMeta = {}): ExtractionDocument {
  const { shadow, traditionalShare } = normalise(text);
  const resolved = resolveMetadata(meta, text, shadow, traditionalShare);
  resolved.district = meta.district ?? null;
  return { key: 'test', original: text, shadow, meta: resolved, sentences: splitSentences(shadow) };
}

export function processText(text: string, meta: DocumentMeta = {}): ProcessedDocument {
  return processDocument({ key: 'test', file: 'test.txt', text, encoding: 'UTF-8', meta, bytes: text.length });
}
