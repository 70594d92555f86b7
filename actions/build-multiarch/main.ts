import * as core from '../lib/core/toolkit';
import { BuildInputs } from '../lib/build/inputs';
import {
  BuildDeps,
  buildShards,
  mergeShards,
  reportBuild,
  setupEmulation,
  tagProven,
  withClient,
  writeBuildSummary
} from '../lib/build/pipeline';
import { describePlan, planMatrix } from '../lib/build/plan';
import { MergeResult } from '../lib/build/merge';
import { readDigestFiles } from '../lib/build/digests';
import { table, writeSummary } from '../lib/core/summary';
import { BUILD_MULTIARCH } from '../lib/core/specs.generated';
import { getInputs, Inputs, OUT } from './inputs';
import * as path from 'node:path';
import { scratchDir } from '../lib/core/paths';

const MODE = BUILD_MULTIARCH.inputs.mode.name;

async function plan(inputs: Inputs): Promise<void> {
  const matrix = planMatrix(inputs.platforms, inputs.runnerMap);
  for (const line of describePlan(matrix)) {
    if (line.includes('emulated')) core.notice(line);
    else core.info(line);
  }
  core.setOutput(OUT.matrix, JSON.stringify(matrix));
  await writeSummary(inputs.summary, s => {
    s.addHeading('Build plan', 3);
    s.addTable(
      table(
        ['Platform', 'Runner', 'Runs'],
        matrix.include.map(e => [
          `<code>${e.platform}</code>`,
          `<code>${e.runner}</code>`,
          e.emulated ? 'emulated (QEMU)' : 'native'
        ])
      )
    );
  });
}

function noticeWaitingTags(b: BuildInputs, merged: MergeResult): void {
  if (b.tagAfter !== 'merge') {
    core.notice(
      `${merged.digest} is pushed by digest only; its tags move in ${MODE} "tag" once it passes ${b.tagAfter}`
    );
  }
}

/** The entry point; `deps` lets tests capture the builders' argv (index.ts passes none). */
export async function run(deps: BuildDeps = {}): Promise<void> {
  const inputs = getInputs();
  if (inputs.mode === 'plan' || !inputs.build) return plan(inputs);
  const b = inputs.build;

  if (inputs.mode === 'shard') {
    await setupEmulation(b.shardPlatforms, b.builder);
    const records = await withClient(b, c => buildShards(b, b.shardPlatforms, { ...deps, client: c }));
    await reportBuild(OUT, b, records);
    return;
  }

  if (inputs.mode === 'tag') {
    const proof = inputs.proof && { ...inputs.proof, dir: path.join(scratchDir(), 'proofs') };
    const tagged = await withClient(b, c => tagProven(OUT, b, c, inputs.digest, inputs.checks, proof));
    core.setOutput(OUT.proofs, JSON.stringify(tagged.proof?.written ?? []));
    return;
  }

  if (inputs.mode === 'merge') {
    const records = readDigestFiles(b.digestsDir);
    const merged = await withClient(b, c => mergeShards(b, c, records));
    noticeWaitingTags(b, merged);
    await reportBuild(OUT, b, records, merged);
    return;
  }

  // all: every platform in this job, QEMU only for the foreign ones.
  await setupEmulation(b.platforms, b.builder);
  await withClient(b, async c => {
    const records = await buildShards(b, b.platforms, { ...deps, client: c });
    if (!b.push) {
      core.info('push is false: the platforms were built, and nothing was pushed or merged');
      await writeBuildSummary(b.summary, records);
      return;
    }
    const merged = await mergeShards(b, c, records);
    noticeWaitingTags(b, merged);
    await reportBuild(OUT, b, records, merged);
  });
}
