import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { collectDiagnostics } from '../../actions/lib/e2e/cluster/diagnostics';
import { Kubectl } from '../../actions/lib/e2e/cluster/kubectl';
import { KubeExec } from '../../actions/lib/e2e/cluster/kubectl';
import { recordedKubectl } from '../fixtures/kubectl/recorded';

const fixtures = path.join(__dirname, '..', 'fixtures', 'kubectl');
const read = (f: string) => fs.readFileSync(path.join(fixtures, f), 'utf8');

describe('collectDiagnostics with recorded kubectl output', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'diag-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('collects resources, events, nodes, failing pods with their logs and previous logs', async () => {
    const calls: string[][] = [];
    const exec = recordedKubectl(calls, {
      // pvc/pv/sc and the reader's logs were not recorded: an error, but collection goes on.
      'logs arch-e2e-reader-3f9a1c --namespace arch-e2e-3f9a1c --container reader --timestamps': {
        exitCode: 1,
        stdout: '',
        stderr:
          'Error from server (BadRequest): container "reader" in pod "arch-e2e-reader-3f9a1c" is waiting to start: ContainerCreating'
      }
    });
    const d = await collectDiagnostics(dir, new Kubectl(exec, () => '/opt/kubectl', '/t/kc'));
    expect(d.failingPods).toEqual([
      'arch-e2e-3f9a1c/arch-e2e-reader-3f9a1c',
      'openebs/openebs-localpv-provisioner-6d7b9c8f5-qwz8t'
    ]);
    expect(d.files.map(f => path.basename(f))).toEqual([
      'all-resources.txt',
      'pvc-pv-sc.txt',
      'events.txt',
      'nodes.txt',
      'nodes-describe.txt',
      'pods.json',
      'pod-arch-e2e-3f9a1c-arch-e2e-reader-3f9a1c.describe.txt',
      'pod-arch-e2e-3f9a1c-arch-e2e-reader-3f9a1c.reader.log',
      'pod-openebs-openebs-localpv-provisioner-6d7b9c8f5-qwz8t.describe.txt',
      'pod-openebs-openebs-localpv-provisioner-6d7b9c8f5-qwz8t.openebs-localpv-provisioner.log',
      'pod-openebs-openebs-localpv-provisioner-6d7b9c8f5-qwz8t.openebs-localpv-provisioner.previous.log'
    ]);
    // Every call targets our cluster.
    for (const c of calls) expect(c.slice(-2)).toEqual(['--kubeconfig', '/t/kc']);
    expect(calls.every(c => c[0] === '/opt/kubectl')).toBe(true);
    const file = (n: string) => fs.readFileSync(path.join(dir, n), 'utf8');
    expect(file('events.txt')).toBe(read('events.txt'));
    expect(file('all-resources.txt')).toContain('CrashLoopBackOff');
    expect(
      file('pod-openebs-openebs-localpv-provisioner-6d7b9c8f5-qwz8t.openebs-localpv-provisioner.previous.log')
    ).toContain('2025-06-02T10:13:20.015532Z');
    expect(file('pod-arch-e2e-3f9a1c-arch-e2e-reader-3f9a1c.reader.log')).toMatch(
      /^# kubectl logs .* failed \(exit 1\)\n.*ContainerCreating/
    );
    expect(d.errors).toHaveLength(2);
    expect(d.errors[0]).toMatch(/^kubectl get persistentvolumeclaims,persistentvolumes,storageclasses/);
    expect(d.errors[1]).toContain('is waiting to start: ContainerCreating');
  });

  test('no previous logs for a container that never restarted', async () => {
    const calls: string[][] = [];
    await collectDiagnostics(dir, new Kubectl(recordedKubectl(calls), () => 'kubectl', '/k'));
    const previous = calls.filter(c => c.includes('--previous'));
    expect(previous.map(c => c[2])).toEqual(['openebs-localpv-provisioner-6d7b9c8f5-qwz8t']);
  });

  test('an unreachable API server still leaves one file per command, with the reason', async () => {
    const down: KubeExec = async () => ({
      exitCode: 1,
      stdout: '',
      stderr:
        'The connection to the server 127.0.0.1:39091 was refused - did you specify the right host or port?'
    });
    const d = await collectDiagnostics(dir, new Kubectl(down, () => 'kubectl', '/k'));
    expect(d.files).toHaveLength(6);
    expect(d.failingPods).toEqual([]);
    expect(d.errors).toHaveLength(6);
    expect(fs.readFileSync(path.join(dir, 'nodes.txt'), 'utf8')).toContain('was refused');
  });
});
