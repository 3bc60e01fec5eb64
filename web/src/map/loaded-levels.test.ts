import { describe, expect, it } from 'vitest';
import { expectedTable } from '../../../tests/support/expected-build.ts';
import { recordTable, recordTableFailure, tableSettled } from './loaded-levels.ts';

// The registry is the page's, one per module: each case uses a level no other case records.
describe('tableSettled', () => {
  it('gives the table once it loads', async () => {
    const wijken = expectedTable('wijk');
    const settled = tableSettled('wijk');
    recordTable('wijk', wijken);
    await expect(settled).resolves.toBe(wijken);
    // and at once to whoever asks afterwards
    await expect(tableSettled('wijk')).resolves.toBe(wijken);
  });

  it('gives undefined once the table fails, so the gemeente names are ranked by area instead of never shown', async () => {
    const settled = tableSettled('gemeente');
    recordTableFailure('gemeente');
    await expect(settled).resolves.toBeUndefined();
    await expect(tableSettled('gemeente')).resolves.toBeUndefined();
    // a table that loads after all (new weights) is what is asked for from then on
    const gemeenten = expectedTable('gemeente');
    recordTable('gemeente', gemeenten);
    await expect(tableSettled('gemeente')).resolves.toBe(gemeenten);
  });

  it('is not settled by another level', async () => {
    let settled = false;
    const buurt = tableSettled('buurt').then((table) => {
      settled = true;
      return table;
    });
    recordTableFailure('wijk');
    await new Promise((done) => setTimeout(done, 0)); // every reaction queued so far has run
    expect(settled).toBe(false);
    recordTable('buurt', expectedTable('buurt'));
    await expect(buurt).resolves.toBeDefined();
  });
});
