import { ENTITY_ID, EntityParamsSchema } from './entities';
import { entityId } from './registry';

describe('EntityParamsSchema', () => {
  it('applies defaults and coerces size', () => {
    expect(EntityParamsSchema.parse({ prefix: ' lop ', size: '5' })).toEqual({ prefix: 'lop', size: 5 });
    expect(EntityParamsSchema.parse({}).size).toBe(10);
  });

  it('names bad parameters', () => {
    const issues = (query: Record<string, unknown>) => EntityParamsSchema.safeParse(query).error?.issues.map((i) => i.path.join('.') || i.code);
    expect(issues({ type: 'DATE' })).toEqual(['type']);
    expect(issues({ size: '51' })).toEqual(['size']);
    expect(issues({ prefix: '   ' })).toEqual(['prefix']);
    expect(issues({ q: 'x' })).toEqual(['unrecognized_keys']);
  });
});

describe('ENTITY_ID', () => {
  it('accepts ids entityId makes and nothing else', () => {
    expect(ENTITY_ID.test(entityId('ORGANIZATION', 'Bloomberg'))).toBe(true);
    expect(ENTITY_ID.test('p-../../etc')).toBe(false);
  });
});
