import * as core from '@actions/core';
import { CheckError } from '../lib/core/errors';
import { writeSummary } from '../lib/core/summary';
import { annotate, failureOf, verifyPlatforms, writeReport } from '../lib/verify/verify';
import { addVerifySummary } from '../lib/verify/summary';
import { annotateFindings, lintFailure } from '../lib/verify/lint/report';
import { getInputs, OUT } from './inputs';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const lintOnly = inputs.lint === 'only';
  const result = await core.group(lintOnly ? 'Lint Dockerfiles' : 'Check images', () =>
    verifyPlatforms({
      images: inputs.images,
      chart: inputs.chart || undefined,
      manifests: inputs.manifests,
      dockerfiles: inputs.dockerfiles,
      lint: lintOnly ? 'only' : inputs.lint === 'true',
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
  annotateFindings(result.findings);
  const lintFailed = lintFailure(result.findings, inputs.lintFailOn);

  const reportPath = writeReport(result, inputs.report);
  core.setOutput(OUT.ok, String(result.ok && !lintFailed));
  core.setOutput(OUT.missing, JSON.stringify(result.missing));
  core.setOutput(OUT.checked, String(result.checked));
  core.setOutput(OUT.findings, JSON.stringify(result.findings));
  core.setOutput(OUT.report, reportPath);
  const checked = lintOnly ? `${result.findings.length} lint findings` : `${result.checked} images checked`;
  core.info(`${checked} in ${result.durationMs} ms; report: ${reportPath}`);

  await writeSummary(inputs.summary, s => addVerifySummary(s, result));

  const failure = failureOf(result);
  if (failure && inputs.failOn === 'never') core.warning(`${failure.message} (fail-on: never)`);
  const failures = [lintFailed, inputs.failOn === 'missing' ? failure : undefined].filter(
    f => f !== undefined
  );
  if (failures.length > 1) throw new CheckError(failures.map(f => f.message).join('; '));
  if (failures.length) throw failures[0];
}
