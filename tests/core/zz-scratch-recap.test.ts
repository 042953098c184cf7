import { it } from 'vitest';
import { join } from 'node:path';
import { FsVault } from '../../src/cli/fs-vault';
import { loadVault } from '../../src/cli/load-vault';
import { defaultConfig } from '../../src/cli/config';
import { prepareEmail } from '../../src/core/recap-flow';
import { renderAgenda, renderRecap } from '../../src/core/recap';
import { profileFromFrontmatter } from '../../src/core/people';

it('prints', async () => {
  const vault = FsVault.open(join(import.meta.dirname, '../../examples/vault'));
  const config = defaultConfig();
  const loaded = await loadVault(vault, config);
  const defaults = { cadenceDays: config.defaultCadence, careerCadence: config.defaultCareerCadence };
  for (const path of (process.env.NOTES ?? 'One-on-ones/Priya Shah/2026-11-10 Priya Shah.md').split(',')) {
    const r = await prepareEmail({ port: vault, index: loaded.index, config, profile: (p) => profileFromFrontmatter(p ? loaded.frontmatter.get(p) : null, defaults) }, path, 'recap');
    if (!r.ok) { console.log(r.error); continue; }
    const ctx = { today: '2026-11-22', locale: 'en-US', config };
    const out = (process.env.KIND === 'agenda' ? renderAgenda : renderRecap)(r.value.source, ctx);
    console.log(JSON.stringify({ to: out.to, subject: out.subject }), '\n' + out.markdown + '\n----TEXT----\n' + out.text + '\n----HTML----\n' + out.html);
  }
});
