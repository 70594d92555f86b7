// Bench (b): deep ELF check throughput vs `gzip -dc | tar -t` on the same layer blob.
// The layer is ~40 MB of real files from /usr/bin (many ELF), gzip-compressed, pushed to the
// lab registry as a linux/amd64 image. Ours includes the HTTP fetch and the digest check;
// the baseline reads the blob from a local file.
// Run: node scripts/run-ts.js test/bench/deep.bench.ts
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { requireLab } from '../lab/lab';
import { parseReference } from '../../actions/lib/oci/reference';
import { RegistryClient } from '../../actions/lib/registry/client';
import { scanImageLayers } from '../../actions/lib/verify/deep';
import { suffix } from '../integration/verify-lab';
import { Layer, makeLayer, pushImage } from '../helpers/images';
import { runBench } from './lib';

const TARGET_BYTES = Number(process.env.BENCH_LAYER_MB ?? 40) * 1024 * 1024;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

/** Real files from /usr/bin up to TARGET_BYTES, as a layer, with how many and how many are ELF. */
async function usrBinLayer(): Promise<Layer & { raw: number; files: number; elf: number }> {
  const entries: Record<string, Buffer> = {};
  let raw = 0;
  let files = 0;
  let elf = 0;
  for (const name of fs.readdirSync('/usr/bin').sort()) {
    if (raw >= TARGET_BYTES) break;
    const p = path.join('/usr/bin', name);
    const st = fs.lstatSync(p);
    if (!st.isFile() || st.size > 8 * 1024 * 1024) continue;
    const data = fs.readFileSync(p);
    if (data.subarray(0, 4).equals(Buffer.from([0x7f, 0x45, 0x4c, 0x46]))) elf++;
    entries[`usr/bin/${name}`] = data;
    raw += data.length;
    files++;
  }
  return { ...(await makeLayer(entries)), raw, files, elf };
}

async function main(): Promise<void> {
  const lab = requireLab();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'deep-bench-'));
  const client = new RegistryClient();
  try {
    const layer = await usrBinLayer();
    const blobFile = path.join(tmp, 'layer.tar.gz');
    fs.writeFileSync(blobFile, layer.blob);
    const ref = parseReference(`${lab.LAB_REGISTRY}/deep-bench-${suffix()}:1`);
    const arch = os.arch() === 'arm64' ? 'arm64' : 'amd64';
    const {
      descriptor: { digest },
      layerDigest
    } = await pushImage(client, ref, arch, layer, { tag: '1' });

    const ours: number[] = [];
    let executables = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = process.hrtime.bigint();
      const v = await scanImageLayers(client, ref, digest, arch, { stopEarly: true });
      ours.push(Number(process.hrtime.bigint() - t0) / 1e6);
      executables = v.executables;
      if (!v.ok) throw new Error('host binaries reported as foreign');
    }
    const base: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = process.hrtime.bigint();
      execFileSync('sh', ['-c', 'gzip -dc "$1" | tar -t > /dev/null', 'sh', blobFile]);
      base.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    // The same blob fetched from the registry too, so both sides pay for HTTP.
    const url = `http://${ref.registry}/v2/${ref.repository}/blobs/${layerDigest}`;
    const viaHttp: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = process.hrtime.bigint();
      execFileSync('sh', ['-c', 'curl -sf "$1" | gzip -dc | tar -t > /dev/null', 'sh', url]);
      viaHttp.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const best = (xs: number[]) => Math.min(...xs);
    const mb = layer.raw / 1024 / 1024;
    console.log(
      `layer: ${layer.files} files (${layer.elf} ELF), ${mb.toFixed(1)} MiB raw, ${(layer.blob.length / 1024 / 1024).toFixed(1)} MiB gzip; ${executables} ELF seen by the scan`
    );
    console.log(
      `deep scan via registry (fetch + sha256 + gunzip + tar + ELF): best ${best(ours).toFixed(0)} ms = ${(mb / (best(ours) / 1000)).toFixed(0)} MiB/s  runs ${ours.map(x => x.toFixed(0)).join(', ')}`
    );
    console.log(
      `gzip -dc | tar -t (local file):                           best ${best(base).toFixed(0)} ms = ${(mb / (best(base) / 1000)).toFixed(0)} MiB/s  runs ${base.map(x => x.toFixed(0)).join(', ')}`
    );
    console.log(
      `curl | gzip -dc | tar -t (from the registry):             best ${best(viaHttp).toFixed(0)} ms = ${(mb / (best(viaHttp) / 1000)).toFixed(0)} MiB/s  runs ${viaHttp.map(x => x.toFixed(0)).join(', ')}`
    );
    console.log(
      `ratio: ${((100 * best(base)) / best(ours)).toFixed(0)} % of local gzip|tar, ${((100 * best(viaHttp)) / best(ours)).toFixed(0)} % of curl|gzip|tar (target >= 80 %)`
    );
  } finally {
    client.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

runBench(main);
