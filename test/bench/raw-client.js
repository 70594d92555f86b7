#!/usr/bin/env node
// The floor for the benches: the same registry requests our actions make, with nothing else
// (no checks, no retries, no auth), node:http with keep-alive and no socket limit.
//
//   node test/bench/raw-client.js levels|deep REF...   REF = host:port/repo:tag
//
// levels: each image's index, its platform manifests, their configs (what levels 1-2 read).
// deep:   the same, plus every layer blob read to its end.
// Every image at once (or RAW_CONCURRENCY at a time); prints the number of requests made and the
// time from the first request to the last byte (the process's own start-up left out).
'use strict';
const http = require('node:http');

const [mode, ...refs] = process.argv.slice(2);
if (!['levels', 'deep'].includes(mode) || !refs.length) {
  console.error('usage: raw-client.js levels|deep REF...');
  process.exit(2);
}
const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });
const ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json'
].join(', ');
let requests = 0;

function get(host, path, accept) {
  requests++;
  const [hostname, port] = host.split(':');
  return new Promise((resolve, reject) => {
    const req = http.get({ hostname, port, path, agent, headers: accept ? { accept } : {} }, res => {
      const chunks = [];
      res.on('data', c => chunks.push(c));
      res.on('end', () =>
        res.statusCode === 200
          ? resolve(Buffer.concat(chunks))
          : reject(new Error(`${path}: ${res.statusCode}`))
      );
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

async function image(ref) {
  const slash = ref.indexOf('/');
  const host = ref.slice(0, slash);
  const [repo, tag] = ref.slice(slash + 1).split(':');
  const top = JSON.parse(await get(host, `/v2/${repo}/manifests/${tag}`, ACCEPT));
  const manifests = top.manifests
    ? await Promise.all(
        top.manifests.map(d => get(host, `/v2/${repo}/manifests/${d.digest}`, ACCEPT).then(JSON.parse))
      )
    : [top];
  const blobs = manifests.flatMap(m => [m.config, ...(mode === 'deep' ? m.layers : [])]);
  await Promise.all(blobs.map(b => get(host, `/v2/${repo}/blobs/${b.digest}`)));
}

// RAW_CONCURRENCY=N: N images at a time (what verify-platforms' concurrency allows), not all at once.
async function all() {
  const limit = Number(process.env.RAW_CONCURRENCY) || refs.length;
  let next = 0;
  const worker = async () => {
    while (next < refs.length) await image(refs[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, refs.length) }, worker));
}

const started = process.hrtime.bigint();
all().then(
  () => {
    agent.destroy();
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    console.log(`${refs.length} images, ${requests} requests in ${ms.toFixed(0)} ms`);
  },
  err => {
    console.error(err.message);
    process.exit(1);
  }
);
