import { blankResult, draftOf, resultOf } from './result-draft';

describe('the result form', () => {
  it('starts with one blank finding per item, inspected today', () => {
    expect(blankResult(['i1', 'i2'], '2026-03-02')).toEqual({
      category: '',
      method: '',
      inspectedOn: '2026-03-02',
      findings: [
        { itemId: 'i1', finding: '', compliant: '' },
        { itemId: 'i2', finding: '', compliant: '' },
      ],
      signatureRefused: false,
      witness: '',
      notes: '',
    });
  });

  it('sends what was typed, leaving out blank optional fields', () => {
    const draft = blankResult(['i1', 'i2'], '2026-03-02');
    draft.category = 'ordered_to_correct';
    draft.method = 'sampling_test';
    draft.findings[0] = { itemId: 'i1', finding: ' 未公示年报 ', compliant: 'no' };
    draft.signatureRefused = true;
    draft.witness = ' 李四 ';
    expect(resultOf(draft)).toEqual({
      category: 'ordered_to_correct',
      method: 'sampling_test',
      itemFindings: [
        { itemId: 'i1', finding: '未公示年报', compliant: false },
        { itemId: 'i2', finding: '' },
      ],
      inspectedOn: '2026-03-02',
      signatureRefused: true,
      witness: '李四',
    });
  });

  it('fills the form with a result, keeping every item of the department', () => {
    const draft = draftOf(
      {
        category: 'compliant',
        itemFindings: [{ itemId: 'i2', finding: '合格', compliant: true }],
        inspectedOn: '2026-03-03',
        notes: '复查',
      },
      ['i1', 'i2'],
    );
    expect(draft.findings).toEqual([
      { itemId: 'i1', finding: '', compliant: '' },
      { itemId: 'i2', finding: '合格', compliant: 'yes' },
    ]);
    expect(resultOf(draft)).toMatchObject({ category: 'compliant', notes: '复查' });
  });

  it("keeps a result's method, leaves a blank one out (the api names the field), and an old result's unchosen", () => {
    const withMethod = draftOf(
      { category: 'compliant', method: 'third_party', itemFindings: [], inspectedOn: '2026-03-03' },
      [],
    );
    expect(withMethod.method).toBe('third_party');
    expect(resultOf(withMethod).method).toBe('third_party');
    const old = draftOf({ category: 'compliant', itemFindings: [], inspectedOn: '2026-03-03' }, []);
    expect(old.method).toBe('');
    expect('method' in resultOf(old)).toBe(false);
  });
});
