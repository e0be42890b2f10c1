import type { EnrichedDocument, EntityMention } from '@vidx/contracts';
import { aliasOf, curatedUpdates, entityId, mergeEntity, registryAlias, registryIndexName, registryUpdates } from './registry';

const mention = (type: EntityMention['type'], text: string, canonical: string): EntityMention => ({ type, text, canonical, field: 'body', start: 0, end: text.length });
const doc = (entities: EntityMention[]) => ({ entities }) as EnrichedDocument;
const AMLO = 'Andrés Manuel López Obrador';

describe('entityId', () => {
  it('is stable, typed and shared by spellings that fold alike', () => {
    expect(entityId('PERSON', AMLO)).toMatch(/^p-[0-9a-f]{20}$/);
    expect(entityId('PERSON', AMLO)).toBe(entityId('PERSON', 'ANDRES MANUEL LOPEZ OBRADOR'));
    // A pinned value: changing the scheme would orphan every registry entry and facet id users kept.
    expect(entityId('PERSON', AMLO)).toBe('p-619643154eef2613f54c');
    expect(entityId('LOCATION', 'Mexico')).toBe(entityId('LOCATION', 'mexico'));
    expect(entityId('LOCATION', 'Mexico')).not.toBe(entityId('ORGANIZATION', 'Mexico'));
    expect(entityId('PERSON', 'Kamala Harris')).not.toBe(entityId('PERSON', 'Kamala Harri'));
  });
});

describe('registry names', () => {
  it('stay outside the videos index pattern <alias>-v*', () => {
    expect(registryAlias('videos')).toBe('videos-entities');
    expect(registryIndexName('videos')).toBe('videos-entities-v1');
    expect(registryIndexName('videos').startsWith('videos-v')).toBe(false);
  });
});

describe('registryUpdates', () => {
  it('merges mentions per entity across documents, with text aliases and curated ones', () => {
    const updates = registryUpdates([
      doc([mention('PERSON', 'López Obrador', AMLO), mention('PERSON', 'Lopez Obrador', AMLO), mention('DATE', 'Tuesday', '2021-06-08')]),
      doc([mention('PERSON', 'López Obrador’s', AMLO), mention('LOCATION', 'U.S.', 'United States')]),
    ]);
    expect(updates).toHaveLength(2);
    const amlo = updates.find((u) => u.type === 'PERSON');
    expect(amlo).toMatchObject({ id: entityId('PERSON', AMLO), canonical: AMLO, variants: [AMLO] });
    expect(amlo?.aliases).toEqual(expect.arrayContaining(['AMLO', 'López Obrador', 'Lopez Obrador']));
    expect(updates.find((u) => u.type === 'LOCATION')?.aliases).toContain('U.S.');
  });

  it('adds the deployment aliases', () => {
    const [update] = registryUpdates([doc([mention('PERSON', 'Ursula von der Leyen', 'Ursula von der Leyen')])], [{ canonical: 'Ursula von der Leyen', type: 'PERSON', aliases: ['VDL'] }]);
    expect(update.aliases).toContain('VDL');
  });

  it('turns table entries into updates for already registered entities', () => {
    expect(curatedUpdates([{ canonical: AMLO, type: 'PERSON', aliases: ['AMLO'] }])).toEqual([{ id: entityId('PERSON', AMLO), type: 'PERSON', canonical: AMLO, variants: [], aliases: ['AMLO'] }]);
  });
});

describe('aliasOf', () => {
  it('drops possessives and rejects non-names', () => {
    expect(aliasOf("Mexico's")).toBe('Mexico');
    expect(aliasOf('  New   York ')).toBe('New York');
    expect(aliasOf('2021')).toBeUndefined();
    expect(aliasOf('x'.repeat(201))).toBeUndefined();
  });
});

describe('mergeEntity', () => {
  const now = '2024-01-01T00:00:00.000Z';
  const update = { id: 'p-1', type: 'PERSON' as const, canonical: AMLO, variants: [AMLO], aliases: ['AMLO', 'López Obrador', 'Lopez Obrador', AMLO] };

  it('creates an entry with folded alias keys and the canonical not repeated as an alias', () => {
    const created = mergeEntity(undefined, update, now);
    expect(created?.aliases).toEqual(['AMLO', 'López Obrador']);
    expect(created?.aliasKeys).toEqual(['andres manuel lopez obrador', 'amlo', 'lopez obrador']);
  });

  it('writes nothing when an update adds nothing (redelivery, replay)', () => {
    const created = mergeEntity(undefined, update, now);
    expect(created).not.toBeNull();
    expect(mergeEntity(created ?? undefined, update, '2025-01-01T00:00:00.000Z')).toBeNull();
  });

  it('unions new aliases and spellings, keeping the first canonical', () => {
    const created = mergeEntity(undefined, update, now) ?? undefined;
    const merged = mergeEntity(created, { ...update, canonical: 'ANDRES MANUEL LOPEZ OBRADOR', variants: ['ANDRES MANUEL LOPEZ OBRADOR'], aliases: ['El Peje'] }, now);
    expect(merged).toMatchObject({ canonical: AMLO, variants: [AMLO, 'ANDRES MANUEL LOPEZ OBRADOR'], aliases: ['AMLO', 'López Obrador', 'El Peje'] });
  });
});
