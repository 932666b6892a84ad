/**
 * Reading a corpus: the .txt files of a folder, each decoded (UTF-8, GB18030/GBK or Big5, detected)
 * with its optional NAME.meta.json. Every problem is an ImportError that names the file and the
 * reason, so one bad file never stops the others.
 */
import fs from 'node:fs';
import path from 'node:path';
import chardet from 'chardet';
import iconv from 'iconv-lite';
import * as OpenCC from 'opencc-js';

export class ImportError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

export interface DocumentMeta {
  title?: string | null;
  publishedAt?: string | null;
  year?: number | null;
  source?: string | null;
  url?: string | null;
  district?: string | null;
  script?: string | null;
  genre?: string | null;
}

export interface RawDocument {
  /** The file name without .txt: the document's key in the graph and in annotation files. */
  key: string;
  file: string;
  text: string;
  encoding: 'UTF-8' | 'GB18030' | 'Big5';
  meta: DocumentMeta;
  bytes: number;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

/** The corpus's document files, sorted by name; throws ImportError when the folder is unusable. */
export function listCorpus(dir: string): string[] {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(dir);
  } catch {
    throw new ImportError(dir, 'corpus folder does not exist');
  }
  if (!stat.isDirectory()) throw new ImportError(dir, 'corpus path is not a folder');
  return fs
    .readdirSync(dir)
    .filter((f) => f.toLowerCase().endsWith('.txt'))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Decodes bytes as UTF-8, GB18030 or Big5; anything else is an error. */
export function decode(bytes: Buffer, file: string): { text: string; encoding: RawDocument['encoding'] } {
  if (bytes.length === 0) throw new ImportError(file, 'empty file');
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    throw new ImportError(file, 'UTF-16 text is not supported; save it as UTF-8, GB18030 or Big5');
  }
  if (bytes.includes(0)) throw new ImportError(file, 'binary file (contains NUL bytes), not text');

  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(body);
    return { text: checkText(text, file), encoding: 'UTF-8' };
  } catch (err) {
    if (err instanceof ImportError) throw err;
  }

  // Not UTF-8: decide between the two legacy Chinese encodings. chardet ranks them; a decoding
  // with replacement characters or little Han text is not accepted whatever its rank.
  const ranked = (chardet.analyse(body) ?? []).map((m) => m.name.toUpperCase());
  const order = ranked.indexOf('BIG5') >= 0 && (ranked.indexOf('GB18030') < 0 || ranked.indexOf('BIG5') < ranked.indexOf('GB18030')) ? ['Big5', 'GB18030'] : ['GB18030', 'Big5'];
  const candidates = order.map((enc) => ({ enc: enc as 'GB18030' | 'Big5', text: iconv.decode(body, enc), score: 0 }));
  for (const c of candidates) c.score = plausibility(c.text);
  const best = candidates.filter((c) => c.score > 0).sort((a, b) => b.score - a.score)[0];
  if (!best) throw new ImportError(file, 'cannot decode: not UTF-8, GB18030/GBK or Big5 text');
  return { text: checkText(best.text, file), encoding: best.enc };
}

/**
 * How much a decoding looks like Chinese prose: the share of Han characters among letters, with
 * frequent characters weighted up; 0 when it has replacement characters or too little Han text.
 */
function plausibility(text: string): number {
  if (text.includes('\uFFFD')) return 0;
  let han = 0;
  let common = 0;
  let other = 0;
  let latin = 0;
  for (const ch of text) {
    if (/\p{Script=Han}/u.test(ch)) {
      han += 1;
      if (COMMON.has(ch)) common += 1;
    } else if (/[A-Za-z]/.test(ch)) latin += 1;
    else if (!/[\s\p{P}\p{N}\p{S}]/u.test(ch)) other += 1;
  }
  // Latin-1 or other 8-bit text decoded as GB18030/Big5 yields a few rare Han characters among
  // Latin letters: require real Chinese prose.
  if (han < 2 || han < other || han < latin * 0.5 || common / han < 0.1) return 0;
  return common / han + han / (han + other);
}

// The most frequent characters of Chinese government prose, in both scripts (the traditional
// forms come from OpenCC); a wrong legacy decoding produces valid but rare characters.
const COMMON_SIMPLIFIED =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质村构许族专量状世认证音单器况号斗周格改值维社规众资义色党教员济达影科光党应战层委务局县办员处府院厅部署街镇乡园设施项目工程建设推进完成实施提升服务开展加快全面保障';

const COMMON = new Set([...COMMON_SIMPLIFIED, ...OpenCC.Converter({ from: 'cn', to: 'hk' })(COMMON_SIMPLIFIED)]);

function checkText(text: string, file: string): string {
  const controls = text.match(/[\u0001-\u0008\u000B\u000E-\u001F\u007F]/g)?.length ?? 0;
  if (controls > Math.max(8, text.length * 0.001)) throw new ImportError(file, 'binary file (control characters), not text');
  if (text.trim().length === 0) throw new ImportError(file, 'empty file (only whitespace)');
  return text;
}

const META_FIELDS: Record<keyof DocumentMeta, 'string' | 'number'> = {
  title: 'string',
  publishedAt: 'string',
  year: 'number',
  source: 'string',
  url: 'string',
  district: 'string',
  script: 'string',
  genre: 'string',
};

/** Reads NAME.meta.json beside a document, if there is one; a broken one is an error. */
export function readMeta(txtFile: string): DocumentMeta {
  const metaFile = txtFile.replace(/\.txt$/i, '.meta.json');
  if (!fs.existsSync(metaFile)) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(metaFile, 'utf8'));
  } catch (err) {
    throw new ImportError(metaFile, `broken metadata: ${(err as Error).message}`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new ImportError(metaFile, 'broken metadata: expected a JSON object');
  const meta: DocumentMeta = {};
  for (const [key, value] of Object.entries(parsed)) {
    const expected = META_FIELDS[key as keyof DocumentMeta];
    if (!expected || value === null) continue;
    if (typeof value !== expected) throw new ImportError(metaFile, `broken metadata: "${key}" should be a ${expected}`);
    (meta as Record<string, unknown>)[key] = value;
  }
  if (meta.publishedAt && !/^\d{4}-\d{2}-\d{2}/.test(meta.publishedAt)) throw new ImportError(metaFile, `broken metadata: "publishedAt" should be a date YYYY-MM-DD, not "${meta.publishedAt}"`);
  return meta;
}

export function readDocument(file: string, maxBytes = DEFAULT_MAX_BYTES): RawDocument {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new ImportError(file, 'file does not exist');
  }
  if (stat.size > maxBytes) throw new ImportError(file, `file is ${(stat.size / 1048576).toFixed(1)} MB, over the ${(maxBytes / 1048576).toFixed(1)} MB limit (--max-size)`);
  const bytes = fs.readFileSync(file);
  const { text, encoding } = decode(bytes, file);
  return { key: path.basename(file).replace(/\.txt$/i, ''), file, text, encoding, meta: readMeta(file), bytes: bytes.length };
}
