import { checkJsonBody } from './body-check';

describe('checkJsonBody', () => {
  it('accepts ordinary documents, emoji and right-to-left text', () => {
    expect(() => checkJsonBody({ documents: [{ title: '🔥 שלום', tags: ['a'], n: 1, ok: true, none: null }] })).not.toThrow();
  });

  it.each([
    ['__proto__', JSON.parse('{"a":{"__proto__":{"x":1}}}'), /\(body\)\.a has the key "__proto__"/],
    ['constructor', { documents: [{ constructor: { prototype: {} } }] }, /\(body\)\.documents\[0\] has the key "constructor"/],
    ['a lone surrogate', { title: 'x\ud800' }, /\(body\)\.title has a lone UTF-16 surrogate/],
    ['deep nesting', JSON.parse(`${'['.repeat(40)}${']'.repeat(40)}`), /nested too deep/],
  ])('refuses %s, naming where', (_what, body, message) => {
    expect(() => checkJsonBody(body)).toThrow(message);
  });
});
