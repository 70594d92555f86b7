#!/usr/bin/env node
// Writes the inputs of build/action.yml that the one-liner shares with the actions it wraps:
// each is copied (description, default, comments) from actions/build-multiarch/action.yml,
// or from setup-qemu-buildx's for the emulation inputs, so they cannot drift. build's own
// inputs (OWN) stay as written.
//
//   node scripts/gen-build-action.js                  rewrite build/action.yml
//   node scripts/gen-build-action.js --check [FILE]   exit 1 when it (or FILE) is stale
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const { root, runGenerator } = require('./actions-meta');

const target = path.join(root, 'build', 'action.yml');
const actionYml = name => path.join(root, 'actions', name, 'action.yml');

/** Inputs that mean something else in build (image is required there) or exist only in build. */
const OWN = ['image', 'mode', 'driver', 'verify', 'deep', 'e2e-command', 'e2e-args', 'signing-key', 'signing-key-password', 'github-token', 'pr-comment'];
/** build-multiarch inputs that make no sense in one job (the tag mode's own: build tags in-process). */
const SKIP = ['runner-map', 'digest', 'checks', 'proof', 'proof-key', 'proof-identity', 'proof-issuer', 'proof-trusted-root'];
/** Inputs taken from setup-qemu-buildx (emulation and the builder), in this order, after the build inputs. */
const EMULATION = ['qemu', 'binfmt-source', 'buildkit-image'];

function inputPairs(text) {
  return YAML.parseDocument(text).get('inputs').items;
}

/** build/action.yml with its shared inputs copied from their sources. */
function generate(
  buildText = fs.readFileSync(target, 'utf8'),
  multiText = fs.readFileSync(actionYml('build-multiarch'), 'utf8'),
  setupText = fs.readFileSync(actionYml('setup-qemu-buildx'), 'utf8')
) {
  const build = YAML.parseDocument(buildText);
  const own = build.get('inputs').items.filter(p => OWN.includes(p.key.value));
  const missing = OWN.filter(name => !own.some(p => p.key.value === name));
  if (missing.length) throw new Error(`build/action.yml lacks its own input(s) ${missing.join(', ')}`);
  const shared = inputPairs(multiText).filter(p => ![...SKIP, ...OWN].includes(p.key.value));
  const emulation = EMULATION.map(name => {
    const pair = inputPairs(setupText).find(p => p.key.value === name);
    if (!pair) throw new Error(`setup-qemu-buildx has no input ${name}`);
    return pair;
  });
  const named = names => own.filter(p => names.includes(p.key.value));
  build.get('inputs').items = [
    ...named(['image', 'mode']),
    ...shared.map(p => p.clone()),
    ...emulation.map(p => p.clone()),
    ...named(['driver', 'verify', 'deep', 'e2e-command', 'e2e-args', 'signing-key', 'signing-key-password', 'github-token', 'pr-comment'])
  ];
  return build.toString({ lineWidth: 0 });
}

module.exports = { generate, target, OWN, SKIP, EMULATION };

if (require.main === module) runGenerator('gen-build-action', generate, target);
