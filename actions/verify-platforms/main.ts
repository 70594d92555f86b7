import * as core from '@actions/core';
import { writeSummary } from '../lib/core/summary';
import { annotate, failureOf, verifyPlatforms, writeReport } from '../lib/verify/verify';
import { addVerifySummary } from '../lib/verify/summary';
import { getInputs, OUT } from './inputs';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const result = await core.group('Check images', () =>
    verifyPlatforms({
      images: inputs.images,
      chart: inputs.chart || undefined,
      manifests: inputs.manifests,
      dockerfiles: inputs.dockerfiles,
      cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
      platforms: inputs.platforms,
      deep: inputs.deep,
      allow: inputs.allow,
      mirrors: inputs.mirrors,
      insecureRegistries: inputs.insecureRegistries,
      concurrency: inputs.concurrency,
      onImage: i => {
        const mark = i.status === 'ok' ? '✅' : i.status === 'allowed' ? '⚠' : '❌';
        core.info(
          `${mark} ${i.reference} → ${i.resolved}${i.reason ? `: ${i.reason}` : ''} (${i.durationMs} ms)`
        );
      }
    })
  );
  for (const note of result.notes) core.info(note);
  annotate(result);

  const reportPath = writeReport(result, inputs.report);
  core.setOutput(OUT.ok, String(result.ok));
  core.setOutput(OUT.missing, JSON.stringify(result.missing));
  core.setOutput(OUT.checked, String(result.checked));
  core.setOutput(OUT.report, reportPath);
  core.info(`${result.checked} images checked in ${result.durationMs} ms; report: ${reportPath}`);

  await writeSummary(inputs.summary, s => addVerifySummary(s, result));

  const failure = failureOf(result);
  if (failure && inputs.failOn === 'missing') throw failure;
  if (failure) core.warning(`${failure.message} (fail-on: never)`);
}
