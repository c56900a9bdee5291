import { validateSync } from 'class-validator';
import { IsNotBlank, IsSingleLine } from './field-rules';

class Shape {
  @IsSingleLine() name = '';
  @IsNotBlank() reason = '';
}

function refused(values: Partial<Shape>): string[] {
  return validateSync(Object.assign(new Shape(), values)).map((e) => e.property);
}

describe('field rules', () => {
  it('keeps single-line text free of line breaks and emoji variation selectors', () => {
    expect(refused({ name: '南京 示例', reason: 'x' })).toEqual([]);
    for (const name of ['a\nb', 'a\tb', '示例\ufe0f', '示例\ufe0e'])
      expect(refused({ name, reason: 'x' })).toEqual(['name']);
  });

  it('refuses a reason of white space alone', () => {
    for (const reason of ['', ' ', '\t\n ', '\u3000']) expect(refused({ reason })).toEqual(['reason']);
    expect(refused({ reason: ' 调岗 ' })).toEqual([]);
  });
});
