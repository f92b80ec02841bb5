import { expect } from '@open-wc/testing';
import { WhileUsed } from '../src/internal/while-used.js';

describe('WhileUsed: a page-wide thing that runs while anyone uses it', () => {
  it('starts with the first user, stops after the last, and starts again for a new first user', () => {
    const log: string[] = [];
    const shared = new WhileUsed<string>(() => {
      log.push('start');
      return () => log.push('stop');
    });
    shared.add('a');
    shared.add('b');
    shared.add('a');
    expect(log).to.deep.equal(['start']);
    shared.delete('a');
    expect(log).to.deep.equal(['start']);
    expect([...shared.users]).to.deep.equal(['b']);
    shared.delete('b');
    expect(log).to.deep.equal(['start', 'stop']);
    // Leaving twice, or leaving without having come, stops nothing again.
    shared.delete('b');
    shared.delete('c');
    expect(log).to.deep.equal(['start', 'stop']);
    shared.add('c');
    expect(log).to.deep.equal(['start', 'stop', 'start']);
  });
});
