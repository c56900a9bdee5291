import { entityWithinJurisdiction, regionWithinJurisdiction } from './jurisdiction';

const county = { departmentId: 'xuanwu', regionCode: '320102' };
const city = { departmentId: 'nanjing', regionCode: '320100' };
const province = { departmentId: 'jiangsu', regionCode: '320000' };

describe('jurisdiction', () => {
  it('a county covers its own region only', () => {
    expect(regionWithinJurisdiction(county, '320102')).toBe(true);
    expect(regionWithinJurisdiction(county, '320104')).toBe(false);
  });

  it('a city covers its counties, not another city', () => {
    expect(regionWithinJurisdiction(city, '320104')).toBe(true);
    expect(regionWithinJurisdiction(city, '320200')).toBe(false);
    expect(regionWithinJurisdiction(city, '320201')).toBe(false);
  });

  it('a province covers its cities and counties, not another province', () => {
    expect(regionWithinJurisdiction(province, '320506')).toBe(true);
    expect(regionWithinJurisdiction(province, '330102')).toBe(false);
  });

  it('an entity the department registered is within it wherever it lies', () => {
    expect(entityWithinJurisdiction(county, { regionCode: '320104', registeredBy: 'xuanwu' })).toBe(true);
    expect(entityWithinJurisdiction(county, { regionCode: '320104', registeredBy: 'qinhuai' })).toBe(false);
    expect(entityWithinJurisdiction(county, { regionCode: '320102' })).toBe(true);
  });
});
