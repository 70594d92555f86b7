// The tag step's proof policy where no registry is asked: `ignore` looks for nothing, nobody to
// trust counts no proof (and `use` goes on), and without a key or keyless signing nothing is signed.
import { proofBeforeTags, proveListed, TagProofPolicy } from '../../actions/lib/build/tag-proof';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';

const target = parseReference('127.0.0.1:1/app');
const index = {
  digest: `sha256:${'a'.repeat(64)}`,
  entries: new Map([['linux/amd64', `sha256:${'b'.repeat(64)}`]])
};
const required = parsePlatforms(['linux/amd64'], 'platforms');
const policy = (p: Partial<TagProofPolicy>): TagProofPolicy => ({
  mode: 'use',
  trust: { keys: [] },
  githubToken: '',
  dir: '/nonexistent',
  env: {},
  ...p
});
let client: RegistryClient;

beforeAll(() => (client = new RegistryClient()));
afterAll(() => client.close());

test('ignore: not looked for; nobody to trust: none counts, named', async () => {
  expect(await proofBeforeTags(client, target, index, required, policy({ mode: 'ignore' }))).toEqual({
    reason: 'not looked for (proof: ignore)',
    written: []
  });
  expect(await proofBeforeTags(client, target, index, required, policy({}))).toEqual({
    reason: 'nobody to trust (none of proof-key, signing-key, proof-identity is given)',
    written: []
  });
});

test('no key and no keyless signing (a token, but no OIDC on this runner): nothing is signed', async () => {
  const found = { reason: 'none', written: [] };
  expect(await proveListed(client, target, index, required, policy({ githubToken: 't' }), found)).toEqual([]);
  expect(
    await proveListed(client, target, index, required, policy({}), { provenBy: 'x', written: [] })
  ).toEqual([]);
});
