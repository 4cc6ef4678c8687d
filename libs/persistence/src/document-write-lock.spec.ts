import { DocumentWriteLock } from './document-write-lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('document write lock', () => {
  it('runs writes to the same document one after another, in arrival order', async () => {
    const lock = new DocumentWriteLock();
    const log: string[] = [];
    const write = (name: string) =>
      lock.run('db.matters:1', async () => {
        log.push(`${name} start`);
        await tick();
        log.push(`${name} end`);
      });
    await Promise.all([write('a'), write('b'), write('c')]);
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('lets writes to different documents overlap, and a failed write does not block the next', async () => {
    const lock = new DocumentWriteLock();
    const log: string[] = [];
    const failing = lock.run('k1', async () => {
      log.push('k1');
      await tick();
      throw new Error('boom');
    });
    const other = lock.run('k2', async () => void log.push('k2'));
    await expect(failing).rejects.toThrow('boom');
    await other;
    await lock.run('k1', async () => void log.push('k1 again'));
    expect(log).toEqual(['k1', 'k2', 'k1 again']);
  });
});
