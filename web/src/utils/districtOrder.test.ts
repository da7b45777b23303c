import { describe, expect, it } from 'vitest';
import { byPriorityThenName } from './districtOrder';

describe('byPriorityThenName', () => {
  it('puts priority districts first, each group in Swedish alphabetical order', () => {
    const districts = [
      { name: 'Åleryd', priority: false },
      { name: 'Skäggetorp', priority: true },
      { name: 'Ekholmen', priority: false },
      { name: 'Berga', priority: true },
      { name: 'Zenit', priority: null },
    ];
    expect(districts.sort(byPriorityThenName('sv-SE')).map((d) => d.name)).toEqual([
      'Berga', 'Skäggetorp', 'Ekholmen', 'Zenit', 'Åleryd',
    ]);
  });
});
