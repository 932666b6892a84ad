/**
 * Reference data (import/reference/*.json): Beijing's districts with their GB/T 2260 codes, named
 * areas, subdistricts, municipal departments with official names and abbreviations, and the
 * standard line-up of a district's departments. True beyond any one document; loaded once.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DepartmentKind, DepartmentLevel, DistrictLevel } from './annotation.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'reference');
const load = <T>(name: string): T => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as T;

export interface Place {
  name: string;
  level: DistrictLevel;
  code: string | null;
  /** Containing places, nearest first (an AREA may lie in two districts). */
  parents: string[];
  aliases: string[];
  /** Names that mean this place only where the context makes it clear (回天, CBD). */
  contextAliases?: string[];
  /**
   * Names a reader may look the place up by, which text matching must not use: a district's
   * short form that is also an ordinary word or another place (朝阳, 大兴; see districts.json).
   */
  lookupNames?: string[];
}

export interface MunicipalDepartment {
  name: string;
  aliases: string[];
  kind: DepartmentKind;
  level: DepartmentLevel;
  partOf: string | null;
  status?: string;
  successor?: string;
}

export interface DistrictDepartmentTemplate {
  name: string;
  aliases: string[];
  kind: DepartmentKind;
  level: DepartmentLevel;
  appliesTo: 'DISTRICT' | 'SUBDISTRICT';
  canonical: string;
  aliasPatterns?: string[];
}

interface RawDistrict {
  name: string;
  level: DistrictLevel;
  code: string | null;
  parent: string | null;
  aliases: string[];
  shortForm?: string;
  shortFormSafe?: boolean;
}
interface RawArea {
  name: string;
  aliases?: string[];
  contextAliases?: string[];
  parents: string[];
}
interface RawSubdistricts {
  district: string;
  subdistricts: string[];
  aliases?: Record<string, string>;
  ambiguousAcrossDistricts?: string[];
}

export class Reference {
  readonly places = new Map<string, Place>();
  /** Every name or alias of a place → its canonical name. */
  readonly placeNames = new Map<string, string>();
  readonly departments = new Map<string, MunicipalDepartment>();
  /** Every name or alias of a municipal/national body → its canonical name. */
  readonly departmentNames = new Map<string, string>();
  readonly templates: DistrictDepartmentTemplate[];
  /** Subdistrict names that exist in more than one district. */
  readonly ambiguousSubdistricts = new Set<string>();

  constructor() {
    for (const d of load<RawDistrict[]>('districts.json')) {
      const aliases = [...d.aliases.filter((a) => a !== d.shortForm || d.shortFormSafe !== false)];
      const lookupNames = d.shortForm && d.shortFormSafe === false ? [d.shortForm] : [];
      this.addPlace({ name: d.name, level: d.level, code: d.code, parents: d.parent ? [d.parent] : [], aliases, lookupNames });
    }
    for (const a of load<RawArea[]>('areas.json')) {
      this.addPlace({ name: a.name, level: 'AREA', code: null, parents: a.parents, aliases: a.aliases ?? [], contextAliases: a.contextAliases ?? [] });
    }
    for (const group of load<RawSubdistricts[]>('subdistricts.json')) {
      for (const name of group.subdistricts) {
        const existing = this.places.get(name);
        if (existing) {
          existing.parents.push(group.district);
          this.ambiguousSubdistricts.add(name);
          continue;
        }
        this.addPlace({ name, level: 'SUBDISTRICT', code: null, parents: [group.district], aliases: [] });
      }
      for (const [alias, name] of Object.entries(group.aliases ?? {})) {
        if (!this.placeNames.has(alias)) this.placeNames.set(alias, name);
        this.places.get(name)?.aliases.push(alias);
      }
    }
    for (const d of load<MunicipalDepartment[]>('municipal_departments.json')) {
      if (d.status === 'historic') continue;
      this.departments.set(d.name, d);
      for (const n of [d.name, ...d.aliases]) if (!this.departmentNames.has(n)) this.departmentNames.set(n, d.name);
    }
    this.templates = load<DistrictDepartmentTemplate[]>('district_departments.json');
  }

  private addPlace(p: Place): void {
    this.places.set(p.name, p);
    for (const n of [p.name, ...p.aliases]) if (!this.placeNames.has(n)) this.placeNames.set(n, p.name);
  }

  place(name: string): Place | undefined {
    const canonical = this.placeNames.get(name);
    return canonical ? this.places.get(canonical) : undefined;
  }

  /** The DISTRICT-level place a place lies in (itself for a district), or null (北京市, unknown). */
  districtOf(name: string): string | null {
    let p = this.place(name);
    for (let guard = 0; p && guard < 5; guard++) {
      if (p.level === 'DISTRICT') return p.name;
      const parent = p.parents[0];
      p = parent ? this.places.get(parent) : undefined;
    }
    return null;
  }

  /** The short form of a district (海淀区 → 海淀), used in name patterns such as 北京市公安局海淀分局. */
  static shortForm(district: string): string {
    return district.replace(/区$/, '');
  }

  districts(): Place[] {
    return [...this.places.values()].filter((p) => p.level === 'DISTRICT');
  }
}

let shared: Reference | undefined;
export function reference(): Reference {
  shared ??= new Reference();
  return shared;
}
