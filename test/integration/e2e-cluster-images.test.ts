// The images stage of the cluster level against the lab's dockerd and registry: the image under
// test, given by its index digest, is pulled for arm64, named, and handed to `kind load`. kind
// itself runs only on a runner; here a script stands in for its `load docker-image`, doing what
// kind does first (`docker save` of the name), so the test reads what kind would import.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { imagesStage } from '../../actions/lib/e2e/cluster/images';
import { defaultExec, Tool } from '../../actions/lib/e2e/cluster/kubectl';
import { ClusterRun } from '../../actions/lib/e2e/cluster/types';
import { parseReference, withDigest } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { LabEnv, requireLab } from '../lab/lab';

let lab: LabEnv;
let dir: string;
const T = 180000;

beforeAll(() => {
  lab = requireLab();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-images-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A `kind` that records its argv and saves the image it was asked to load, as kind would. */
function kindStub(): string {
  const file = path.join(dir, 'kind');
  fs.writeFileSync(
    file,
    [
      '#!/bin/sh',
      'here=$(dirname "$0")',
      'echo "$*" >> "$here/kind.argv"',
      '[ "$1 $2" = "load docker-image" ] || exit 2',
      'exec docker save -o "$here/saved.tar" "$3"'
    ].join('\n') + '\n',
    { mode: 0o755 }
  );
  return file;
}

const tarFile = (tar: string, name: string) =>
  spawnSync('tar', ['-xOf', tar, name], { encoding: 'utf8' }).stdout;

test(
  'an index digest is pulled for arm64, tagged from the digest, and kind loads exactly the arm64 image',
  async () => {
    const client = new RegistryClient();
    const base = parseReference(lab.LAB_BASE_IMAGE);
    const inspected = await client.inspect(base);
    const arm64 = inspected.platforms.find(p => p.platform.architecture === 'arm64' && !p.attestation)!;
    const armConfig = (await client.getImageManifest(base, arm64.digest)).config.digest;
    client.close();

    const ref = withDigest({ ...base, tag: undefined }, inspected.digest);
    const local = `${lab.LAB_REGISTRY}/base:arch-e2e-${inspected.digest.replace(':', '-')}`;
    const kind = kindStub();
    const run = {
      o: { images: [ref] },
      cluster: 'arch-e2e-lab',
      docker: new Tool(defaultExec, () => 'docker'),
      kind: new Tool(defaultExec, () => kind)
    } as unknown as ClusterRun;
    try {
      expect(await imagesStage(run)).toBe(`1 image(s) loaded: ${local}`);
      expect(fs.readFileSync(path.join(dir, 'kind.argv'), 'utf8')).toBe(
        `load docker-image ${local} --name arch-e2e-lab\n`
      );
      // What kind imports: the local name, and the arm64 image's own config (the bytes of the digest).
      const saved = path.join(dir, 'saved.tar');
      const [manifest] = JSON.parse(tarFile(saved, 'manifest.json')) as Array<{
        Config: string;
        RepoTags: string[];
      }>;
      expect(manifest.RepoTags).toEqual([local]);
      expect(manifest.Config.replace(/^blobs\/sha256\//, '').replace(/\.json$/, '')).toBe(
        armConfig.replace('sha256:', '')
      );
      expect(JSON.parse(tarFile(saved, manifest.Config)).architecture).toBe('arm64');
    } finally {
      spawnSync('docker', ['rmi', local], { encoding: 'utf8' });
    }
  },
  T
);
