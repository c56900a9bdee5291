import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import 'reflect-metadata';
import { getMetadataStorage } from 'class-validator';
import { FIELD_RULES, REFUSALS, fieldRuleMessage, isFieldRule, refusalMessage } from '@app/domain';
import { mapHeaders } from '../import/header-mapping';
import { ImportFileError } from '../import/import-file.error';
import { ENTITY_COLUMNS } from '../import/testing/import-fixtures';
import { PATTERN_RULES } from './field-rules';

/**
 * Every code the api can answer with, and every rule a field can break, has words in Chinese and
 * in English in the refusal catalogue (libs/domain/src/refusals), which the console speaks from.
 * The codes are found in the sources themselves: every UPPER_SNAKE text of libs/domain and
 * apps/api, less the few that are not answers (listed below with why). A code added later without
 * its words fails here.
 */
const ROOT = join(__dirname, '../../../..');
const SCANNED = ['libs/domain/src', 'apps/api/src'];
const CATALOGUE = 'libs/domain/src/refusals';

/** UPPER_SNAKE texts in the sources that are not codes of an answer. */
const NOT_ANSWERS: Record<string, RegExp> = {
  // and the names of security log events (the first argument of reportSecurityEvent), never answered
  'Fastify error codes, mapped to the api codes in error-response.ts': /^FST_/,
  'SQLite error codes, mapped to STORAGE_* in error-response.ts': /^SQLITE_/,
  'the example code of the decider test helper': /^RULE_CODE$/,
  'environment settings named in messages and comments': /^(SIMULATED_CLOCK|TOKEN_MAX_LIFETIME_HOURS)$/,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return relative(ROOT, path) === CATALOGUE ? [] : sourceFiles(path);
    return /(?<!\.spec)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const literals = (text: string): string[] =>
  [...text.matchAll(/['"`]([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)['"`]/g)].map(([, code]) => code);

function codesInSources(): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir)))) {
    const text = readFileSync(file, 'utf8');
    // Each text that names a security log event is passed over once (the same name may also be a code).
    const events = [...text.matchAll(/reportSecurityEvent\(\s*([^,]+),/g)].flatMap(([, first]) =>
      literals(first),
    );
    for (const code of literals(text)) {
      const asEvent = events.indexOf(code);
      if (asEvent >= 0) events.splice(asEvent, 1);
      else if (!Object.values(NOT_ANSWERS).some((pattern) => pattern.test(code)) && !found.has(code))
        found.set(code, relative(ROOT, file));
    }
  }
  return found;
}

/** The constraint names the DTOs use, read from class-validator's metadata once every DTO is loaded. */
async function constraintNamesOfDtos(): Promise<Set<string>> {
  for (const file of sourceFiles(join(ROOT, 'apps/api/src'))) {
    if (readFileSync(file, 'utf8').includes("from 'class-validator'")) await import(file);
  }
  const storage = getMetadataStorage() as unknown as {
    validationMetadatas: Map<unknown, { type: string; name?: string; constraints?: unknown[] }[]>;
  };
  const names = new Set<string>();
  for (const metadatas of storage.validationMetadatas.values()) {
    for (const m of metadatas) {
      if (m.type === 'conditionalValidation') continue; // IsOptional: lets a value through, refuses nothing
      const name = m.name ?? m.type;
      if (name === 'matches') {
        const pattern = m.constraints?.[0];
        names.add(PATTERN_RULES.get(pattern instanceof RegExp ? pattern.source : String(pattern)) ?? name);
      } else names.add(name);
    }
  }
  return names;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+(?:\.\w+)?)\}/g)].map(([, key]) => key).sort();

describe('the refusal catalogue', () => {
  it('has Chinese and English words for every code the code base answers with', () => {
    const codes = codesInSources();
    expect(codes.size).toBeGreaterThan(150); // the scan itself works
    const missing = [...codes]
      .filter(([code]) => !REFUSALS[code]?.zh || !REFUSALS[code]?.en)
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });

  it('has Chinese and English words for every rule a DTO can refuse a field by', async () => {
    const names = await constraintNamesOfDtos();
    expect(names).toContain('isCalendarDate'); // the walk found the api's own validators
    expect(names).toContain('regionCode'); // and told the patterns apart
    names.add('whitelistValidation'); // forbidNonWhitelisted: not a decorator of its own
    expect([...names].filter((name) => !isFieldRule(name))).toEqual([]);
  });

  it('fills the same details in both languages', () => {
    const all = { ...REFUSALS, ...FIELD_RULES } as Record<string, { zh: string; en: string }>;
    const differing = Object.entries(all)
      .filter(
        ([, words]) =>
          !words.zh.trim() ||
          !words.en.trim() ||
          placeholders(words.zh).join() !== placeholders(words.en).join(),
      )
      .map(([code]) => code);
    expect(differing).toEqual([]);
    expect(fieldRuleMessage('zh', 'isLength', { min: 1, max: 200 })).toBe('须为 1 至 200 个字。');
  });

  it('words each field rule in English as a predicate that reads after the field’s label', () => {
    // "Name: is required.", "Ratio: must be from 0% to 100%." (moreProblems opens with its count).
    const notAfterLabel = Object.entries(FIELD_RULES)
      .filter(([, words]) => !/^(?:[a-z]|\{count\})/.test(words.en) || !words.en.endsWith('.'))
      .map(([rule]) => rule);
    expect(notAfterLabel).toEqual([]);
  });

  it('says what is wrong with an import file, from the details the api gives', () => {
    const headerRefusal = (cells: string[]): unknown => {
      try {
        mapHeaders(cells, ENTITY_COLUMNS);
      } catch (error) {
        if (error instanceof ImportFileError) return error.details;
        throw error;
      }
      throw new Error('expected the header row to be refused');
    };
    const tail = '。请使用下载的模板填写，保存为 .xlsx 或 CSV 文件，且表头保持不变。';
    expect(refusalMessage('zh', 'IMPORT_FILE_INVALID', headerRefusal(['地址']))).toBe(
      `文件无法导入，表头缺少必填列：统一社会信用代码、名称${tail}`,
    );
    expect(refusalMessage('en', 'IMPORT_FILE_INVALID', headerRefusal(['地址']))).toMatch(
      /^The file cannot be imported: the header row lacks the required columns 统一社会信用代码, 名称\. /,
    );
    expect(
      refusalMessage('zh', 'IMPORT_FILE_INVALID', headerRefusal(['code', '名称', '统一社会信用代码'])),
    ).toBe(`文件无法导入，表头中以下列重复：统一社会信用代码${tail}`);
    expect(refusalMessage('zh', 'IMPORT_FILE_INVALID', { unknownHeaders: ['备注', '序号'] })).toBe(
      `文件无法导入，表头中没有模板所列的列（现有表头：备注、序号）${tail}`,
    );
    expect(
      refusalMessage('zh', 'IMPORT_FILE_INVALID', { line: 7, reason: 'a quoted value is not closed' }),
    ).toBe(`文件无法导入，CSV 文件第 7 行格式有误（如引号不成对）${tail}`);
    // Details the words cannot use (an unreadable workbook's technical reason) leave the general advice.
    expect(refusalMessage('zh', 'IMPORT_FILE_INVALID', { reason: 'no central directory' })).toBe(
      `文件无法导入${tail}`,
    );
  });
});
