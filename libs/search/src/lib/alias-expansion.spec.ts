import { aliasCandidates, lookupKeys, registryContext } from './alias-expansion';
import type { RegistryEntity } from './registry';

const AMLO = 'Andrés Manuel López Obrador';
const amlo: RegistryEntity = {
  id: 'p-1', type: 'PERSON', canonical: AMLO, variants: [AMLO], aliases: ['AMLO', 'López Obrador'],
  aliasKeys: ['andres manuel lopez obrador', 'amlo', 'lopez obrador'], updatedAt: '2024-01-01T00:00:00Z',
};
const us: RegistryEntity = { id: 'l-1', type: 'LOCATION', canonical: 'United States', variants: ['United States'], aliases: ['US'], aliasKeys: ['united states', 'us'], updatedAt: '' };

describe('aliasCandidates', () => {
  it('lists runs of plain words, folded, and skips operators', () => {
    const keys = aliasCandidates('Lopez Obrador -Biden "border wall"').map((c) => c.key);
    expect(keys).toEqual(['lopez', 'lopez obrador', 'obrador']);
  });

  it('marks capitals', () => {
    expect(aliasCandidates('US').map((c) => c.shouted)).toEqual([true]);
    expect(aliasCandidates('us').map((c) => c.shouted)).toEqual([false]);
  });
});

describe('registryContext', () => {
  it('expands an alias that is the whole query to the canonical facet', () => {
    expect(registryContext({ q: 'amlo' }, [amlo]).expansions).toEqual([{ field: 'people', values: [AMLO], rest: '' }]);
  });

  it('keeps the other words as a required text query and prefers the longest alias', () => {
    expect(registryContext({ q: 'López Obrador migration' }, [amlo]).expansions).toEqual([{ field: 'people', values: [AMLO], rest: 'migration' }]);
  });

  it('needs capitals for short aliases ("tell us" is not the United States)', () => {
    expect(registryContext({ q: 'tell us' }, [us]).expansions).toEqual([]);
    expect(registryContext({ q: 'US border' }, [us]).expansions).toEqual([{ field: 'locations', values: ['United States'], rest: 'border' }]);
  });

  it('resolves filter values that are aliases of an entity of the filter type only', () => {
    const context = registryContext({ person: ['AMLO', 'Kamala Harris'], location: ['AMLO'] }, [amlo]);
    expect(context.filterValues).toEqual({ person: { AMLO: ['AMLO', AMLO] } });
  });

  it('asks the registry for query runs and filter values', () => {
    expect(lookupKeys({ q: 'AMLO visit', person: ['López Obrador'] })).toEqual(['amlo', 'amlo visit', 'visit', 'lopez obrador']);
  });
});
