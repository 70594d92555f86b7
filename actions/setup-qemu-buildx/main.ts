import * as core from '../lib/core/toolkit';
import { removeSavedBuilder, saveCreatedBuilder, setupBuilder } from '../lib/setup/buildx';
import { setupQemu } from '../lib/setup/qemu';
import { table, writeSummary } from '../lib/core/summary';
import { getInputs, OUT } from './inputs';

export async function run(): Promise<void> {
  const inputs = getInputs();
  const result = await core.group('Set up emulation', () =>
    setupQemu({
      platforms: inputs.platforms,
      qemu: inputs.qemu,
      binfmtSource: inputs.binfmtSource,
      binfmtImage: inputs.binfmtImage,
      verify: inputs.verify
    })
  );
  core.setOutput(OUT['native-platforms'], result.native.join(','));
  core.setOutput(OUT['emulated-platforms'], result.emulated.join(','));
  core.setOutput(OUT.platforms, result.usable.join(','));

  let builder = '';
  let driver = '';
  if (inputs.buildx) {
    const b = await core.group('Set up buildx', () =>
      setupBuilder(
        {
          driver: inputs.driver,
          name: inputs.builderName,
          buildkitImage: inputs.buildkitImage,
          platforms: result.usable
        },
        { onCreated: saveCreatedBuilder }
      )
    );
    builder = b.name;
    driver = b.driver;
  }
  core.setOutput(OUT.builder, builder);
  core.setOutput(OUT.driver, driver);

  await writeSummary(inputs.summary, s => {
    s.addHeading('Platforms', 3);
    s.addTable(
      table(
        ['Platform', 'Runs', 'Emulator', 'Probe', 'Time'],
        result.rows.map(r => [
          `<code>${r.platform}</code>`,
          r.native ? 'native' : 'emulated',
          r.emulator,
          r.probe === 'passed' ? '✅ passed' : r.probe === 'failed' ? `❌ ${r.detail}` : '– skipped',
          r.probeMs === undefined ? '–' : `${r.probeMs} ms`
        ])
      )
    );
    if (builder) s.addRaw(`Builder <code>${builder}</code> (driver <code>${driver}</code>)`, true);
  });
}

/** Post step: remove the builder we created and put the previous one back in use. */
export async function post(): Promise<void> {
  await removeSavedBuilder();
}
