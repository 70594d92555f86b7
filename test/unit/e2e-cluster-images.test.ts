import * as fs from 'node:fs';
import * as path from 'node:path';
import { chartValues, localImage } from '../../actions/lib/e2e/cluster/images';
import { parseReference } from '../../actions/lib/oci/reference';
import { ARM_MANIFEST, clusterHarness, fail, lines, world } from '../helpers/cluster';

const D = 'sha256:' + 'd'.repeat(64);
const LOCAL = `ghcr.io/openebs/provisioner-localpv:arch-e2e-sha256-${'d'.repeat(64)}`;

describe('the image under test reaches the cluster by its digest', () => {
  const h = clusterHarness();

  test.each([
    ['ghcr.io/openebs/provisioner-localpv@' + D],
    ['ghcr.io/openebs/provisioner-localpv:4.3.0@' + D]
  ])(
    '%s: its arm64 manifest pulled by digest, tagged from the digest, saved and loaded as an archive',
    async image => {
      const w = world();
      const r = await h.go({ exec: w.exec }, { images: [parseReference(image)] });
      expect(r.ok).toBe(true);
      const calls = lines(w).filter(l => /^(docker|kind load)/.test(l));
      const archive = calls[3]?.split(' ')[3];
      expect(archive).toMatch(new RegExp(`^${h.work}/.*image-[0-9a-f]{12}\\.tar$`));
      expect(calls).toEqual([
        `docker pull --platform linux/arm64 --quiet ghcr.io/openebs/provisioner-localpv@${ARM_MANIFEST}`,
        `docker tag ghcr.io/openebs/provisioner-localpv@${ARM_MANIFEST} ${LOCAL}`,
        `docker image inspect --format {{.Os}}/{{.Architecture}}{{with .Variant}}/{{.}}{{end}} ${LOCAL}`,
        `docker save --output ${archive} ${LOCAL}`,
        `kind load image-archive ${archive} --name arch-e2e-test`
      ]);
    }
  );

  test('a tag reference is resolved to its arm64 manifest and loaded under its tag', async () => {
    const w = world();
    await h.go({ exec: w.exec }, { images: [parseReference('docker.io/openebs/linux-utils:4.2.0')] });
    const calls = lines(w).filter(l => /^(docker|kind load)/.test(l));
    expect(calls.slice(0, 2)).toEqual([
      `docker pull --platform linux/arm64 --quiet docker.io/openebs/linux-utils@${ARM_MANIFEST}`,
      `docker tag docker.io/openebs/linux-utils@${ARM_MANIFEST} docker.io/openebs/linux-utils:4.2.0`
    ]);
    expect(calls[4]).toMatch(/^kind load image-archive \S+\.tar --name arch-e2e-test$/);
  });

  test('an image whose config is not arm64 is refused before kind loads it', async () => {
    const w = world([[/^docker image inspect/, { exitCode: 0, stdout: 'linux/amd64\n', stderr: '' }]]);
    const r = await h.go({ exec: w.exec }, { images: [parseReference('ghcr.io/openebs/x@' + D)] });
    expect(r.problems).toEqual([
      `images: ghcr.io/openebs/x@${ARM_MANIFEST} is a linux/amd64 image, not linux/arm64`
    ]);
    expect(lines(w).some(l => l.startsWith('kind load'))).toBe(false);
  });

  test('a failed pull names the reference with its digest and loads nothing', async () => {
    const w = world([[/^docker pull/, fail('Error response from daemon: manifest unknown')]]);
    const r = await h.go({ exec: w.exec }, { images: [parseReference('ghcr.io/openebs/x@' + D)] });
    expect(r.problems).toEqual([
      `images: docker pull ghcr.io/openebs/x@${ARM_MANIFEST} failed: Error response from daemon: manifest unknown`
    ]);
    expect(lines(w).some(l => l.startsWith('kind load'))).toBe(false);
  });

  test('image-values and set placeholders put the loaded image into the helm argv', async () => {
    const w = world([
      [
        /^kubectl get events/,
        {
          exitCode: 0,
          stdout: `{"items":[{"message":"Container image \\"${LOCAL}\\" already present on machine"}]}`,
          stderr: ''
        }
      ]
    ]);
    const r = await h.go(
      { exec: w.exec },
      {
        images: [parseReference('ghcr.io/openebs/provisioner-localpv@' + D)],
        imageValues: [{ image: 'provisioner-localpv', path: 'localpv.image' }],
        set: [
          { key: 'hostpathClass.isDefaultClass', value: 'true' },
          { key: 'extra.image', value: '{image}' },
          { key: 'extra.digest', value: '{registry}/{repository}@{digest}' }
        ]
      }
    );
    expect(r.problems).toEqual([]);
    const helm = lines(w).find(l => l.startsWith('helm '))!;
    const sets = helm.match(/--set \S+/g);
    expect(sets).toEqual([
      '--set localpv.image.registry=ghcr.io/',
      '--set localpv.image.repository=openebs/provisioner-localpv',
      `--set localpv.image.tag=arch-e2e-sha256-${'d'.repeat(64)}`,
      '--set localpv.image.pullPolicy=IfNotPresent',
      '--set hostpathClass.isDefaultClass=true',
      `--set extra.image=${LOCAL}`,
      `--set extra.digest=ghcr.io/openebs/provisioner-localpv@${D}`
    ]);
  });

  test('a mapped image that no container ran fails the architecture stage', async () => {
    const w = world();
    const r = await h.go(
      { exec: w.exec },
      {
        images: [parseReference('ghcr.io/openebs/provisioner-localpv@' + D)],
        imageValues: [{ path: 'localpv.image' }]
      }
    );
    expect(r.stages.find(s => s.name === 'architecture')?.status).toBe('failed');
    expect(r.problems).toEqual([
      `architecture: no container ran ${LOCAL}, the image under test that the chart values name (check image-values)`
    ]);
  });
});

describe('chartValues and localImage', () => {
  test('an OpenEBS image block gets registry/ repository tag, and Docker Hub images keep docker.io', () => {
    const hub = parseReference('openebs/provisioner-localpv:4.3.0');
    expect(localImage(hub).local).toBe('docker.io/openebs/provisioner-localpv:4.3.0');
    const v = chartValues({ images: [hub], imageValues: [{ path: 'a.image' }], set: [] });
    expect(v.set.map(s => `${s.key}=${s.value}`)).toEqual([
      'a.image.registry=docker.io/',
      'a.image.repository=openebs/provisioner-localpv',
      'a.image.tag=4.3.0',
      'a.image.pullPolicy=IfNotPresent'
    ]);
    expect(v.mapped).toEqual(['docker.io/openebs/provisioner-localpv:4.3.0']);
  });

  test('values without placeholders pass through and map nothing', () => {
    const v = chartValues({ images: [], imageValues: [], set: [{ key: 'a', value: '{x,y}' }] });
    expect(v).toEqual({ set: [{ key: 'a', value: '{x,y}' }], mapped: [] });
  });
});

describe('smoke pods and diagnostics', () => {
  const h = clusterHarness();

  test('a failed writer pod ends the wait at once, with its last log line', async () => {
    const sleep = jest.fn(async () => undefined);
    const w = world([
      [/^kubectl get pod arch-e2e-writer-\S+ .*phase/, { exitCode: 0, stdout: 'Failed', stderr: '' }],
      [
        /^kubectl logs arch-e2e-writer/,
        { exitCode: 0, stdout: "sh: can't create /data/smoke.bin: Read-only file system\n", stderr: '' }
      ]
    ]);
    const r = await h.go({ exec: w.exec, sleep });
    expect(r.problems).toEqual([
      expect.stringMatching(
        /^storage: the writer pod failed: pod arch-e2e-writer-\w+ ended in phase Failed: sh: can't create \/data\/smoke.bin: Read-only file system$/
      )
    ]);
    expect(sleep).not.toHaveBeenCalled();
    expect(lines(w).filter(l => / jsonpath=\{\.status\.phase\}/.test(l))).toHaveLength(1);
  });

  test('a reader pod still pending at the deadline fails with its phase after timeout / 2 s polls', async () => {
    let now = 0;
    const sleep = jest.fn(async (ms: number) => {
      now += ms;
    });
    const w = world([
      [/^kubectl get pod arch-e2e-reader-\S+ .*phase/, { exitCode: 0, stdout: 'Pending', stderr: '' }]
    ]);
    const r = await h.go({ exec: w.exec, sleep, now: () => now }, { timeout: 60 });
    expect(r.problems).toEqual([
      expect.stringMatching(
        /^storage: the reader pod \(checksum verification\) failed: pod arch-e2e-reader-\w+ is still Pending after 60s$/
      )
    ]);
    expect(sleep).toHaveBeenCalledTimes(30);
    expect(lines(w).filter(l => /^kubectl get pod arch-e2e-reader/.test(l))).toHaveLength(31);
  });

  test('diagnostics include kind export logs, and the files it wrote', async () => {
    const w = world([[/^helm upgrade/, fail('Error: INSTALLATION FAILED: timed out')]]);
    const exec: typeof w.exec = async (tool, args, opts) => {
      if (args[0] === 'export' && args[1] === 'logs') {
        fs.mkdirSync(path.join(args[2], 'arch-e2e-test-control-plane'), { recursive: true });
        fs.writeFileSync(path.join(args[2], 'arch-e2e-test-control-plane', 'kubelet.log'), 'I0101 kubelet\n');
      }
      return w.exec(tool, args, opts);
    };
    const r = await h.go({ exec });
    const dir = path.join(h.work, 'diagnostics');
    expect(lines(w)).toContain(`kind export logs ${path.join(dir, 'kind-logs')} --name arch-e2e-test`);
    expect(r.diagnostics?.files).toContain(
      path.join(dir, 'kind-logs', 'arch-e2e-test-control-plane', 'kubelet.log')
    );
  });

  test('a diagnostics-dir that is a file is reported by name, and the stage failure is kept', async () => {
    const file = path.join(h.work, 'not-a-folder');
    fs.writeFileSync(file, '');
    const w = world([[/^helm upgrade/, fail('Error: INSTALLATION FAILED: timed out')]]);
    const r = await h.go({ exec: w.exec }, { diagnosticsDir: file });
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual(['install: helm install failed: Error: INSTALLATION FAILED: timed out']);
    expect(r.diagnostics).toBeUndefined();
    const errors = h.printed
      .join('')
      .split('\n')
      .filter(l => l.startsWith('::error::'));
    expect(errors).toEqual([
      '::error::Install the chart localpv-provisioner: helm install failed: Error: INSTALLATION FAILED: timed out',
      expect.stringMatching(
        new RegExp(`^::error::No diagnostics: Input "diagnostics-dir" has an invalid value "${file}": `)
      )
    ]);
  });
});

describe("the chart's images are pulled on the host with the login and loaded before the install", () => {
  const h = clusterHarness();
  // What helm template prints for a chart with the image under test, two images of its own (one in a
  // CronJob, one an init container), and three that the kubelet would pull anyway.
  const RENDERED = [
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'spec:',
    '  template:',
    '    spec:',
    '      initContainers:',
    '        - name: init',
    '          image: docker.io/openebs/linux-utils:4.2.0',
    '      containers:',
    `        - name: main`,
    `          image: ${LOCAL}`,
    '        - name: always',
    '          image: ghcr.io/openebs/sidecar:1.0',
    '          imagePullPolicy: Always',
    '        - name: latest',
    '          image: openebs/helper',
    '---',
    'apiVersion: batch/v1',
    'kind: CronJob',
    'spec:',
    '  jobTemplate:',
    '    spec:',
    '      template:',
    '        spec:',
    '          containers:',
    '            - name: cleanup',
    '              image: ghcr.io/openebs/cleanup:2.1',
    '              imagePullPolicy: IfNotPresent',
    `            - name: pinned`,
    `              image: ghcr.io/openebs/pinned@${D}`,
    '            - name: again',
    '              image: docker.io/openebs/linux-utils:4.2.0',
    ''
  ].join('\n');

  test('exact argv: helm template, then per image pull by arm64 digest, tag, config, save, kind load, then helm install', async () => {
    // The image under test as the chart writes it: without docker.io, as Docker Hub names often are.
    const rendered =
      RENDERED +
      ['---', 'kind: Pod', 'spec:', '  containers:', '    - image: openebs/under-test:arch-e2e-t', ''].join(
        '\n'
      );
    const w = world([[/^helm template/, { exitCode: 0, stdout: rendered, stderr: '' }]]);
    const r = await h.go(
      { exec: w.exec },
      {
        images: [
          parseReference('ghcr.io/openebs/provisioner-localpv@' + D),
          parseReference('docker.io/openebs/under-test:arch-e2e-t')
        ],
        imageValues: [{ image: 'provisioner-localpv', path: 'localpv.image' }],
        set: []
      }
    );
    const calls = lines(w).filter(l => /^(docker|kind load|helm)/.test(l));
    const load = (name: string, repo: string) => [
      `docker pull --platform linux/arm64 --quiet ${repo}@${ARM_MANIFEST}`,
      `docker tag ${repo}@${ARM_MANIFEST} ${name}`,
      `docker image inspect --format {{.Os}}/{{.Architecture}}{{with .Variant}}/{{.}}{{end}} ${name}`,
      expect.stringMatching(
        new RegExp(`^docker save --output \\S+\\.tar ${name.replace(/[.:/]/g, '\\$&')}$`)
      ),
      expect.stringMatching(/^kind load image-archive \S+\.tar --name arch-e2e-test$/)
    ];
    const sets =
      `--set localpv.image.registry=ghcr.io/ --set localpv.image.repository=openebs/provisioner-localpv ` +
      `--set localpv.image.tag=arch-e2e-sha256-${'d'.repeat(64)} --set localpv.image.pullPolicy=IfNotPresent`;
    expect(calls).toEqual([
      ...load(LOCAL, 'ghcr.io/openebs/provisioner-localpv'),
      ...load('docker.io/openebs/under-test:arch-e2e-t', 'docker.io/openebs/under-test'),
      `helm template localpv-provisioner localpv-provisioner --namespace openebs --repo https://openebs.github.io/dynamic-localpv-provisioner --version 4.0.0 ${sets}`,
      ...load('docker.io/openebs/linux-utils:4.2.0', 'docker.io/openebs/linux-utils'),
      ...load('ghcr.io/openebs/cleanup:2.1', 'ghcr.io/openebs/cleanup'),
      expect.stringMatching(/^helm upgrade --install localpv-provisioner /)
    ]);
    expect(r.chartImages).toEqual({
      loaded: ['docker.io/openebs/linux-utils:4.2.0', 'ghcr.io/openebs/cleanup:2.1'],
      inCluster: [
        { image: 'ghcr.io/openebs/sidecar:1.0', reason: 'imagePullPolicy: Always' },
        { image: 'openebs/helper', reason: 'tag latest without imagePullPolicy: Always' },
        {
          image: `ghcr.io/openebs/pinned@${D}`,
          reason: 'named by digest: the kubelet looks for that digest, not the arm64 image loaded'
        }
      ]
    });
    const stage = r.stages.find(s => s.name === 'chart-images')!;
    expect(stage.detail).toBe(
      "2 chart image(s) pulled with the job's login and loaded; left to pull inside kind: " +
        'ghcr.io/openebs/sidecar:1.0 (imagePullPolicy: Always), openebs/helper (tag latest without imagePullPolicy: Always), ' +
        `ghcr.io/openebs/pinned@${D} (named by digest: the kubelet looks for that digest, not the arm64 image loaded)`
    );
    expect(h.printed.join('')).toContain(
      '::warning::kind will pull ghcr.io/openebs/sidecar:1.0 itself (imagePullPolicy: Always)'
    );
  });

  test('a chart image the host cannot pull is left to kind, named with the reason', async () => {
    const w = world([
      [
        /^helm template/,
        { exitCode: 0, stdout: 'kind: Pod\nspec:\n  containers:\n    - image: quay.io/x/y:1\n', stderr: '' }
      ]
    ]);
    const r = await h.go({ exec: w.exec }, { images: [] });
    expect(r.chartImages).toEqual({
      loaded: [],
      inCluster: [{ image: 'quay.io/x/y:1', reason: 'not pulled on the host: image x/y was not found' }]
    });
  });
});
