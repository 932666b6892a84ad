/** Which projects pages go to placeProjects.cypher: a place's pages by name with nothing else asked. */
import { describe, expect, it } from 'vitest';
import { isPlacePage, type ProjectsRequest } from '../../src/db/queries.js';
import { projectFilter } from '../../src/filters.js';
import { stableId } from '../../import/ids.js';

const HAIDIAN = stableId('District', '海淀区');
const request = (where: Parameters<typeof projectFilter>[0], extra: Partial<ProjectsRequest> = {}): ProjectsRequest => ({
  ...projectFilter(where),
  order: 'NAME',
  desc: false,
  after: null,
  ...extra,
});

describe('isPlacePage', () => {
  it('takes a place\'s first page by name, counted or not, and later pages that count nothing', () => {
    expect(isPlacePage(request({ district: HAIDIAN }))).toBe(true);
    expect(isPlacePage(request({ district: HAIDIAN }, { count: false }))).toBe(true);
    expect(isPlacePage(request({ district: HAIDIAN }, { count: false, after: { key: '中关村', id: 'pro_x' } }))).toBe(true);
    expect(isPlacePage(request({ district: HAIDIAN }, { prefetch: { departments: true, provenance: false, details: false, indicators: 5, projectDetails: false, indicatorDetails: false } }))).toBe(true);
  });

  it('leaves every other shape to the general statement', () => {
    expect(isPlacePage(request({}))).toBe(false);
    expect(isPlacePage(request({ district: HAIDIAN }, { after: { key: '中关村', id: 'pro_x' } }))).toBe(false);
    expect(isPlacePage(request({ district: HAIDIAN }, { desc: true }))).toBe(false);
    expect(isPlacePage(request({ district: HAIDIAN }, { order: 'START_YEAR' }))).toBe(false);
    expect(isPlacePage(request({ district: HAIDIAN, status: ['IN_PROGRESS'] as never }))).toBe(false);
    expect(isPlacePage(request({ district: HAIDIAN, name: '中关村' }))).toBe(false);
    expect(isPlacePage(request({ district: HAIDIAN, startYear: { min: 2020 } }))).toBe(false);
    expect(isPlacePage(request({ district: HAIDIAN, department: stableId('Department', '海淀区民政局') }))).toBe(false);
  });
});
