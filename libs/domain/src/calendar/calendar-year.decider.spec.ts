import { deciderSpecification } from '../testing/decider-specification';
import { calendarYearDecider } from './calendar-year.decider';

const spec = deciderSpecification(calendarYearDecider);
const command = {
  kind: 'PublishCalendarYear' as const,
  year: 2027,
  holidays: ['2027-01-01', '2027-02-06'],
  workdays: ['2027-02-20'],
  notice: '国办发明电〔2026〕X号',
};
const published = {
  type: 'CalendarYearPublished' as const,
  data: {
    year: 2027,
    holidays: ['2027-01-01', '2027-02-06'],
    workdays: ['2027-02-20'],
    notice: command.notice,
  },
};

describe('calendar year', () => {
  it('publishes a year, and the same again changes nothing', () => {
    spec.given([]).when(command).then([published]);
    spec.given([published]).when(command).then([]);
  });

  it.each([1999, 2101, 9999])(
    'given nothing, when year %i is entered, then CALENDAR_YEAR_OUT_OF_RANGE',
    (year) => {
      spec
        .given([])
        .when({ ...command, year, holidays: [`${year}-01-01`], workdays: [] })
        .thenRejects('CALENDAR_YEAR_OUT_OF_RANGE');
    },
  );

  it('refuses days outside the year or not real days', () => {
    spec
      .given([])
      .when({ ...command, holidays: ['2026-12-31'] })
      .thenRejects('CALENDAR_DATE_OUTSIDE_YEAR');
    spec
      .given([])
      .when({ ...command, holidays: ['2027-02-30'] })
      .thenRejects('CALENDAR_DATE_OUTSIDE_YEAR');
  });

  it('refuses a day both off and worked, and a make-up day that is not a weekend', () => {
    spec
      .given([])
      .when({ ...command, workdays: ['2027-02-06'], holidays: ['2027-02-06'] })
      .thenRejects('CALENDAR_DAY_BOTH_OFF_AND_WORKED');
    spec
      .given([])
      .when({ ...command, workdays: ['2027-02-22'] })
      .thenRejects('CALENDAR_WORKDAY_NOT_WEEKEND');
  });
});
