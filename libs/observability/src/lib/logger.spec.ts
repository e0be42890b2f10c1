import { createLogger, LogLevel } from './logger';

describe('createLogger', () => {
  it('writes one JSON object per line with service and fields, filtered by level', () => {
    const lines: Array<[string, LogLevel]> = [];
    const logger = createLogger({ service: 'cleaner', level: 'info', write: (l, lvl) => lines.push([l, lvl]) });
    logger.debug('hidden');
    logger.child({ traceId: 't1' }).warn('slow', { ms: 12, error: new Error('boom') });
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0][0]);
    expect(entry).toMatchObject({ level: 'warn', service: 'cleaner', traceId: 't1', msg: 'slow', ms: 12 });
    expect(entry.error.message).toBe('boom');
    expect(lines[0][1]).toBe('warn');
  });
});
