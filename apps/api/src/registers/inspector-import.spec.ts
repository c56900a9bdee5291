import { INSPECTION_METHOD_WORDS, INSPECTOR_CATEGORY_WORDS } from '@app/domain/registers/vocabulary-words';
import { INSPECTOR_COLUMNS, inspectorRowToPlain as toPlainOrRefusal } from './inspector-import';

const inspectorRowToPlain = (values: Record<string, string>) =>
  toPlainOrRefusal(values) as Record<string, unknown>;

const column = (field: string) => INSPECTOR_COLUMNS.find((c) => c.field === field)!;

describe('the inspector sheet speaks the console’s words', () => {
  it('prints the words of the forms in its example and notes', () => {
    expect(column('category').example).toBe('持证执法人员');
    expect(column('category').note).toContain('具备执法资格人员');
    expect(column('methods').example).toBe('实地核查');
    for (const word of Object.values(INSPECTION_METHOD_WORDS)) expect(column('methods').note).toContain(word);
  });

  it('reads every word the console shows', () => {
    for (const [code, word] of Object.entries(INSPECTOR_CATEGORY_WORDS)) {
      expect(inspectorRowToPlain({ category: word }).category).toBe(code);
    }
    const methods = Object.values(INSPECTION_METHOD_WORDS).join('；');
    expect(inspectorRowToPlain({ methods }).methods).toEqual(Object.keys(INSPECTION_METHOD_WORDS));
  });

  it('still reads sheets filled with the words earlier templates printed', () => {
    expect(inspectorRowToPlain({ category: '执法人员', methods: '现场检查、书面检查' })).toEqual({
      category: 'certified',
      methods: ['onsite', 'document_review'],
    });
  });
});
