// Content is checked end to end: bodies rewritten in transit (same length, so only a digest
// can tell) never pass under a digest other than the registry's, and malformed manifests,
// whether the lab registry stores them or a registry serves them, give named errors, no stack.
import type * as http from 'node:http';
import * as path from 'node:path';
import { LabEnv, requireLab } from '../lab/lab';
import { BodyRewrite, startFaultProxy } from '../fixtures/proxy/fault-proxy';
import { CheckError } from '../../actions/lib/core/errors';
import { mergeIndex } from '../../actions/lib/build/merge';
import { parsePlatforms } from '../../actions/lib/oci/platform';
import { parseReference } from '../../actions/lib/oci/reference';
import { MEDIA_TYPES } from '../../actions/lib/oci/types';
import { sha256Digest } from '../../actions/lib/oci/digest';
import { RegistryClient } from '../../actions/lib/registry/client';
import { parseMirrors, verifyPlatforms } from '../../actions/lib/verify/verify';
import { runActionProcess } from '../helpers/action';
import { copyBase, pushImage, suffix } from './verify-lab';

jest.setTimeout(120_000);

let lab: LabEnv;
let client: RegistryClient;
let repo: string;
/** What the registry itself says each tag points to. */
const truth: Record<string, string> = {};

beforeAll(async () => {
  lab = requireLab();
  client = new RegistryClient();
  repo = `integrity-${suffix()}`;
  await pushImage(client, lab, `${lab.LAB_REGISTRY}/${repo}:multi`, ['amd64', 'arm64']);
  await pushImage(client, lab, `${lab.LAB_REGISTRY}/${repo}:single`, ['arm64']);
  for (const tag of ['multi', 'single']) {
    truth[tag] = (await client.headManifest(parseReference(`${lab.LAB_REGISTRY}/${repo}:${tag}`))) as string;
  }
});
afterAll(() => client?.close());

/** Replaces the first `from` with `to` (same length) in bodies of requests whose path matches. */
function swap(pathPattern: RegExp, from: string, to: string, times = Infinity): BodyRewrite {
  let left = times;
  return (req: http.IncomingMessage, body: Buffer) => {
    const at = body.indexOf(from);
    if (!pathPattern.test(req.url ?? '') || at < 0 || left <= 0) return undefined;
    left--;
    const out = Buffer.from(body);
    out.write(to, at);
    return out;
  };
}

async function verifyThrough(proxyOptions: Parameters<typeof startFaultProxy>[0], tag: string, deep = false) {
  const proxy = await startFaultProxy(proxyOptions);
  try {
    const r = await verifyPlatforms({
      images: [{ reference: `${lab.LAB_REGISTRY}/${repo}:${tag}` }],
      platforms: tag === 'single' ? parsePlatforms(['linux/arm64']) : undefined,
      mirrors: parseMirrors([`${lab.LAB_REGISTRY}=${proxy.host}`]),
      deep
    });
    return { result: r, image: r.images[0], rewritten: proxy.stats.rewritten };
  } finally {
    await proxy.close();
  }
}

describe('same-length rewrites in transit', () => {
  const tagPath = (tag: string) => new RegExp(`/manifests/${tag}$`);
  const cases: Array<[string, string, RegExp, string, string]> = [
    [
      'the index fetched by tag: a media type',
      'multi',
      tagPath('multi'),
      'image.manifest.v1+json',
      'image.mani4est.v1+json'
    ],
    ['the index fetched by tag: an architecture', 'multi', tagPath('multi'), '"arm64"', '"armd4"'],
    ['a manifest fetched by tag', 'single', tagPath('single'), '"layers"', '"layerz"'],
    ['a config blob', 'single', /\/blobs\//, '"arm64"', '"armd4"']
  ];

  test.each(cases)(
    '%s, every time: an integrity error naming both digests',
    async (_what, tag, where, from, to) => {
      const target = { target: `http://${lab.LAB_REGISTRY}`, faultRate: 0, rewrite: swap(where, from, to) };
      const { result, image, rewritten } = await verifyThrough(target, tag);
      // A read and its one retry, in each of verify's two passes over failing images.
      expect(rewritten).toBe(4);
      expect(result.ok).toBe(false);
      expect(image.status).toBe('error');
      expect(image.reason).toMatch(
        /does not match its digest: expected sha256:[0-9a-f]{64}, got sha256:[0-9a-f]{64}/
      );
      expect(image.reason).toContain(`${repo}:${tag}`);
      if (!/blobs/.test(String(where))) expect(image.reason).toContain(`expected ${truth[tag]}`);
    }
  );

  test.each(cases)(
    '%s, once: read again, and passes under the registry digest',
    async (_what, tag, where, from, to) => {
      const target = {
        target: `http://${lab.LAB_REGISTRY}`,
        faultRate: 0,
        rewrite: swap(where, from, to, 1)
      };
      const { result, image, rewritten } = await verifyThrough(target, tag);
      expect(rewritten).toBe(1);
      expect(result.ok).toBe(true);
      expect(image.digest).toBe(truth[tag]);
    }
  );

  test('a layer blob, every time: the deep check fails naming the layer, never passes', async () => {
    // One byte deep inside the gzip stream of the busybox layer.
    let seen = 0;
    const flip: BodyRewrite = (req, body) => {
      if (!/\/blobs\//.test(req.url ?? '') || body.length < 100_000) return undefined;
      seen++;
      const out = Buffer.from(body);
      out[body.length - 1000] ^= 0x01;
      return out;
    };
    const { result, image } = await verifyThrough(
      { target: `http://${lab.LAB_REGISTRY}`, faultRate: 0, rewrite: flip },
      'single',
      true
    );
    expect(seen).toBeGreaterThanOrEqual(2);
    expect(result.ok).toBe(false);
    expect(image.reason).toMatch(/layer sha256:\w+ of .*(does not match its digest|layer content is malformed)/);
  });
});

describe('malformed manifests give named errors, never a TypeError', () => {
  /** A registry that serves `edit(body)` (with its own digest) for the tag's manifest. */
  const serving = (tag: string, edit: (json: Record<string, unknown>) => unknown) => ({
    target: `http://${lab.LAB_REGISTRY}`,
    faultRate: 0,
    replace: (req: http.IncomingMessage, body: Buffer) =>
      req.url?.endsWith(`/manifests/${tag}`)
        ? Buffer.from(JSON.stringify(edit(JSON.parse(body.toString()))))
        : undefined
  });

  test('config renamed: "manifest … has no config"', async () => {
    const { image } = await verifyThrough(
      serving('single', ({ config, ...rest }) => ({ ...rest, konfig: config })),
      'single'
    );
    expect(image.status).toBe('error');
    expect(image.reason).toMatch(new RegExp(`^manifest \\S+/${repo}:single has no config$`));
  });

  test('manifests not an array: "index … has no manifests array"', async () => {
    const { image } = await verifyThrough(
      serving('multi', json => ({ ...json, manifests: { amd64: (json.manifests as unknown[])[0] } })),
      'multi'
    );
    expect(image.reason).toMatch(new RegExp(`^index \\S+/${repo}:multi has no manifests array$`));
  });

  test('stored by the registry: no mediaType in an index entry, or in a config descriptor', async () => {
    const to = parseReference(`${lab.LAB_REGISTRY}/${repo}`);
    const d = await copyBase(client, lab, 'amd64', to);
    const entry: Record<string, unknown> = { ...d };
    delete entry.mediaType;
    const index = Buffer.from(
      JSON.stringify({ schemaVersion: 2, mediaType: MEDIA_TYPES.ociIndex, manifests: [entry] })
    );
    await client.putManifest(to, 'no-entry-type', index, MEDIA_TYPES.ociIndex);
    const m = JSON.parse((await client.getManifest({ ...to, digest: d.digest })).body.toString());
    delete m.config.mediaType;
    await client.putManifest(to, 'no-config-type', Buffer.from(JSON.stringify(m)), MEDIA_TYPES.ociManifest);

    const r = await verifyPlatforms({
      images: [`${lab.LAB_REGISTRY}/${repo}:no-entry-type`, `${lab.LAB_REGISTRY}/${repo}:no-config-type`].map(
        reference => ({ reference })
      ),
      platforms: parsePlatforms(['linux/amd64'])
    });
    expect(r.images.map(i => i.reason)).toEqual([
      expect.stringMatching(/^index \S+:no-entry-type: manifests\[0\] has no mediaType$/),
      expect.stringMatching(/^manifest \S+:no-config-type: config has no mediaType$/)
    ]);
    // Merge reads the same way: a CheckError (printed with no stack), not a TypeError.
    const err = await mergeIndex({
      image: to,
      records: [],
      digests: [`${lab.LAB_REGISTRY}/${repo}@${sha256Digest(index)}`],
      requiredPlatforms: parsePlatforms(['linux/amd64']),
      tags: [],
      overwrite: false,
      push: false,
      moveTags: false,
      annotations: {},
      client
    }).catch(e => e);
    expect(err).toBeInstanceOf(CheckError);
    expect(err.message).toMatch(/manifests\[0\] has no mediaType/);

    // As the action runs: one annotation per image, no stack, no TypeError.
    const run = runActionProcess(path.join('actions', 'verify-platforms', 'index.ts'), {
      images: `${lab.LAB_REGISTRY}/${repo}:no-entry-type`,
      platforms: 'linux/amd64',
      summary: 'false'
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error.*manifests\[0\] has no mediaType/);
    expect(run.stdout + run.stderr).not.toMatch(/TypeError|\n\s+at /);
  });
});
