import { curatedAliases, parseAliasTable } from './alias-table';
import { InvalidAliasTableError } from './errors';
import { extractEntities } from './extract';

describe('parseAliasTable', () => {
  it('accepts the versioned object and the bare entries array', () => {
    const entry = { canonical: 'Ursula von der Leyen', type: 'PERSON', aliases: ['VDL'] };
    expect(parseAliasTable({ version: '2', entries: [entry] })).toEqual({ version: '2', entries: [entry] });
    expect(parseAliasTable([{ canonical: 'Acme Corp', type: 'ORGANIZATION' }]).entries[0].aliases).toEqual([]);
  });

  it('names the bad entry and field', () => {
    const bad = () => parseAliasTable({ entries: [{ canonical: 'A', type: 'PERSON', aliases: [] }, { canonical: '', type: 'THING', aliases: [] }] }, 'aliases.json');
    expect(bad).toThrow(InvalidAliasTableError);
    expect(bad).toThrow(/aliases\.json[\s\S]*entries\.1\.canonical[\s\S]*entries\.1\.type/);
    expect(() => parseAliasTable({ entries: [], extra: 1 })).toThrow(/not a valid alias table/);
  });
});

describe('curatedAliases', () => {
  it('lists the built-in aliases of a canonical entity and adds the user ones', () => {
    expect(curatedAliases('PERSON', 'Andrés Manuel López Obrador')).toContain('AMLO');
    expect(curatedAliases('LOCATION', 'Andrés Manuel López Obrador')).toEqual([]);
    const extra = [{ canonical: 'Andrés Manuel López Obrador', type: 'PERSON' as const, aliases: ['El Peje'] }];
    expect(curatedAliases('PERSON', 'andres manuel lopez obrador', extra)).toEqual(expect.arrayContaining(['AMLO', 'El Peje']));
  });
});

describe('user aliases in extraction', () => {
  it('resolve a name no text defines to the user canonical', () => {
    const aliases = [{ canonical: 'Ursula von der Leyen', type: 'PERSON' as const, aliases: ['VDL'] }];
    const mentions = extractEntities({ title: '', body: 'On Monday VDL met farmers in Brussels.' }, { aliases });
    expect(mentions.find((m) => m.text === 'VDL')).toMatchObject({ type: 'PERSON', canonical: 'Ursula von der Leyen' });
  });
});

describe('multi-word surnames of curated people', () => {
  it('give a document that only says "López Obrador" the curated canonical', () => {
    const mentions = extractEntities({ title: '', body: 'President López Obrador met reporters. Lopez Obrador said migration would fall.' });
    expect(mentions.filter((m) => m.type === 'PERSON').map((m) => m.canonical)).toEqual(['Andrés Manuel López Obrador', 'Andrés Manuel López Obrador']);
  });
});
