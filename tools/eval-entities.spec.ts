import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeHtml, main, ownExtraction, type LabelledRecord } from './eval-entities';

const record = (raw: string, boilerplate: string[] = []): LabelledRecord => ({
  id: 'r1',
  raw,
  expected: { publishedAt: '2021-06-08', boilerplate, entities: [{ type: 'PERSON', text: 'Kamala Harris', canonical: 'Kamala Harris' }] },
});

describe('eval-entities', () => {
  it('extracts title and body from the text layout minus labelled boilerplate', () => {
    const doc = ownExtraction(record('Harris in Mexico\nPublished Date: 6/8/2021\nSource: X\nKamala Harris arrived.\nSubscribe: https://x.y', ['Subscribe: https://x.y']));
    expect(doc).toEqual({ title: 'Harris in Mexico', body: 'Kamala Harris arrived.', publishedAt: '2021-06-08', language: 'en' });
  });

  it('extracts youtube#video snippets and decodes HTML entities', () => {
    const raw = JSON.stringify({ kind: 'youtube#video', snippet: { title: 'A &amp; B', description: 'Sudan&#39;s capital', defaultAudioLanguage: 'en' } });
    expect(ownExtraction(record(raw))).toMatchObject({ title: 'A & B', body: "Sudan's capital", language: 'en' });
    expect(decodeHtml('&quot;x&quot; &#x41;')).toBe('"x" A');
  });

  it('prints a report, JSON on request, and exits 2 on unreadable input', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'eval-entities-'));
    const file = path.join(dir, 'set.jsonl');
    writeFileSync(file, `${JSON.stringify(record('Title\nSource: X\nVice President Kamala Harris spoke.'))}\n`);
    const out: string[] = [];
    expect(main([file, '--json', '--own-extraction'], (s) => out.push(s), () => undefined)).toBe(0);
    expect(JSON.parse(out[0]).perType.PERSON).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(main([path.join(dir, 'missing.jsonl')], () => undefined, () => undefined)).toBe(2);
    writeFileSync(file, 'not json\n');
    expect(main([file], () => undefined, () => undefined)).toBe(2);
  });
});
