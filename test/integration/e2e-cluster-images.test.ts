// The images stage of the cluster level against the lab's registry and its three Docker daemons
// (20.10, Docker 26 with the classic and with the containerd image store): the image under test,
// given by its index digest, has its arm64 manifest pulled by digest, named, saved and handed to
// `kind load image-archive`. kind itself runs only on a runner; here a script stands in for it and
// keeps the archive, so the test reads what kind would import.
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { imagesStage } from '../../actions/lib/e2e/cluster/images';
import { defaultExec, KubeExec, Tool } from '../../actions/lib/e2e/cluster/kubectl';
import { ClusterRun } from '../../actions/lib/e2e/cluster/types';
import { parseReference, withDigest } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { LabEnv, requireLab } from '../lab/lab';
import { pushImage, pushIndex } from '../helpers/images';

let lab: LabEnv;
let dir: string;
const T = 180000;

beforeAll(() => {
  lab = requireLab();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cluster-images-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A `kind` that keeps the archive it was asked to load, as kind would import it. */
function kindStub(): string {
  const file = path.join(dir, 'kind');
  fs.writeFileSync(
    file,
    [
      '#!/bin/sh',
      '[ "$1 $2" = "load image-archive" ] || exit 2',
      'exec cp "$3" "$(dirname "$0")/saved.tar"'
    ].join('\n') + '\n',
    { mode: 0o755 }
  );
  return file;
}

const tarFile = (tar: string, name: string) =>
  spawnSync('tar', ['-xOf', tar, name], { encoding: 'utf8' }).stdout;

/** A fresh two-platform index (content no daemon holds yet), and its arm64 manifest and config digests. */
async function freshIndex(name: string) {
  const client = new RegistryClient();
  const ref = parseReference(`${lab.LAB_REGISTRY}/${name}:t`);
  try {
    const pushed = [];
    for (const arch of ['amd64', 'arm64'])
      pushed.push(await pushImage(client, ref, arch, { f: randomBytes(256) }));
    const index = await pushIndex(
      client,
      ref,
      pushed.map(p => p.descriptor)
    );
    const arm = pushed[1].descriptor.digest;
    const config = (await client.getImageManifest(ref, arm)).config.digest;
    return { ref: withDigest({ ...ref, tag: undefined }, index), index, arm, config };
  } finally {
    client.close();
  }
}

const DAEMONS = [
  ['dockerd 20.10', () => ({})],
  ['Docker 26, classic store', () => ({ DOCKER_HOST: lab.LAB_DOCKER26_HOST })],
  ['Docker 26, containerd store', () => ({ DOCKER_HOST: lab.LAB_DOCKER26_CSTORE_HOST })]
] as const;

test.each(DAEMONS)(
  '%s: the arm64 manifest is pulled by digest, named from the index digest, saved, and kind loads only it',
  async (daemon, env) => {
    const img = await freshIndex(`issue21-kind-${daemon.replace(/\W+/g, '-').toLowerCase()}-${process.pid}`);
    const repo = `${lab.LAB_REGISTRY}/${img.ref.repository}`;
    const local = `${repo}:arch-e2e-${img.index.replace(':', '-')}`;
    const argv: string[][] = [];
    const exec: KubeExec = (tool, args, opts) => {
      argv.push([path.basename(tool), ...args]);
      return defaultExec(tool, args, { ...opts, env: { ...opts?.env, ...env() } });
    };
    const work = fs.mkdtempSync(path.join(dir, 'work-'));
    const run = {
      o: { images: [img.ref], insecureRegistries: [] },
      cluster: 'arch-e2e-lab',
      work,
      docker: new Tool(exec, () => lab.LAB_DOCKER26),
      kind: new Tool(exec, () => kindStub())
    } as unknown as ClusterRun;
    try {
      expect(await imagesStage(run)).toBe(`1 image(s) loaded: ${local}`);
      const archive = argv[3][argv[3].length - 2];
      expect(archive).toMatch(new RegExp(`^${work}/image-[0-9a-f]{12}\\.tar$`));
      expect(argv).toEqual([
        ['docker', 'pull', '--platform', 'linux/arm64', '--quiet', `${repo}@${img.arm}`],
        ['docker', 'tag', `${repo}@${img.arm}`, local],
        [
          'docker',
          'image',
          'inspect',
          '--format',
          '{{.Os}}/{{.Architecture}}{{with .Variant}}/{{.}}{{end}}',
          local
        ],
        ['docker', 'save', '--output', archive, local],
        ['kind', 'load', 'image-archive', archive, '--name', 'arch-e2e-lab']
      ]);
      expect(fs.existsSync(archive)).toBe(false);
      // What kind imports: the local name, the arm64 image's own config, and no other platform.
      const saved = path.join(dir, 'saved.tar');
      const [manifest] = JSON.parse(tarFile(saved, 'manifest.json')) as Array<{
        Config: string;
        RepoTags: string[];
      }>;
      expect(manifest.RepoTags).toEqual([local]);
      expect(manifest.Config.replace(/^blobs\/sha256\//, '').replace(/\.json$/, '')).toBe(
        img.config.slice(7)
      );
      expect(JSON.parse(tarFile(saved, manifest.Config)).architecture).toBe('arm64');
      // Docker 25+ writes an OCI layout too: one manifest (the registry's own in the containerd store;
      // the classic store writes it anew, with its plain layers), 20.10 none.
      const index = tarFile(saved, 'index.json');
      const listed = index ? JSON.parse(index).manifests.map((m: { digest: string }) => m.digest) : [];
      const expected = {
        'dockerd 20.10': 0,
        'Docker 26, classic store': 1,
        'Docker 26, containerd store': 1
      };
      expect(listed).toHaveLength(expected[daemon]);
      if (daemon === 'Docker 26, containerd store') expect(listed).toEqual([img.arm]);
    } finally {
      spawnSync(lab.LAB_DOCKER26, ['rmi', local, `${repo}@${img.arm}`], {
        env: { ...process.env, ...env() }
      });
    }
  },
  T
);
