import { section } from '../../section';

/** Labels of the coverage of the item list by a year's plans. */
export const planCoverage = section(
  {
    coverage: '{year} 年计划对抽查事项清单的覆盖情况',
    coverageCaption: '{year} 年已发布计划覆盖的抽查事项，按部门',
    coverageCsv: '计划覆盖情况-{year}',
    activeItems: '在用抽查事项',
    coveredItems: '已纳入计划',
    uncoveredItems: '未纳入任何已发布计划的抽查事项',
    allCovered: '已发布的计划覆盖了全部在用抽查事项',
    allCoveredShort: '全部覆盖',
    someUncovered: '有 {n} 项抽查事项未纳入任何已发布的计划',
  },
  {
    coverage: 'Coverage of the item list by the {year} plans',
    coverageCaption: 'Check items covered by the published {year} plans, by department',
    coverageCsv: 'plan-coverage-{year}',
    activeItems: 'Items in force',
    coveredItems: 'In a plan',
    uncoveredItems: 'Items in no published plan',
    allCovered: 'The published plans cover every check item in force',
    allCoveredShort: 'All covered',
    someUncovered: '{n} check items are in no published plan',
  },
);
