/**
 * District mentions: Beijing places named in the text — the municipality, the 16 districts and
 * the economic-technological development area, named areas and subdistricts (街道/镇/乡) — found
 * with the reference gazetteer (full names, official aliases, safe short forms).
 */
import type { DistrictLevel } from '../annotation.js';
import { reference, type Reference } from '../reference.js';
import { alternation, HAN, type ExtractionDocument } from './text.js';

export interface PlaceMention {
  type: 'District';
  start: number;
  end: number;
  name: string;
  level: DistrictLevel;
}

let cached: { ref: Reference; pattern: RegExp } | undefined;
function gazetteer() {
  if (!cached) {
    const ref = reference();
    cached = { ref, pattern: new RegExp(alternation(ref.placeNames.keys()), 'gu') };
  }
  return cached;
}

/** Heads that make a preceding area name part of a facility's or project's own name. */
const FACILITY_HEAD = /^(森林公园|公园|医院|学校|站|大桥|桥|路|大街|项目|工程)/;

/** Subdistricts listed with a shared suffix: 在西长安街、白纸坊等10个街道. */
const SHARED_SUFFIX = new RegExp(`((?:${HAN}{2,6}、)+${HAN}{2,6})等(?:\\d+|[一二三四五六七八九十]+)个(街道|镇|乡)`, 'gu');

export function extractPlaces(doc: ExtractionDocument): PlaceMention[] {
  const { ref, pattern } = gazetteer();
  const text = doc.shadow;
  const out: PlaceMention[] = [];
  for (const m of text.matchAll(pattern)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const place = ref.place(m[0]);
    if (!place) continue;
    if (place.level === 'AREA' && FACILITY_HEAD.test(text.slice(end, end + 4))) continue;
    out.push({ type: 'District', start, end, name: place.name, level: place.level });
  }
  for (const m of text.matchAll(SHARED_SUFFIX)) {
    const items = (m[1] as string).split('、');
    let offset = m.index ?? 0;
    for (const item of items) {
      // The first item may carry the words before it (在西长安街): try its tails, longest first.
      for (let cut = 0; cut <= item.length - 2; cut++) {
        const place = ref.place(item.slice(cut) + (m[2] as string));
        if (place && place.level === 'SUBDISTRICT') {
          if (!out.some((p) => p.start === offset + cut)) out.push({ type: 'District', start: offset + cut, end: offset + item.length, name: place.name, level: place.level });
          break;
        }
      }
      offset += item.length + 1;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
