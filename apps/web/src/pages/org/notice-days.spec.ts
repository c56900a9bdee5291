import { noticeDays } from './notice-days';

describe("a notice's days as typed", () => {
  it('reads single days and ranges, ends included, sorted and each once', () => {
    expect(noticeDays('2027-02-06 至 2027-02-08\n2027-01-01\n\n2027-02-07，2027-01-02~2027-01-03')).toEqual({
      days: ['2027-01-01', '2027-01-02', '2027-01-03', '2027-02-06', '2027-02-07', '2027-02-08'],
      unreadable: [],
    });
  });

  it('gives back what is not a day, a backward range and a range of more than a month', () => {
    expect(
      noticeDays('春节\n2027-02-30\n2027-02-08 至 2027-02-06\n2027-01-01 至 2027-03-01').unreadable,
    ).toEqual(['春节', '2027-02-30', '2027-02-08 至 2027-02-06', '2027-01-01 至 2027-03-01']);
  });
});
