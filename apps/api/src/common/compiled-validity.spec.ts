import { plainToInstance } from 'class-transformer';
import { ValidationTypes, getMetadataStorage, validateSync } from 'class-validator';
import { ENTITY_KINDS, INSPECTION_METHODS, INSPECTOR_CATEGORIES, SCALES } from '@app/domain';
import { sampleCreditCode } from '@app/domain/testing/sample-codes';
import { RegisterEntityDto } from '../registers/entity.dto';
import { RegisterInspectorDto } from '../registers/inspector.dto';
import { compileValidity } from './compiled-validity';

const MISSING = Symbol('missing');
type Candidates = Record<string, unknown[]>;

const text = (max: number) => [
  '甲',
  'a'.repeat(max),
  'a'.repeat(max + 1),
  '',
  '  ',
  'a\tb',
  'a\nb',
  'x\uFE0F',
  7,
  null,
  MISSING,
];
const list = (max: number, item: string) => [
  [item],
  [],
  [item, item],
  Array.from({ length: max }, (_, i) => `词${i}`),
  Array.from({ length: max + 1 }, (_, i) => `词${i}`),
  ['食品；经营'],
  [''],
  [' 前'],
  ['中 间'],
  [1],
  'a',
  null,
  MISSING,
];
const region = ['320102', '32010', '3201020', 'abcdef', 320102, null, MISSING];

/** Values of each field: valid, at each bound, and breaking each rule. */
const ENTITY: Candidates = {
  code: [
    sampleCreditCode(1),
    sampleCreditCode(2).toLowerCase(),
    '91350100M000100Y44',
    'abc',
    'a b',
    'a'.repeat(64),
    'a'.repeat(65),
    '',
    18,
    null,
    MISSING,
  ],
  name: text(200),
  kind: [...ENTITY_KINDS, 'company', 1, null, MISSING],
  address: text(500),
  legalRepresentative: text(100),
  contactMobile: ['13800000000', '1380000000', '23800000000', 'abc', 13800000000, null, MISSING],
  regionCode: region,
  industryCode: ['F5211', 'H', 'H62', '6210', '62', 'Z1', 'F52111', 'f5211', '', null, MISSING],
  scale: [...SCALES, 'huge', '', null, MISSING],
  tags: list(30, '食品经营'),
  creditRisk: ['A', 'B', 'C', 'D', 'E', 'a', null, MISSING],
  abnormalList: [true, false, 'true', 1, null, MISSING],
  seriousViolationList: [true, false, '否', 0, null, MISSING],
  complaintsThisYear: [0, 100000, 100001, -1, 1.5, '3', Number.NaN, null, MISSING],
  extra: ['x', MISSING],
};

const INSPECTOR: Candidates = {
  departmentId: ['scjg-320102', 'a'.repeat(64), 'a'.repeat(65), 'a b', '', 5, null, MISSING],
  name: text(100),
  idCardNumber: ['11010519491231002X', '110105194912310021', '11010519491331002X', 'abc', null, MISSING],
  category: [...INSPECTOR_CATEGORIES, 'x', null, MISSING],
  certificateNo: ['32010200123', 'a b', '', 32010200123, null, MISSING],
  enforcementValidUntil: ['2028-12-31', '2028-13-01', '2028-1-1', '', null, MISSING],
  regionCode: region,
  specialties: list(30, '食品安全'),
  methods: [
    [INSPECTION_METHODS[0]],
    [...INSPECTION_METHODS],
    [INSPECTION_METHODS[0], INSPECTION_METHODS[0]],
    [...INSPECTION_METHODS, 'x'],
    ['x'],
    [],
    'onsite',
    null,
    MISSING,
  ],
  phone: ['13800138000', '010-12345678', '0101234567', '123', null, MISSING],
  extra: ['x', MISSING],
};

/** A small deterministic generator: the same cases on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function plainOf(choice: Record<string, unknown>): Record<string, unknown> {
  const plain: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(choice)) if (value !== MISSING) plain[key] = value;
  return plain;
}

/** Every row differing from a valid one in one field, then rows differing in several, at random. */
function cases(candidates: Candidates, count: number): Record<string, unknown>[] {
  const valid = Object.fromEntries(
    Object.entries(candidates).map(([key, values]) => [key, key === 'extra' ? MISSING : values[0]]),
  );
  const out = [plainOf(valid)];
  for (const [key, values] of Object.entries(candidates)) {
    for (const value of values) out.push(plainOf({ ...valid, [key]: value }));
  }
  const next = random(25);
  const keys = Object.keys(candidates);
  for (let n = 0; n < count; n += 1) {
    const choice = { ...valid };
    const changes = 1 + Math.floor(next() * 4);
    for (let c = 0; c < changes; c += 1) {
      const key = keys[Math.floor(next() * keys.length)];
      choice[key] = candidates[key][Math.floor(next() * candidates[key].length)];
    }
    out.push(plainOf(choice));
  }
  return out;
}

/** Every rule of the class, as class-validator names it in an error: `property:constraint`. */
function rulesOf(type: new () => object): Set<string> {
  const storage = getMetadataStorage();
  const rules = new Set<string>();
  for (const metadata of storage.getTargetValidationMetadatas(
    type,
    undefined as unknown as string,
    false,
    false,
  )) {
    if (metadata.type !== ValidationTypes.CUSTOM_VALIDATION) continue;
    for (const constraint of storage.getTargetValidatorConstraints(metadata.constraintCls)) {
      rules.add(`${metadata.propertyName}:${constraint.name}`);
    }
  }
  return rules;
}

describe.each([
  ['RegisterEntityDto', RegisterEntityDto, ENTITY],
  ['RegisterInspectorDto', RegisterInspectorDto, INSPECTOR],
] as [string, new () => object, Candidates][])('the compiled check of %s', (_name, type, candidates) => {
  const compiled = compileValidity<object>(type)!;
  const all = cases(candidates, 3000);

  it('compiles (the class has only rules it reproduces)', () => {
    expect(compiled).toBeDefined();
  });

  it('says valid exactly when validateSync does, row by row, and breaks every rule along the way', () => {
    const broken = new Set<string>();
    let valid = 0;
    for (const plain of all) {
      const errors = validateSync(plainToInstance(type, plain), {
        whitelist: true,
        forbidNonWhitelisted: true,
      });
      for (const error of errors) {
        for (const constraint of Object.keys(error.constraints ?? {}))
          broken.add(`${error.property}:${constraint}`);
      }
      const instance = Object.assign(new type(), plain);
      if (compiled(instance) !== (errors.length === 0)) {
        throw new Error(
          `${JSON.stringify(plain)}: compiled ${compiled(instance)}, validateSync ${JSON.stringify(errors.map((e) => e.constraints))}`,
        );
      }
      if (errors.length === 0) valid += 1;
    }
    expect(valid).toBeGreaterThan(100);
    for (const rule of rulesOf(type)) expect(broken).toContain(rule);
    expect(broken).toContain(`extra:${ValidationTypes.WHITELIST}`);
  });

  it('checks the instance the import makes as plainToInstance makes it', () => {
    for (const plain of all.slice(0, 300)) {
      expect(Object.assign(new type(), plain)).toEqual(plainToInstance(type, plain));
    }
  });
});
