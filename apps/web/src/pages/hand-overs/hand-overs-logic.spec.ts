import { handOverAnswerBody, liveTasks, mayAnswer, type HandOverItem } from './hand-overs-logic';

describe('the hand-overs page (Yiyuan 二十八)', () => {
  const item = { status: 'awaiting' } as HandOverItem;

  it('lets an operator or head of the receiving department answer an awaiting hand-over', () => {
    expect(mayAnswer(item, 'received', ['operator'])).toBe(true);
    expect(mayAnswer(item, 'received', ['head'])).toBe(true);
    expect(mayAnswer(item, 'sent', ['operator'])).toBe(false);
    expect(mayAnswer({ ...item, status: 'taken' }, 'received', ['operator'])).toBe(false);
    expect(mayAnswer(item, 'received', ['inspector'])).toBe(false);
  });

  it('sends the task taken into, or the reason declined', () => {
    expect(handOverAnswerBody({ taken: true, intoTaskId: 't2', reason: 'x' })).toEqual({
      taken: true,
      intoTaskId: 't2',
    });
    expect(handOverAnswerBody({ taken: false, intoTaskId: 't2', reason: ' 不在辖区 ' })).toEqual({
      taken: false,
      reason: '不在辖区',
    });
  });

  it('offers the live tasks, not cancelled ones nor the task it came from', () => {
    const tasks = [
      { id: 't1', status: 'locked' },
      { id: 't2', status: 'initiated' },
      { id: 't3', status: 'cancelled' },
    ];
    expect(liveTasks(tasks, 't1').map((t) => t.id)).toEqual(['t2']);
  });
});
