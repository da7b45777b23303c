import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PlanFileError, readPlanFile } from '../src/plan-file/read.js';

const shipped = () => JSON.parse(readFileSync(new URL('../../../plans/linkoping-2019-2022.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('a plan file', () => {
  it('reads the shipped plan: three priority areas, twelve activities under their areas, four groups', () => {
    const plan = readPlanFile(shipped());
    expect(plan.areas.map((a) => [a.code, a.activities.map((x) => x.code)])).toEqual([
      ['6.1', ['6.1.1', '6.1.2', '6.1.3']],
      ['6.2', ['6.2.1', '6.2.2', '6.2.3', '6.2.4', '6.2.5']],
      ['6.3', ['6.3.1', '6.3.2', '6.3.3', '6.3.4']],
    ]);
    expect(plan.groups.map((g) => g.id)).toEqual(['styrgrupp', 'beredningsgrupp', 'est-gruppen', 'omradesgrupper']);
    expect(plan.period).toEqual({ from: '2019-06-01', to: '2022-12-31' });
  });

  it('names every problem with its place in the file, all at once', () => {
    const broken = shipped();
    const areas = broken.areas as { code: string; goal?: string; activities: { code: string; cadence: string }[] }[];
    delete areas[1]!.goal;
    areas[2]!.activities[0]!.code = '6.2.9';
    areas[0]!.activities[1]!.cadence = 'sometimes';
    (broken.period as { to: string }).to = '2018-01-01';
    let problems: string[] = [];
    try {
      readPlanFile(broken);
    } catch (error) {
      problems = (error as PlanFileError).problems;
    }
    expect(problems).toEqual([
      'areas[0].activities[1].cadence: one of weekly, monthly, yearly, recurring, ongoing, as_needed expected',
      'areas[1].goal: text expected',
      'areas[2].activities[0].code: "6.2.9" does not lie under its area 6.3',
      'period.to: before period.from',
    ]);
  });

  it('refuses what is not a plan at all', () => {
    expect(() => readPlanFile([])).toThrow(PlanFileError);
    expect(() => readPlanFile({ id: 'X Y' })).toThrow(/id: 3–60 lower-case/);
  });
});
