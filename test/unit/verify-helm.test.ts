// Which helm renders a chart, and what it says of itself: its version, and the Kubernetes
// version it renders for by default (what a bare `helm template` uses).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConfigurationError } from '../../actions/lib/core/errors';
import { quietRun } from '../../actions/lib/core/exec';
import { findHelm, parseHelmChoice, parseHelmVersion } from '../../actions/lib/verify/helm';

// Printed by helm 4.1.4 (the pinned one) and by a helm 3 from before KubeClientVersion was printed.
const HELM4 =
  'version.BuildInfo{Version:"v4.1.4", GitCommit:"05fa37973dc9e42b76e1d2883494c87174b6074f", ' +
  'GitTreeState:"clean", GoVersion:"go1.25.9", KubeClientVersion:"v1.35"}\n';
const HELM3_OLD =
  'version.BuildInfo{Version:"v3.8.0", GitCommit:"d14138609b01886f544b2025f5000351c9eb092e", ' +
  'GitTreeState:"clean", GoVersion:"go1.17.5"}\n';

test('helm version: the short form, and the Kubernetes version helm renders for by default', () => {
  expect(parseHelmVersion(HELM4)).toEqual({ version: 'v4.1.4+g05fa379', kubeVersion: '1.35.0' });
  expect(parseHelmVersion(HELM3_OLD)).toEqual({ version: 'v3.8.0+gd141386' });
  expect(parseHelmVersion('GoVersion:"go1.25.9"')).toBeUndefined();
  expect(parseHelmVersion('')).toBeUndefined();
});

test('the helm input: pinned by default, path, none, or a path; anything else names the input', () => {
  expect(parseHelmChoice('')).toBe('pinned');
  expect(parseHelmChoice(' pinned ')).toBe('pinned');
  expect(parseHelmChoice('path')).toBe('path');
  expect(parseHelmChoice('none')).toBe('none');
  expect(parseHelmChoice('./bin/helm')).toEqual({ file: './bin/helm' });
  expect(() => parseHelmChoice('helm4')).toThrow(ConfigurationError);
  expect(() => parseHelmChoice('helm4')).toThrow(/helm.*helm4.*expected pinned, path, none/);
});

describe('findHelm', () => {
  let tmp: string;
  beforeEach(() => (tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'verify-helm-'))));
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const script = (name: string, body: string) => {
    const file = path.join(tmp, name);
    fs.writeFileSync(file, `#!/bin/sh\n${body}\n`, { mode: 0o755 });
    return file;
  };

  test('a given file that answers as helm does is used, with what it says of itself', async () => {
    const file = script('helm', `[ "$1" = version ] && printf '%s' '${HELM4.trim()}'`);
    const found = await findHelm({ file }, { exec: quietRun });
    expect(found.helm).toBe(file);
    await expect(found.version).resolves.toEqual({ version: 'v4.1.4+g05fa379', kubeVersion: '1.35.0' });
  });

  test('a given file that is no helm is the input’s fault: failing, or printing no version', async () => {
    for (const file of [script('fails', 'echo "no such command" >&2; exit 3'), script('quiet', 'exit 0')]) {
      const found = await findHelm({ file }, { exec: quietRun });
      await expect(found.version).rejects.toThrow(ConfigurationError);
      await expect(found.version).rejects.toThrow(/it does not run as helm/);
    }
    await expect(findHelm({ file: path.join(tmp, 'absent') }, { exec: quietRun })).rejects.toThrow(
      /no such file/
    );
  });

  test('none and path: no helm, or the one on PATH (an error when there is none)', async () => {
    expect((await findHelm('none', { exec: quietRun })).helm).toBeUndefined();
    const noPath = { exec: quietRun, onPath: async () => false };
    await expect(findHelm('path', noPath)).rejects.toThrow(/there is no helm on PATH/);
    // Off a runner, the pinned helm is not fetched: PATH, else none, said why.
    const off = await findHelm('pinned', { ...noPath, env: {} });
    expect(off.helm).toBeUndefined();
    expect(off.why).toMatch(/is for GitHub runners, and there is no helm on PATH/);
  });
});
