import type { ImageResult, PlatformCheck, VerifyResult } from './verify';
import { compareText } from '../core/compare';
import { count } from '../core/words';
import { kindWords, levelsReached, unknownPhrase } from './verdict';

/**
 * One platform of one image: ✅ with the level proven, ❌ with the level whose check failed,
 * ⚠️ for an allowed gap, ❓ when nothing could be learnt (with why, in a few words).
 */
export function matrixCell(i: ImageResult, c: PlatformCheck | undefined): string {
  if (!c) return '–';
  const level = `L${c.level}`;
  if (c.outcome === 'proven')
    return `✅ ${level}${i.proof ? ' (proof)' : i.cached ? ' (kept)' : c.deep?.unsupported ? ' (layers not read)' : ''}`;
  if (c.outcome === 'unknown') return `❓ unknown: ${kindWords(c.unknown ?? 'error')}`;
  const what = c.status === 'wrong' ? 'wrong' : 'missing';
  return i.status === 'allowed' ? `⚠️ ${level} ${what} (allowed)` : `❌ ${level} ${what}`;
}

/** The header lines: the levels asked for and reached, and what could not be learnt, and why. */
function header(result: VerifyResult): string[] {
  const asked = result.deep
    ? 'L3 built right (ELF headers)'
    : 'L2 configured (the config names the platform)';
  const lines = [
    `Levels: L1 listed in the index, L2 configured, L3 built right (ELF headers of the executables). ` +
      `This run asked for ${asked}; levels reached: ${levelsReached(result.images)}.`
  ];
  const unknown = unknownPhrase(result.images);
  if (unknown) {
    lines.push('', `❓ ${unknown[0].toUpperCase()}${unknown.slice(1)}:`, '');
    for (const r of result.registries)
      lines.push(`- \`${r.registry}\` (${count(r.images, 'image')}): ${cellText(r.reason)}`);
    for (const u of result.unknown.filter(u => u.kind === 'error'))
      lines.push(`- \`${cellText(u.reference)}\`: ${cellText(u.reason)}`);
  }
  return [...lines, ''];
}

/** The group an image belongs to: each chart or subchart it is used by, else the input it came from. */
function groupsOf(i: ImageResult): string[] {
  if (i.charts.length) return i.charts.map(c => `Chart ${c.split('/').join(' › ')}`);
  if (i.found.includes('dockerfile')) return ['Dockerfiles'];
  if (
    i.found.includes('manifest') ||
    ((i.found.includes('indirect') || i.found.includes('custom resource')) && i.locations.length)
  )
    return ['Manifests'];
  return ['Images'];
}

const cellText = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/**
 * The support matrix as Markdown: per chart or subchart (then manifests, Dockerfiles and
 * images given directly), every image against each platform. Sorted, with no timings or
 * hosts, so that the same verdicts always give the same text.
 */
export function supportMatrix(result: VerifyResult): string {
  const groups = new Map<string, ImageResult[]>();
  for (const i of result.images) for (const g of groupsOf(i)) groups.set(g, [...(groups.get(g) ?? []), i]);
  const names = [...groups.keys()].sort((a, b) => compareText(a, b));
  const lines = header(result);
  if (result.chart) {
    const c = result.chart;
    const how =
      c.rendered === 'not rendered'
        ? `not rendered (${c.reason}): images read statically`
        : `${c.rendered} by helm ${c.helm} for Kubernetes ${c.kubeVersion}`;
    lines.push(`Chart \`${c.chart}\`: ${how}.`);
    for (const m of c.missingDependencies)
      lines.push(
        `- dependency \`${m.parent ? `${m.parent}/` : ''}${m.name}\` ${m.version}: not rendered, its images are not checked (${m.reason})`
      );
    lines.push('');
  }
  for (const name of names) {
    const images = [...(groups.get(name) ?? [])].sort((a, b) => compareText(a.normalized, b.normalized));
    lines.push(`### ${name}`, '');
    lines.push(`| Image | Found | ${result.platforms.join(' | ')} |`);
    lines.push(`| --- | --- | ${result.platforms.map(() => '---').join(' | ')} |`);
    for (const i of images) {
      const cells = result.platforms.map(p =>
        matrixCell(
          i,
          i.platforms.find(c => c.platform === p)
        )
      );
      lines.push(`| \`${cellText(i.reference)}\` | ${i.found.join(', ')} | ${cells.join(' | ')} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
