import { splitDocuments } from './io';

describe('splitDocuments', () => {
  it('treats a non-JSON file as one text-layout document', () => {
    expect(splitDocuments('Title\nPublished Date: 6/8/2021\nSource: X\nBody')).toHaveLength(1);
  });

  it('splits JSON arrays and JSON lines, keeping line numbers and bad lines', () => {
    expect(splitDocuments('[{"a":1},{"a":2}]').map((d) => d.line)).toEqual([1, 2]);
    const lines = splitDocuments('{"a":1}\n\n{bad\n"text doc"\n');
    expect(lines.map((d) => d.line)).toEqual([1, 3, 4]);
    expect(lines[1].value).toBeInstanceOf(SyntaxError);
    expect(lines[2].value).toBe('text doc');
  });

  it('keeps an XML feed whole', () => {
    expect(splitDocuments('<feed><entry/></feed>')).toEqual([{ line: 1, value: '<feed><entry/></feed>' }]);
  });
});
