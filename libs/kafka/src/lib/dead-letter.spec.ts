import { Header } from '@vidx/contracts';
import { deadLetterMessage, headerString } from './dead-letter';

describe('deadLetterMessage', () => {
  it('keeps the original message and adds where, why and how often', () => {
    const source = {
      topic: 'videos.raw',
      partition: 2,
      offset: '41',
      key: null,
      value: Buffer.from('{nope'),
      headers: { [Header.TraceId]: 'trace-1' },
    };
    const message = deadLetterMessage(source, { code: 'NOT_JSON', reason: 'bad', item: 3, attempts: 1 }, 'cleaner', '2026-01-01T00:00:00.000Z');
    expect(message.value).toBe(source.value);
    expect(headerString(message.headers, Header.TraceId)).toBe('trace-1');
    expect(headerString(message.headers, Header.DlqStage)).toBe('cleaner');
    expect(headerString(message.headers, Header.DlqErrorCode)).toBe('NOT_JSON');
    expect(headerString(message.headers, Header.DlqErrorMessage)).toBe('item 3: bad');
    expect(headerString(message.headers, Header.DlqOriginalPartition)).toBe('2');
    expect(headerString(message.headers, Header.DlqOriginalOffset)).toBe('41');
  });

  it('cuts very long reasons', () => {
    const source = { topic: 't', partition: 0, offset: '0', key: null, value: null };
    const message = deadLetterMessage(source, { code: 'X', reason: 'x'.repeat(10_000), attempts: 2 }, 's', 'now');
    expect(headerString(message.headers, Header.DlqErrorMessage)?.length).toBe(2000);
  });
});
