import type { StrippedDocument } from '@vidx/contracts';
import { enrich } from './enrich';

const doc: StrippedDocument = {
  schemaVersion: 1,
  id: 'x1',
  format: 'text',
  title: 'Harris meets AMLO',
  publishedAt: '2021-06-08',
  tags: [],
  language: 'en',
  description: 'raw',
  body: "Vice President Kamala Harris met Andrés Manuel López Obrador in Mexico City on Tuesday. Harris said 36% of $2 billion went to Mexico. López Obrador agreed.",
  removed: [],
  links: [],
  hashtags: [],
  chapters: [],
  sponsors: [],
  pipeline: { cleanedAt: '2024-01-01T00:00:00Z', strippedAt: '2024-01-01T00:00:01Z' },
};

describe('enrich', () => {
  it('adds entities and de-duplicated facet lists in first-mention order, keeping pipeline as given', () => {
    const out = enrich(doc);
    expect(out.pipeline).toEqual(doc.pipeline);
    expect(out.body).toBe(doc.body);
    expect(out.people).toEqual(['Kamala Harris', 'Andrés Manuel López Obrador']);
    expect(out.locations).toEqual(['Mexico City', 'Mexico']);
    expect(out.dates).toEqual(['2021-06-08']);
    expect(out.percents).toEqual(['36%']);
    expect(out.money).toEqual(['USD 2 billion']);
    expect(out.organizations).toEqual([]);
    expect(out.entities[0]).toMatchObject({ field: 'title', text: 'Harris', canonical: 'Kamala Harris' });
  });
});
