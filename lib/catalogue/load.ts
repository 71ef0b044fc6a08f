import bundled from '../../assets/catalogue/entities.json';
import { ENTITY_TYPES, type Catalogue, type ContextCondition, type ContextRule, type Entity, type EntityLink } from './types';

/** Checks an untrusted catalogue (the bundled file, a user's import) and returns it typed; throws with the first fault. */
export function parseCatalogue(value: unknown): Catalogue {
  const catalogue = record(value, 'catalogue');
  if (typeof catalogue.version !== 'number') throw new Error('catalogue: version must be a number');
  const entities = list(catalogue.entities, 'catalogue.entities').map((entity, index) => parseEntity(entity, `entities[${index}]`));
  const ids = new Set<string>();
  for (const entity of entities) {
    if (ids.has(entity.id)) throw new Error(`catalogue: duplicate id ${entity.id}`);
    ids.add(entity.id);
  }
  return { version: catalogue.version, entities };
}

let cached: Catalogue | undefined;

/** The catalogue bundled with the extension. */
export function bundledCatalogue(): Catalogue {
  cached ??= parseCatalogue(bundled);
  return cached;
}

function parseEntity(value: unknown, where: string): Entity {
  const entity = record(value, where);
  const type = text(entity.type, `${where}.type`);
  if (!(ENTITY_TYPES as readonly string[]).includes(type)) throw new Error(`${where}.type: unknown type ${type}`);
  const parsed: Entity = {
    id: text(entity.id, `${where}.id`),
    nameAr: text(entity.nameAr, `${where}.nameAr`),
    nameEn: text(entity.nameEn, `${where}.nameEn`),
    type: type as Entity['type'],
    forms: texts(entity.forms, `${where}.forms`),
  };
  if (entity.aliasesEn !== undefined) parsed.aliasesEn = texts(entity.aliasesEn, `${where}.aliasesEn`);
  if (entity.nisba !== undefined) parsed.nisba = texts(entity.nisba, `${where}.nisba`);
  if (entity.links !== undefined) parsed.links = list(entity.links, `${where}.links`).map((link, index) => parseLink(link, `${where}.links[${index}]`));
  if (entity.context !== undefined) {
    parsed.context = list(entity.context, `${where}.context`).map((rule, index) => parseRule(rule, `${where}.context[${index}]`));
  }
  if (entity.notTypos !== undefined) parsed.notTypos = texts(entity.notTypos, `${where}.notTypos`);
  return parsed;
}

function parseLink(value: unknown, where: string): EntityLink {
  const link = record(value, where);
  return { id: text(link.id, `${where}.id`), relation: text(link.relation, `${where}.relation`) };
}

function parseRule(value: unknown, where: string): ContextRule {
  const rule = record(value, where);
  const parsed: ContextRule = {
    forms: texts(rule.forms, `${where}.forms`),
    description: text(rule.description, `${where}.description`),
    example: text(rule.example, `${where}.example`),
  };
  if (rule.rejectShadda !== undefined) {
    if (typeof rule.rejectShadda !== 'boolean') throw new Error(`${where}.rejectShadda must be a boolean`);
    parsed.rejectShadda = rule.rejectShadda;
  }
  if (rule.rejectRespelled !== undefined) {
    if (typeof rule.rejectRespelled !== 'boolean') throw new Error(`${where}.rejectRespelled must be a boolean`);
    parsed.rejectRespelled = rule.rejectRespelled;
  }
  if (rule.reject !== undefined) parsed.reject = list(rule.reject, `${where}.reject`).map((condition, index) => parseCondition(condition, `${where}.reject[${index}]`));
  if (rule.require !== undefined) parsed.require = list(rule.require, `${where}.require`).map((condition, index) => parseCondition(condition, `${where}.require[${index}]`));
  return parsed;
}

function parseCondition(value: unknown, where: string): ContextCondition {
  const condition = record(value, where);
  const parsed: ContextCondition = {};
  if (condition.after !== undefined) parsed.after = texts(condition.after, `${where}.after`);
  if (condition.before !== undefined) parsed.before = texts(condition.before, `${where}.before`);
  if (condition.near !== undefined) parsed.near = texts(condition.near, `${where}.near`);
  if (condition.notNear !== undefined) parsed.notNear = texts(condition.notNear, `${where}.notNear`);
  if (condition.proclitic !== undefined) parsed.proclitic = text(condition.proclitic, `${where}.proclitic`);
  if (condition.named !== undefined) parsed.named = text(condition.named, `${where}.named`);
  return parsed;
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${where} must be an object`);
  return value as Record<string, unknown>;
}

function list(value: unknown, where: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${where} must be a list`);
  return value;
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new Error(`${where} must be a non-empty string`);
  return value;
}

function texts(value: unknown, where: string): string[] {
  return list(value, where).map((item, index) => text(item, `${where}[${index}]`));
}
