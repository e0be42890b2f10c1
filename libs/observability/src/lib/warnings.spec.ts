import { routeProcessWarnings } from './warnings';

describe('routeProcessWarnings', () => {
  const listeners = process.listeners('warning');
  afterEach(() => {
    process.removeAllListeners('warning');
    for (const listener of listeners) process.on('warning', listener);
  });

  it('logs a process warning, a negative timeout included, as one JSON line', () => {
    const warn = jest.fn();
    routeProcessWarnings({ warn });
    const warning = Object.assign(new Error('-5 is a negative number.'), { name: 'TimeoutNegativeWarning' });
    process.emit('warning', warning);
    expect(warn).toHaveBeenCalledWith('node: -5 is a negative number.', { warning: 'TimeoutNegativeWarning' });
  });
});
