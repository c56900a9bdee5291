import { openAccounts } from './accounts';
import { DemoCounty, type DemoApi, type DemoSizes } from './demo-county';
import { publishPlans, registerCounty } from './registers';
import { TASK_STORIES, playStory } from './tasks';

export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './accounts';
export { DemoCounty, type DemoApi, type DemoSizes } from './demo-county';

/**
 * Seeds the demonstration county on an api with SIMULATED_CLOCK=true and
 * DRAW_WITHOUT_BEACON=any: registers, plans, every task story led by two departments in turn,
 * then the demo accounts; the clock is left on the day before `today`.
 */
export async function seedDemoCounty(api: DemoApi, today: string, sizes: DemoSizes): Promise<DemoCounty> {
  const county = new DemoCounty(api, today, sizes);
  await registerCounty(county);
  await publishPlans(county);
  // Each story twice: scjg leading with xf, ws leading with hb.
  for (const story of TASK_STORIES) for (const lead of [0, 2]) await playStory(county, story, lead);
  await county.at(county.daysAgo(1));
  await openAccounts(county);
  return county;
}
