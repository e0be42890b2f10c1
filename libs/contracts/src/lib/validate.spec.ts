import { ContractViolationError } from './errors';
import { decodeDocument } from './validate';
import { Topic } from './topics';

const cleaned = {
  schemaVersion: 1,
  id: 'abc',
  format: 'json',
  title: 'A title',
  tags: [],
  language: 'en',
  description: 'Text',
  pipeline: {},
};

describe('decodeDocument', () => {
  it('accepts a valid cleaned document', () => {
    expect(decodeDocument(Topic.Cleaned, Buffer.from(JSON.stringify(cleaned))).id).toBe('abc');
  });

  it('names the field that is wrong', () => {
    const bad = JSON.stringify({ ...cleaned, title: 42 });
    expect(() => decodeDocument(Topic.Cleaned, bad)).toThrow(/title/);
  });

  it('rejects another schema version', () => {
    const bad = JSON.stringify({ ...cleaned, schemaVersion: 2 });
    expect(() => decodeDocument(Topic.Cleaned, bad)).toThrow(ContractViolationError);
  });

  it('rejects invalid JSON and a missing value', () => {
    expect(() => decodeDocument(Topic.Cleaned, '{nope')).toThrow(/not valid JSON/);
    expect(() => decodeDocument(Topic.Cleaned, null)).toThrow(/no value/);
  });
});
