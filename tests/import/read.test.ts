import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, ImportError, listCorpus, readDocument, readMeta } from '../../import/read.js';
import { tempDir } from '../support/tempDir.js';

// Real sentences from the seeds.
const SIMPLIFIED = '今年经济社会发展主要预期目标是:地区生产总值增长5.5%,区级一般公共预算收入增长4%。';
const TRADITIONAL = '在養老服務方面,建成街鎮區域養老服務中心15家,新增養老家庭照護床位6327張。';

const tmp = () => tempDir('pg-read-');

describe('decode', () => {
  it('reads UTF-8, with or without a BOM', () => {
    expect(decode(Buffer.from(SIMPLIFIED), 'a.txt')).toEqual({ text: SIMPLIFIED, encoding: 'UTF-8' });
    expect(decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED)]), 'a.txt').text).toBe(SIMPLIFIED);
  });

  it('detects GB18030 and Big5', () => {
    expect(decode(iconv.encode(SIMPLIFIED, 'gb18030'), 'a.txt')).toEqual({ text: SIMPLIFIED, encoding: 'GB18030' });
    expect(decode(iconv.encode(TRADITIONAL, 'big5'), 'a.txt')).toEqual({ text: TRADITIONAL, encoding: 'Big5' });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), /empty file/],
    ['whitespace only', Buffer.from(' \n\t\n'), /empty file/],
    ['a binary file', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), /binary file/],
    ['UTF-16', Buffer.from([0xff, 0xfe, 0x77, 0x6d]), /UTF-16/],
    ['Latin-1 text', Buffer.from('café résumé naïve déjà vu à la carte, été, où, garçon', 'latin1'), /cannot decode/],
  ])('rejects %s with a reason naming the file', (_name, bytes, reason) => {
    expect(() => decode(bytes, 'bad.txt')).toThrow(ImportError);
    expect(() => decode(bytes, 'bad.txt')).toThrow(reason);
    try {
      decode(bytes, 'bad.txt');
    } catch (err) {
      expect((err as ImportError).file).toBe('bad.txt');
    }
  });
});

describe('readDocument and readMeta', () => {
  it('reads a document with its metadata and key', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'doc1.txt'), SIMPLIFIED);
    fs.writeFileSync(path.join(dir, 'doc1.meta.json'), JSON.stringify({ title: '海淀区政府工作报告', publishedAt: '2025-01-07', year: 2025 }));
    const doc = readDocument(path.join(dir, 'doc1.txt'));
    expect(doc.key).toBe('doc1');
    expect(doc.meta).toEqual({ title: '海淀区政府工作报告', publishedAt: '2025-01-07', year: 2025 });
  });

  it('rejects broken metadata, naming the .meta.json file', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'doc.txt'), SIMPLIFIED);
    fs.writeFileSync(path.join(dir, 'doc.meta.json'), '{"title": "unterminated');
    expect(() => readMeta(path.join(dir, 'doc.txt'))).toThrow(/doc\.meta\.json: broken metadata/);
    fs.writeFileSync(path.join(dir, 'doc.meta.json'), '{"year": "2025"}');
    expect(() => readMeta(path.join(dir, 'doc.txt'))).toThrow(/"year" should be a number/);
  });

  it('rejects a file over the size limit', () => {
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'big.txt'), SIMPLIFIED.repeat(100));
    expect(() => readDocument(path.join(dir, 'big.txt'), 1024)).toThrow(/over the 0\.0 MB limit|over the .* limit/);
  });

  it('rejects a corpus folder that does not exist', () => {
    expect(() => listCorpus('/no/such/folder')).toThrow(/corpus folder does not exist/);
  });
});
