import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');
const buf = join(root, 'node_modules/.bin/buf');

function git(...args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd: root, encoding: 'utf8' });
  return result.status === 0 ? result.stdout.trim() : undefined;
}

describe('the proto contracts', () => {
  it('pass buf lint', () => {
    expect(() => execFileSync(buf, ['lint'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  });

  // Consumers in other agencies depend on these messages: a change that breaks them needs a new
  // package version (v2), not an edit of v1.
  const previous = git('rev-parse', '--verify', '--quiet', 'HEAD~1');
  const previousHasContracts = previous !== undefined && git('cat-file', '-e', `${previous}:buf.yaml`) !== undefined;
  (previousHasContracts ? it : it.skip)('break nothing that the previous commit on main published', () => {
    const result = spawnSync(buf, ['breaking', '--against', `.git#ref=${previous}`], { cwd: root, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
