import { badInput } from '../lib/core/errors';
import {
  getBool,
  getChoice,
  getInt,
  getLimits,
  getLines,
  getList,
  getString,
  parseKeyValues
} from '../lib/core/inputs';
import { Limits } from '../lib/core/limits';
import { VERIFY_PLATFORMS } from '../lib/core/specs.generated';
import { parsePlatforms, Platform } from '../lib/oci/platform';
import { Mirror } from '../lib/oci/reference';
import { HelmChoice, parseHelmChoice } from '../lib/verify/helm';
import { AllowRule, parseAllow, parseMirrors } from '../lib/verify/verify';
import { defaultReportPath } from '../lib/verify/report';
import { defaultResultCacheDir } from '../lib/verify/result-cache';
import { writePath } from '../lib/core/paths';
import type { KeyObject } from 'node:crypto';
import { getProofInputs, getSigningInputs } from '../lib/proof/inputs';
import type { IdentityTrust } from '../lib/proof/sigstore';
import { ProofMode } from '../lib/verify/proven';

const IN = VERIFY_PLATFORMS.inputs;
export const OUT = VERIFY_PLATFORMS.outputs;

export type FailOn = (typeof IN)['fail-on']['choices'][number];
export type Lint = (typeof IN)['lint']['choices'][number];
export type LintFailOn = (typeof IN)['lint-fail-on']['choices'][number];

export interface Inputs {
  images: string[];
  chart: string;
  values: string[];
  set: string[];
  /** '' means one the chart accepts. */
  kubeVersion: string;
  helm: HelmChoice;
  manifests: string[];
  dockerfiles: string[];
  /** ARG values for the dockerfiles' FROM lines. */
  buildArgs: Record<string, string>;
  /** The stage the dockerfiles are built for; '' means the last stage. */
  target: string;
  platforms: Platform[];
  deep: boolean;
  allow: AllowRule[];
  mirrors: Mirror[];
  insecureRegistries: string[];
  limits: Limits;
  failOn: FailOn;
  lint: Lint;
  lintFailOn: LintFailOn;
  /** Absolute, checked as a file to write; the default lives under RUNNER_TEMP. */
  report: string;
  concurrency: number;
  summary: boolean;
  proof: ProofMode;
  /** Keys a reused proof must be signed with. */
  proofKeys: KeyObject[];
  /** The Sigstore identity a reused keyless proof must be signed by. */
  proofIdentity?: IdentityTrust;
  /** Signs the proofs written; undefined: keyless on GitHub with a token, else unsigned. */
  signingKey?: KeyObject;
  githubToken: string;
  prComment: boolean;
  resultCache: boolean;
  /** Absolute; the default depends on where it runs (defaultResultCacheDir). */
  resultCacheDir: string;
}

export function getInputs(): Inputs {
  return {
    images: getList(IN.images),
    chart: getString(IN.chart),
    values: getList(IN.values),
    set: getLines(IN.set),
    kubeVersion: parseKubeVersion(getString(IN['kube-version'])),
    helm: parseHelmChoice(getString(IN.helm)),
    manifests: getList(IN.manifests),
    dockerfiles: getList(IN.dockerfiles),
    buildArgs: Object.fromEntries(
      parseKeyValues(IN['build-args'].name, getLines(IN['build-args'])).map(kv => [kv.key, kv.value])
    ),
    target: getString(IN.target),
    platforms: parsePlatforms(getList(IN.platforms), IN.platforms.name),
    deep: getBool(IN.deep),
    allow: parseAllow(getLines(IN.allow), IN.allow.name),
    mirrors: parseMirrors(getLines(IN['registry-mirrors']), IN['registry-mirrors'].name),
    insecureRegistries: getList(IN['insecure-registries']),
    limits: getLimits(IN.limits),
    failOn: getChoice(IN['fail-on']),
    lint: getChoice(IN.lint),
    lintFailOn: getChoice(IN['lint-fail-on']),
    report: writePath(IN.report.name, getString(IN.report) || defaultReportPath(), 'file'),
    concurrency: getInt(IN.concurrency, 1, 64),
    summary: getBool(IN.summary),
    prComment: getBool(IN['pr-comment']),
    resultCache: getBool(IN['result-cache']),
    resultCacheDir: resultCacheDir(),
    ...proofInputs()
  };
}

function proofInputs(): Pick<Inputs, 'proof' | 'proofKeys' | 'proofIdentity' | 'signingKey' | 'githubToken'> {
  return {
    ...getSigningInputs(IN['signing-key'], IN['signing-key-password'], IN['github-token']),
    ...getProofInputs(IN.proof, IN['proof-key'], undefined, {
      identity: IN['proof-identity'],
      issuer: IN['proof-issuer'],
      trustedRoot: IN['proof-trusted-root']
    })
  };
}

/** `result-cache-dir`, a folder to write (its parent must exist), or the default for where it runs. */
function resultCacheDir(): string {
  const given = getString(IN['result-cache-dir']);
  return given ? writePath(IN['result-cache-dir'].name, given, 'folder') : defaultResultCacheDir();
}

/** `1.34`, `v1.34.0`: what helm's --kube-version reads. */
export function parseKubeVersion(value: string): string {
  if (value && !/^v?\d+\.\d+(\.\d+)?$/.test(value))
    throw badInput(IN['kube-version'].name, value, 'expected a Kubernetes version such as 1.34 or v1.34.0');
  return value;
}
