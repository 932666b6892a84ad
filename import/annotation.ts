/**
 * The extraction / gold JSON format of ANNOTATION.md: one array of documents, each with its
 * entities and relations. The extractor writes it (with ids and mentions added), gold files are
 * written in it, and the scorer reads both.
 */

export type EntityType = 'District' | 'Department' | 'Project' | 'Indicator';
export type RelationType = 'RESPONSIBLE_FOR' | 'LOCATED_IN' | 'MEASURES' | 'PART_OF';

export type DistrictLevel = 'MUNICIPALITY' | 'DISTRICT' | 'AREA' | 'SUBDISTRICT';
export type DepartmentKind = 'GOVERNMENT' | 'PARTY' | 'COMMITTEE' | 'ENTERPRISE' | 'INSTITUTION';
export type DepartmentLevel = 'NATIONAL' | 'MUNICIPAL' | 'DISTRICT' | 'SUBDISTRICT';
export type ProjectStatus = 'PLANNED' | 'IN_PROGRESS' | 'COMPLETED' | 'UNKNOWN';
export type IndicatorKind = 'ACTUAL' | 'TARGET';
export type IndicatorMeasure = 'LEVEL' | 'CHANGE' | 'RATIO';
export type Role = 'LEAD' | 'PARTICIPANT' | 'UNSPECIFIED';

/** A place in the document text: offsets are UTF-16 code units into the cleaned text. */
export interface MentionSpan {
  start: number;
  end: number;
  quote: string;
}

interface EntityBase {
  /** Stable, deterministic id (added by the extractor; gold files omit it). */
  id?: string;
  aliases?: string[];
  mentions?: MentionSpan[];
}

export interface DistrictEntity extends EntityBase {
  type: 'District';
  name: string;
  level: DistrictLevel;
  code?: string | null;
}

export interface DepartmentEntity extends EntityBase {
  type: 'Department';
  name: string;
  kind: DepartmentKind;
  level: DepartmentLevel;
}

export interface ProjectEntity extends EntityBase {
  type: 'Project';
  name: string;
  status: ProjectStatus;
  sector?: string | null;
  startYear?: number | null;
  endYear?: number | null;
}

export interface IndicatorEntity extends EntityBase {
  type: 'Indicator';
  label: string;
  value: number;
  unit: string;
  year: number | null;
  kind: IndicatorKind;
  measure: IndicatorMeasure;
  approximate: boolean;
  /** Name of the Project, Department or District it measures. */
  subject: string | null;
  normalizedValue?: number;
  baseUnit?: string;
}

export type Entity = DistrictEntity | DepartmentEntity | ProjectEntity | IndicatorEntity;

export interface Relation {
  type: RelationType;
  /** An entity name, or for MEASURES the indicator key `label|value|unit`. */
  from: string;
  to: string;
  role?: Role;
  /** Where the text asserts it (added by the extractor). */
  evidence?: MentionSpan[];
}

export interface DocumentAnnotation {
  document: string;
  notes?: string[];
  entities: Entity[];
  relations: Relation[];
}

/** The key by which relations refer to an indicator: `label|value|unit`. */
export function indicatorKey(e: Pick<IndicatorEntity, 'label' | 'value' | 'unit'>): string {
  return `${e.label}|${e.value}|${e.unit}`;
}
