import { describe, expect, it } from 'vitest';
import type {
  DepartmentEntity,
  DistrictEntity,
  DocumentAnnotation,
  Entity,
  IndicatorEntity,
  ProjectEntity,
  Relation,
} from '../../../import/annotation.js';
import { formatMisses, formatTable, toJson } from '../../../import/eval/format.js';
import { maximumMatching, normalizeName, prf, scoreCorpus } from '../../../import/eval/score.js';
import { checkThresholds, parseThresholds } from '../../../import/eval/thresholds.js';

// --- builders --------------------------------------------------------------------------------

const district = (name: string, aliases?: string[], level: DistrictEntity['level'] = 'DISTRICT'): DistrictEntity => ({
  type: 'District',
  name,
  level,
  ...(aliases ? { aliases } : {}),
});
const dept = (name: string, aliases?: string[], kind: DepartmentEntity['kind'] = 'GOVERNMENT'): DepartmentEntity => ({
  type: 'Department',
  name,
  kind,
  level: 'DISTRICT',
  ...(aliases ? { aliases } : {}),
});
const project = (name: string, status: ProjectEntity['status'] = 'IN_PROGRESS', aliases?: string[]): ProjectEntity => ({
  type: 'Project',
  name,
  status,
  ...(aliases ? { aliases } : {}),
});
const indicator = (label: string, value: number, unit: string, extra: Partial<IndicatorEntity> = {}): IndicatorEntity => ({
  type: 'Indicator',
  label,
  value,
  unit,
  year: 2024,
  kind: 'ACTUAL',
  measure: 'LEVEL',
  approximate: false,
  subject: null,
  ...extra,
});
const rel = (type: Relation['type'], from: string, to: string, role?: Relation['role']): Relation => ({
  type,
  from,
  to,
  ...(role ? { role } : {}),
});
const doc = (document: string, entities: Entity[], relations: Relation[] = []): DocumentAnnotation => ({
  document,
  entities,
  relations,
});

/** Scores one predicted document against one gold document (same name). */
function score1(pred: Entity[], gold: Entity[], predRel: Relation[] = [], goldRel: Relation[] = []) {
  return scoreCorpus([doc('d', pred, predRel)], [doc('d', gold, goldRel)]);
}

// --- normalisation ---------------------------------------------------------------------------

describe('normalizeName', () => {
  it('converts to simplified script, drops whitespace, quotes and pinyin artefacts', () => {
    expect(normalizeName('海淀區民政局')).toBe('海淀区民政局');
    expect(normalizeName('區(qū)民政局')).toBe('区民政局');
    expect(normalizeName('發(fā)布會')).toBe('发布会');
    expect(normalizeName('“一键呼”')).toBe('一键呼');
    expect(normalizeName('「海淀食堂」')).toBe('海淀食堂');
    expect(normalizeName(' 清河 之洲 ')).toBe('清河之洲');
    expect(normalizeName("'接诉即办'")).toBe('接诉即办');
  });

  it('keeps parentheses holding Han characters or digits', () => {
    expect(normalizeName('清河之洲(树村段)')).toBe('清河之洲(树村段)');
    expect(normalizeName('东方厂安置房项目(二期)')).toBe('东方厂安置房项目(二期)');
    expect(normalizeName('北京八中(27班中小学)')).toBe('北京八中(27班中小学)');
    expect(normalizeName('朝阳区(CBD)')).toBe('朝阳区(CBD)');
    expect(normalizeName('聯(lián)絡')).toBe('联络');
    expect(normalizeName('西安(xī’ān)')).toBe('西安');
  });
});

// --- entities --------------------------------------------------------------------------------

describe('District and Department matching', () => {
  it('matches through an alias of either side', () => {
    const r = score1([district('海淀')], [district('海淀区', ['海淀', '海淀區'])]);
    expect(r.types.District).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    const r2 = score1(
      [dept('北京市发展和改革委员会')],
      [dept('市发改委', ['北京市发展和改革委员会'])],
    );
    expect(r2.types.Department.tp).toBe(1);
  });

  it('matches traditional against simplified script', () => {
    const r = score1([dept('海淀區民政局')], [dept('海淀区民政局')]);
    expect(r.types.Department.tp).toBe(1);
    const r2 = score1([district('溫泉鎮', undefined, 'SUBDISTRICT')], [district('温泉镇', undefined, 'SUBDISTRICT')]);
    expect(r2.types.District.tp).toBe(1);
  });

  it('ignores quotation marks in names', () => {
    const r = score1([dept('“中关村科学城管理委员会”')], [dept('中关村科学城管理委员会')]);
    expect(r.types.Department.tp).toBe(1);
  });

  it('does not match by containment', () => {
    const r = score1([dept('海淀区民政局')], [dept('北京市海淀区民政局局长办公室')]);
    expect(r.types.Department).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('scores department kind and level as attributes over matched pairs', () => {
    const r = score1([dept('中关村科学城公司', [], 'GOVERNMENT')], [dept('中关村科学城公司', [], 'ENTERPRISE')]);
    expect(r.types.Department.tp).toBe(1);
    expect(r.attributes['Department.kind']).toEqual({ matched: 1, correct: 0, accuracy: 0 });
    expect(r.attributes['Department.level']).toEqual({ matched: 1, correct: 1, accuracy: 1 });
  });
});

describe('Project matching', () => {
  it('matches when one name contains the other and the shorter has 4 characters', () => {
    const r = score1([project('海淀食堂')], [project('海淀食堂项目')]);
    expect(r.types.Project.tp).toBe(1);
  });

  it('does not match by containment when the shorter has only 3 characters', () => {
    const r = score1([project('厂通路')], [project('厂通路二期')]);
    expect(r.types.Project).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('still matches equal 3-character names, and containment through aliases', () => {
    expect(score1([project('厂通路')], [project('厂通路')]).types.Project.tp).toBe(1);
    const r = score1([project('疏整促专项行动2024')], [project('疏解整治促提升专项行动', 'IN_PROGRESS', ['疏整促专项行动'])]);
    expect(r.types.Project.tp).toBe(1);
  });

  it('counts code points, not UTF-16 units (an astral character is one character)', () => {
    // 𠀀 is outside the BMP: 3 characters, 4 UTF-16 units → too short for containment.
    const r = score1([project('𠀀厂通')], [project('𠀀厂通路')]);
    expect(r.types.Project.tp).toBe(0);
  });

  it('scores status as an attribute', () => {
    const r = score1([project('清河之洲', 'IN_PROGRESS')], [project('清河之洲', 'COMPLETED')]);
    expect(r.types.Project.tp).toBe(1);
    expect(r.attributes['Project.status']).toEqual({ matched: 1, correct: 0, accuracy: 0 });
    expect(r.documents[0]!.attributeErrors).toEqual([
      { attribute: 'Project.status', item: '清河之洲', gold: 'COMPLETED', predicted: 'IN_PROGRESS' },
    ]);
  });
});

describe('one-to-one maximum matching', () => {
  it('lets two predicted entities compete for one gold entity: one TP, one FP', () => {
    const r = score1([district('海淀区'), district('海淀區')], [district('海淀区', ['海淀'])]);
    expect(r.types.District).toMatchObject({ gold: 1, predicted: 2, tp: 1, fp: 1, fn: 0 });
    expect(r.types.District.precision).toBe(0.5);
    expect(r.documents[0]!.falsePositives).toHaveLength(1);
  });

  it('finds the maximum matching where greedy matching in input order would not', () => {
    // Predicted 回天地区三年行动计划 matches both gold projects (equal to the first, contained in the
    // second); predicted …计划项目 matches only the first. Greedy in input order gives the first gold
    // project the first prediction and leaves the second gold project unmatched: TP 1 instead of 2.
    const gold = [project('回天地区三年行动计划'), project('回天地区三年行动计划(2018-2020年)')];
    const pred = [project('回天地区三年行动计划'), project('回天地区三年行动计划项目')];
    for (const p of [pred, [...pred].reverse()]) {
      for (const g of [gold, [...gold].reverse()]) {
        expect(score1(p, g).types.Project.tp).toBe(2);
      }
    }
  });

  it('maximumMatching itself: a path that greedy blocks', () => {
    // gold a matches p0 and p1; gold b matches only p0. Greedy takes a–p0 and leaves b unmatched.
    const edges: Record<string, string[]> = { a: ['p0', 'p1'], b: ['p0'] };
    const pairs = maximumMatching(['a', 'b'], ['p0', 'p1'], (g, p) => edges[g]!.includes(p));
    expect(pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('among maximum matchings prefers the pairing that agrees on attributes', () => {
    const gold = [
      indicator('新增养老床位', 100, '张', { year: 2023 }),
      indicator('新增托育托位', 100, '张', { year: 2024 }),
    ];
    const pred = [
      indicator('新增托育托位', 100, '张', { year: 2024 }),
      indicator('新增养老床位', 100, '张', { year: 2023 }),
    ];
    const r = score1(pred, gold);
    expect(r.types.Indicator.tp).toBe(2);
    expect(r.attributes['Indicator.label'].correct).toBe(2);
    expect(r.attributes['Indicator.year'].correct).toBe(2);
  });
});

describe('Indicator matching', () => {
  it('matches 158.3 亿元 with 15830000000 元', () => {
    const r = score1([indicator('教育支出', 15830000000, '元')], [indicator('教育支出', 158.3, '亿元')]);
    expect(r.types.Indicator.tp).toBe(1);
  });

  it('matches 233.2 万人次 with 2332000 人次, but not with 2332000 人', () => {
    expect(score1([indicator('游园', 2332000, '人次')], [indicator('游园', 233.2, '万人次')]).types.Indicator.tp).toBe(1);
    expect(score1([indicator('游园', 2332000, '人')], [indicator('游园', 233.2, '万人次')]).types.Indicator.tp).toBe(0);
  });

  it('matches 7% with 7 ％', () => {
    const r = score1([indicator('地区生产总值增长', 7, ' ％')], [indicator('地区生产总值增长', 7, '%')]);
    expect(r.types.Indicator.tp).toBe(1);
  });

  it('requires the relative difference to be under 1e-6', () => {
    expect(score1([indicator('解决率', 97.81000001, '%')], [indicator('解决率', 97.81, '%')]).types.Indicator.tp).toBe(1);
    expect(score1([indicator('解决率', 97.8, '%')], [indicator('解决率', 97.81, '%')]).types.Indicator.tp).toBe(0);
  });

  it('matches whatever the label, and scores label, year, kind, measure as attributes', () => {
    const r = score1(
      [indicator('新增学位', 7900, '个', { year: 2025, kind: 'TARGET', measure: 'LEVEL' })],
      [indicator('新增中小学学位', 7900, '个', { year: 2024, kind: 'ACTUAL', measure: 'LEVEL' })],
    );
    expect(r.types.Indicator.tp).toBe(1);
    expect(r.attributes['Indicator.label']).toEqual({ matched: 1, correct: 0, accuracy: 0 });
    expect(r.attributes['Indicator.year']).toEqual({ matched: 1, correct: 0, accuracy: 0 });
    expect(r.attributes['Indicator.kind']).toEqual({ matched: 1, correct: 0, accuracy: 0 });
    expect(r.attributes['Indicator.measure']).toEqual({ matched: 1, correct: 1, accuracy: 1 });
    // character overlap: 新增学位 vs 新增中小学学位 → 2·4 / (4 + 7)
    expect(r.labelOverlap.mean).toBeCloseTo(8 / 11, 10);
  });

  it('compares labels after normalisation', () => {
    const r = score1([indicator('接訴即辦解決率', 97.81, '%')], [indicator('接诉即办解决率', 97.81, '%')]);
    expect(r.attributes['Indicator.label'].correct).toBe(1);
  });
});

// --- relations -------------------------------------------------------------------------------

describe('relation matching', () => {
  const goldEntities: Entity[] = [
    district('北京市', ['北京'], 'MUNICIPALITY'),
    district('海淀区', ['海淀', '海淀區']),
    dept('海淀区民政局', ['海淀區民政局']),
    project('海淀食堂'),
    indicator('海淀食堂挂牌运营', 30, '家', { subject: '海淀食堂' }),
  ];

  it('resolves relation ends through aliases', () => {
    const pred: Entity[] = [district('海淀'), dept('海淀區民政局'), project('海淀食堂')];
    const r = score1(
      pred,
      goldEntities,
      [rel('LOCATED_IN', '海淀食堂', '海淀'), rel('RESPONSIBLE_FOR', '海淀區民政局', '海淀食堂', 'LEAD')],
      [rel('LOCATED_IN', '海淀食堂', '海淀区'), rel('RESPONSIBLE_FOR', '海淀区民政局', '海淀食堂', 'LEAD')],
    );
    expect(r.types.LOCATED_IN.tp).toBe(1);
    expect(r.types.RESPONSIBLE_FOR.tp).toBe(1);
  });

  it('resolves an end naming an alias of the other side (海淀區 written in the relation)', () => {
    const r = score1(
      [district('海淀区', ['海淀區']), project('海淀食堂')],
      goldEntities,
      [rel('LOCATED_IN', '海淀食堂', '海淀區')],
      [rel('LOCATED_IN', '海淀食堂', '海淀区')],
    );
    expect(r.types.LOCATED_IN.tp).toBe(1);
  });

  it('matches project ends by the Project rule (containment of at least 4 characters)', () => {
    const r = score1(
      [district('海淀区'), project('海淀食堂项目')],
      goldEntities,
      [rel('LOCATED_IN', '海淀食堂项目', '海淀区')],
      [rel('LOCATED_IN', '海淀食堂', '海淀区')],
    );
    expect(r.types.LOCATED_IN.tp).toBe(1);
  });

  it('matches MEASURES through the indicator key: different label, same value and unit', () => {
    const r = score1(
      [project('海淀食堂'), indicator('挂牌运营海淀食堂', 30, '家')],
      goldEntities,
      [rel('MEASURES', '挂牌运营海淀食堂|30|家', '海淀食堂')],
      [rel('MEASURES', '海淀食堂挂牌运营|30|家', '海淀食堂')],
    );
    expect(r.types.MEASURES.tp).toBe(1);
    expect(r.types.Indicator.tp).toBe(1);
  });

  it('matches MEASURES through folded magnitudes (158.3 亿元 vs 15830000000 元)', () => {
    const r = score1(
      [district('海淀区'), indicator('教育支出', 15830000000, '元')],
      [district('海淀区'), indicator('教育支出', 158.3, '亿元')],
      [rel('MEASURES', '教育支出|15830000000|元', '海淀区')],
      [rel('MEASURES', '教育支出|158.3|亿元', '海淀区')],
    );
    expect(r.types.MEASURES.tp).toBe(1);
  });

  it('does not match MEASURES whose indicator values differ', () => {
    const r = score1(
      [project('海淀食堂'), indicator('海淀食堂挂牌运营', 31, '家')],
      goldEntities,
      [rel('MEASURES', '海淀食堂挂牌运营|31|家', '海淀食堂')],
      [rel('MEASURES', '海淀食堂挂牌运营|30|家', '海淀食堂')],
    );
    expect(r.types.MEASURES).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts a role mismatch in attribute accuracy, not in the match', () => {
    const r = score1(
      [dept('海淀区民政局'), project('海淀食堂')],
      goldEntities,
      [rel('RESPONSIBLE_FOR', '海淀区民政局', '海淀食堂', 'PARTICIPANT')],
      [rel('RESPONSIBLE_FOR', '海淀区民政局', '海淀食堂', 'LEAD')],
    );
    expect(r.types.RESPONSIBLE_FOR).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(r.attributes['RESPONSIBLE_FOR.role']).toEqual({ matched: 1, correct: 0, accuracy: 0 });
  });

  it('treats a missing role as UNSPECIFIED', () => {
    const r = score1(
      [dept('海淀区民政局'), project('海淀食堂')],
      goldEntities,
      [rel('RESPONSIBLE_FOR', '海淀区民政局', '海淀食堂')],
      [rel('RESPONSIBLE_FOR', '海淀区民政局', '海淀食堂', 'UNSPECIFIED')],
    );
    expect(r.attributes['RESPONSIBLE_FOR.role'].correct).toBe(1);
  });

  it('requires the same type and the right direction', () => {
    const r = score1(
      [district('海淀区'), district('北京市')],
      goldEntities,
      [rel('PART_OF', '北京市', '海淀区'), rel('LOCATED_IN', '海淀区', '北京市')],
      [rel('PART_OF', '海淀区', '北京市')],
    );
    expect(r.types.PART_OF).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(r.types.LOCATED_IN).toMatchObject({ tp: 0, fp: 1, fn: 0 });
  });

  it('compares an end that names no entity as a string under the equal-names rule', () => {
    // Predicted document holds no entities: ends are compared as strings against the gold names.
    const r = score1([], goldEntities, [rel('PART_OF', '海淀區', '北京')], [rel('PART_OF', '海淀区', '北京市')]);
    expect(r.types.PART_OF.tp).toBe(1);
    const r2 = score1([], goldEntities, [rel('PART_OF', '海淀区', '北京市政府')], [rel('PART_OF', '海淀区', '北京市')]);
    expect(r2.types.PART_OF.tp).toBe(0);
  });

  it('picks the entity of the expected type when a name is shared (杨庄街道 district and office)', () => {
    const gold: Entity[] = [
      district('通州区'),
      district('杨庄街道', undefined, 'SUBDISTRICT'),
      dept('杨庄街道办事处', ['杨庄街道']),
      project('杨庄路'),
    ];
    const r = score1(
      [district('通州区'), district('杨庄街道', undefined, 'SUBDISTRICT'), project('杨庄路')],
      gold,
      [rel('LOCATED_IN', '杨庄路', '杨庄街道')],
      [rel('LOCATED_IN', '杨庄路', '杨庄街道')],
    );
    expect(r.types.LOCATED_IN.tp).toBe(1);
  });

  it('matches relations one to one: a duplicate prediction is a false positive', () => {
    const r = score1(
      [district('海淀区'), district('北京市')],
      goldEntities,
      [rel('PART_OF', '海淀区', '北京市'), rel('PART_OF', '海淀', '北京')],
      [rel('PART_OF', '海淀区', '北京市')],
    );
    expect(r.types.PART_OF).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});

// --- scores and conventions ------------------------------------------------------------------

describe('precision, recall, F1 conventions', () => {
  it('nothing in gold and nothing predicted: P = R = F1 = 1', () => {
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    const r = score1([], []);
    for (const t of Object.values(r.types)) expect(t).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(r.attributes['Indicator.year']).toEqual({ matched: 0, correct: 0, accuracy: 1 });
  });

  it('predicted but nothing in gold: P = 0, R = 1, F1 = 0', () => {
    expect(prf(0, 3, 0)).toMatchObject({ precision: 0, recall: 1, f1: 0, fp: 3 });
  });

  it('gold but nothing predicted: P = 1, R = 0, F1 = 0', () => {
    expect(prf(0, 0, 2)).toMatchObject({ precision: 1, recall: 0, f1: 0, fn: 2 });
  });

  it('predicted > 0 and TP = 0: P = 0, F1 = 0', () => {
    expect(prf(0, 2, 2)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('ordinary case', () => {
    const s = prf(3, 4, 6);
    expect(s.precision).toBe(0.75);
    expect(s.recall).toBe(0.5);
    expect(s.f1).toBeCloseTo(0.6, 12);
  });
});

describe('documents', () => {
  it('counts every item of a gold document missing from the predictions as a false negative', () => {
    const gold = [
      doc('000_925b2dea4116c0a2', [district('海淀区'), project('海淀食堂')], [rel('LOCATED_IN', '海淀食堂', '海淀区')]),
    ];
    const r = scoreCorpus([], gold);
    expect(r.types.District).toMatchObject({ gold: 1, predicted: 0, tp: 0, fn: 1, precision: 1, recall: 0, f1: 0 });
    expect(r.types.LOCATED_IN.fn).toBe(1);
    expect(r.documents[0]!.hasPrediction).toBe(false);
    expect(r.documents[0]!.falseNegatives.map((m) => m.text)).toEqual(['海淀区', '海淀食堂', '海淀食堂 → 海淀区']);
  });

  it('ignores a predicted document with no gold, listing it as unscored', () => {
    const r = scoreCorpus(
      [doc('a', [district('海淀区')]), doc('zzz', [district('西城区')])],
      [doc('a', [district('海淀区')])],
    );
    expect(r.types.District).toMatchObject({ gold: 1, predicted: 1, tp: 1 });
    expect(r.unscoredDocuments).toEqual(['zzz']);
  });

  it('matches only within a document', () => {
    const r = scoreCorpus(
      [doc('a', [district('西城区')]), doc('b', [district('海淀区')])],
      [doc('a', [district('海淀区')]), doc('b', [district('西城区')])],
    );
    expect(r.types.District.tp).toBe(0);
  });

  it('micro-averages over documents (sums TP, FP, FN before dividing)', () => {
    // Document a: 1 gold, 1 predicted, 1 TP (P = 1). Document b: 3 gold, 3 predicted, 1 TP (P = 1/3).
    // Macro precision would be 2/3; micro precision is 2/6.
    const r = scoreCorpus(
      [
        doc('a', [dept('海淀区民政局')]),
        doc('b', [dept('西城区人民政府'), dept('西城区发改委'), dept('西城区教委')]),
      ],
      [
        doc('a', [dept('海淀区民政局')]),
        doc('b', [dept('西城区人民政府'), dept('中共北京市西城区委员会'), dept('西城区财政局')]),
      ],
    );
    expect(r.types.Department).toMatchObject({ gold: 4, predicted: 4, tp: 2, fp: 2, fn: 2 });
    expect(r.types.Department.precision).toBe(0.5);
    expect(r.types.Department.recall).toBe(0.5);
    expect(r.documents.map((d) => d.counts.Department.tp)).toEqual([1, 1]);
  });

  it('rejects a document listed twice', () => {
    expect(() => scoreCorpus([], [doc('a', []), doc('a', [])])).toThrow(/more than once/);
  });
});

// --- thresholds and formatting ---------------------------------------------------------------

describe('thresholds', () => {
  it('lists every figure below its threshold', () => {
    const r = score1(
      [district('海淀区'), district('西城区'), indicator('解决率', 97.81, '%', { year: 2025 })],
      [district('海淀区'), indicator('解决率', 97.81, '%', { year: 2024 })],
    );
    const failures = checkThresholds(
      r,
      parseThresholds({
        types: { District: { f1: 0.95, precision: 0.95 }, Indicator: { f1: 0.9 } },
        attributes: { 'Indicator.year': 0.9, 'Indicator.kind': 0.9 },
      }),
    );
    expect(failures).toEqual([
      'District precision 0.5000 < 0.95',
      'District F1 0.6667 < 0.95',
      'Indicator.year accuracy 0.0000 < 0.9 (0/1 matched pairs correct)',
    ]);
  });

  it('rejects unknown types and attributes', () => {
    expect(() => parseThresholds({ types: { Distrct: { f1: 0.9 } } })).toThrow(/unknown type/);
    expect(() => parseThresholds({ attributes: { 'Indicator.yaer': 0.9 } })).toThrow(/unknown attribute/);
  });
});

describe('format', () => {
  const r = score1(
    [district('海淀区'), project('海淀食堂', 'COMPLETED')],
    [district('海淀区'), project('清河之洲'), project('海淀食堂')],
  );

  it('prints the table and the misses', () => {
    expect(formatTable(r)).toMatch(/^Project\s+2\s+1\s+1\s+1\.0000\s+0\.5000\s+0\.6667$/m);
    const misses = formatMisses(r);
    expect(misses).toContain('== d ==');
    expect(misses).toMatch(/false negatives.*\n\s+Project\s+清河之洲/);
    expect(misses).toContain('Project.status');
  });

  it('rounds JSON numbers to 4 decimals and adds miss lists only on request', () => {
    const j = toJson(r);
    expect(j.types.Project).toMatchObject({ precision: 1, recall: 0.5, f1: 0.6667 });
    expect(j.documents[0]!.falseNegatives).toBeUndefined();
    expect(toJson(r, { misses: true }).documents[0]!.falseNegatives).toEqual([{ type: 'Project', text: '清河之洲' }]);
  });
});
