import * as core from '../lib/core/toolkit';
import { CheckError } from '../lib/core/errors';
import { writeReport } from '../lib/core/report';
import { VERIFY_PLATFORMS } from '../lib/core/specs.generated';
import { writeSummary } from '../lib/core/summary';
import { count } from '../lib/core/words';
import { annotateFindings, failing, lintFailure } from '../lib/verify/lint/report';
import { supportMatrix } from '../lib/verify/matrix';
import { annotate, failureOf, VERIFY_REPORT_VERSION } from '../lib/verify/report';
import { addVerifySummary, chartLine, foundCounts } from '../lib/verify/summary';
import { kindWords } from '../lib/verify/verdict';
import { ImageResult, verifyPlatforms, VerifyResult } from '../lib/verify/verify';
import { getInputs, Inputs, OUT } from './inputs';
import * as path from 'node:path';
import { isLocalRef, parseImageReference } from '../lib/oci/archive-source';
import { RegistryClient } from '../lib/registry/client';
import { parseReference } from '../lib/oci/reference';
import { WrittenProof, writeProofs } from '../lib/proof/write';
import { postComment } from '../lib/verify/comment';
import { restoreResults, ResultCache, saveResults } from '../lib/verify/result-cache';
import { keylessAvailable } from '../lib/proof/keyless';

/**
 * A line per image as it finishes, but for one that lacks a platform: its problem is told once, by
 * its annotation after the check (and a silent registry's reason by its own).
 */
function progress(i: ImageResult): void {
  const took = `${i.durationMs} ms`;
  if (i.outcome === 'proven') core.info(`✅ ${i.reference} (L${i.level}, ${took})`);
  else if (i.outcome === 'unknown' && i.unknown !== 'error')
    core.info(
      `❓ ${i.reference}: nothing proven (${i.registry} ${kindWords(i.unknown ?? 'error')}, ${took})`
    );
}

function check(inputs: Inputs, results?: ResultCache): Promise<VerifyResult> {
  const lintOnly = inputs.lint === 'only';
  return core.group(lintOnly ? 'Lint Dockerfiles' : 'Check images', () =>
    verifyPlatforms(
      {
        images: inputs.images.map(reference => ({ reference })),
        chart: inputs.chart || undefined,
        values: inputs.values,
        set: inputs.set,
        kubeVersion: inputs.kubeVersion || undefined,
        helm: inputs.helm,
        manifests: inputs.manifests,
        dockerfiles: inputs.dockerfiles,
        buildArgs: inputs.buildArgs,
        target: inputs.target || undefined,
        lint: lintOnly ? 'only' : inputs.lint === 'true',
        cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
        platforms: inputs.platforms,
        deep: inputs.deep,
        allow: inputs.allow,
        mirrors: inputs.mirrors,
        insecureRegistries: inputs.insecureRegistries,
        limits: inputs.limits,
        concurrency: inputs.concurrency,
        proof: { mode: inputs.proof, trust: { keys: inputs.proofKeys, identity: inputs.proofIdentity } },
        ...(results ? { results } : {})
      },
      { onImage: progress }
    )
  );
}

/**
 * A proof for each image given directly that passed and was checked here (not one a proof or the
 * results kept by digest stood in for); signed ones are attached to the index in its registry.
 */
async function prove(inputs: Inputs, result: VerifyResult): Promise<WrittenProof[]> {
  const checked = result.images.filter(
    i =>
      i.found.includes('input') &&
      i.status === 'ok' &&
      !i.proof &&
      !i.cached &&
      !isLocalRef(parseImageReference(i.reference, VERIFY_PLATFORMS.inputs.images.name))
  );
  if (!checked.length) return [];
  const client = new RegistryClient({ insecureRegistries: inputs.insecureRegistries });
  try {
    return await core.group('Platform proofs', () =>
      writeProofs(
        checked.map(image => ({
          image,
          attachTo: parseReference(image.normalized, VERIFY_PLATFORMS.inputs.images.name)
        })),
        { dir: path.dirname(inputs.report), key: inputs.signingKey, keylessToken: inputs.githubToken },
        client
      )
    );
  } finally {
    client.close();
  }
}

/** The run in one line: the images' verdict, and the lint's when it found something. */
function verdictOf(inputs: Inputs, result: VerifyResult): string {
  const found = result.findings.filter(f => f.rule !== 'base-image-platform').length;
  const bad = failing(result.findings, inputs.lintFailOn).length;
  const lint = found
    ? `${count(found, 'lint finding')}${bad ? `, ${bad} at or above ${inputs.lintFailOn}` : ''}`
    : '';
  if (inputs.lint === 'only') return lint || 'no lint finding';
  return [result.verdict, lint].filter(Boolean).join('; ');
}

/**
 * The results kept by digest; a run that signs the proofs of the images given directly checks those
 * each time (a proof is written only for what was checked), and keeps the rest.
 */
function resultCache(inputs: Inputs): ResultCache | undefined {
  if (!inputs.resultCache) return undefined;
  const signs = !!inputs.signingKey || (!!inputs.githubToken && keylessAvailable());
  return new ResultCache(inputs.resultCacheDir, !signs);
}

export async function run(): Promise<void> {
  const inputs = getInputs();
  const lintOnly = inputs.lint === 'only';
  const results = resultCache(inputs);
  if (results) await restoreResults(results.dir);
  const result = await check(inputs, results);
  results?.prune();
  if (results) await saveResults(results);
  for (const note of result.notes) core.info(note);
  const chart = chartLine(result);
  if (chart) core.info(chart);
  annotate(result, inputs.failOn);
  annotateFindings(result.findings);
  const lintFailed = lintFailure(result.findings, inputs.lintFailOn);

  const reportPath = writeReport(
    inputs.report,
    result,
    VERIFY_PLATFORMS.inputs.report.name,
    VERIFY_REPORT_VERSION
  );
  const verdict = verdictOf(inputs, result);
  core.setOutput(OUT.ok, String(result.ok && !lintFailed));
  core.setOutput(OUT.verdict, verdict);
  core.setOutput(OUT.missing, JSON.stringify(result.missing));
  core.setOutput(OUT.unknown, JSON.stringify(result.unknown));
  core.setOutput(OUT.checked, String(result.checked));
  core.setOutput(OUT.findings, JSON.stringify(result.findings));
  core.setOutput(OUT.report, reportPath);
  core.setOutput(OUT.matrix, supportMatrix(result));
  const proofs = await prove(inputs, result);
  core.setOutput(OUT.proofs, JSON.stringify(proofs));
  const checked = lintOnly
    ? count(result.findings.length, 'lint finding')
    : `${count(result.checked, 'image')} checked (found: ${foundCounts(result) || 'none'})`;
  core.info(`${checked} in ${result.durationMs} ms; ${OUT.report}: ${reportPath}`);

  await writeSummary(inputs.summary, s => addVerifySummary(s, result));
  await postComment(inputs.prComment, inputs.githubToken, result, proofs);

  const { error, warnings } = failureOf(result, inputs.failOn);
  for (const w of warnings)
    core.warning(`${w} (${VERIFY_PLATFORMS.inputs['fail-on'].name}: ${inputs.failOn})`);
  const failures = [lintFailed, error].filter(f => f !== undefined);
  if (failures.length > 1) throw new CheckError(failures.map(f => f.message).join('; '));
  if (failures.length) throw failures[0];
}
