import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { MAX_ARRAY_ITEMS } from './text-rules';

/**
 * Every DTO of the api, found by walking class-validator's metadata after loading every source
 * file that declares rules: a property that holds a list must be checked as a list (IsArray) of
 * bounded size (ArrayMaxSize) without repeats (UniqueItems: ArrayUnique takes quadratic time), and a nested object as an object (IsObject: ValidateNested alone
 * lets an array through). A DTO added later without them fails here.
 */
const SOURCE = join(__dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /(?<!\.spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

async function loadEveryDto(): Promise<void> {
  for (const file of sourceFiles(SOURCE)) {
    if (readFileSync(file, 'utf8').includes("from 'class-validator'")) await import(file);
  }
}

/** What class-validator records of one decorator on one property. */
interface ValidationMetadata {
  type: string;
  name?: string;
  propertyName: string;
  each?: boolean;
  constraints?: unknown[];
}

interface PropertyRules {
  target: string;
  property: string;
  designType: unknown;
  rules: ValidationMetadata[];
}

function everyProperty(): PropertyRules[] {
  const byTarget = (
    getMetadataStorage() as unknown as { validationMetadatas: Map<unknown, ValidationMetadata[]> }
  ).validationMetadatas;
  const out: PropertyRules[] = [];
  for (const [target, metadatas] of byTarget) {
    if (typeof target !== 'function') continue;
    const properties = new Map<string, ValidationMetadata[]>();
    for (const m of metadatas) properties.set(m.propertyName, [...(properties.get(m.propertyName) ?? []), m]);
    for (const [property, rules] of properties) {
      const designType: unknown = Reflect.getMetadata('design:type', target.prototype as object, property);
      out.push({ target: target.name, property, designType, rules });
    }
  }
  return out;
}

const named = (rules: ValidationMetadata[], name: string): boolean => rules.some((r) => r.name === name);
const isList = (p: PropertyRules): boolean => p.designType === Array || p.rules.some((r) => r.each === true);
const isNested = (p: PropertyRules): boolean =>
  !isList(p) && p.rules.some((r) => r.type === 'nestedValidation');

describe('the shape rules of every DTO', () => {
  let properties: PropertyRules[];

  beforeAll(async () => {
    await loadEveryDto();
    properties = everyProperty();
  });

  it('finds the DTOs (the walk itself works)', () => {
    const targets = new Set(properties.map((p) => p.target));
    for (const dto of ['InitiateTaskDto', 'CriteriaDto', 'ResultDto', 'DraftPlanDto', 'RegisterEntityDto']) {
      expect(targets).toContain(dto);
    }
    expect(properties.filter(isList).length).toBeGreaterThan(20);
  });

  it('checks every list as an array of bounded size', () => {
    const unchecked = properties
      .filter(isList)
      .filter((p) => !named(p.rules, 'isArray') || !named(p.rules, 'arrayMaxSize'))
      .map((p) => `${p.target}.${p.property}`);
    expect(unchecked).toEqual([]);
  });

  it('refuses a list that names one thing twice (UniqueItems, by a key for objects)', () => {
    const unchecked = properties
      .filter(isList)
      .filter((p) => !named(p.rules, 'uniqueItems') || named(p.rules, 'arrayUnique'))
      .map((p) => `${p.target}.${p.property}`);
    expect(unchecked).toEqual([]);
  });

  it('takes no list longer than the body parser lets through (MAX_ARRAY_ITEMS)', () => {
    const bounds = properties.flatMap((p) =>
      p.rules.filter((r) => r.name === 'arrayMaxSize').map((r) => Number(r.constraints?.[0])),
    );
    expect(bounds.length).toBeGreaterThan(20);
    expect(Math.max(...bounds)).toBe(MAX_ARRAY_ITEMS);
  });

  it('refuses a reason or note of spaces alone (IsNotBlank: a 400, not the 409 of a rule)', () => {
    const unchecked = properties
      .filter((p) => /reason$|^note$/i.test(p.property) && p.designType === String)
      .filter((p) => !named(p.rules, 'isNotBlank'))
      .map((p) => `${p.target}.${p.property}`);
    expect(unchecked).toEqual([]);
  });

  it('checks every nested object as an object, not an array', () => {
    const unchecked = properties
      .filter(isNested)
      .filter((p) => !named(p.rules, 'isObject'))
      .map((p) => `${p.target}.${p.property}`);
    expect(unchecked).toEqual([]);
  });
});
