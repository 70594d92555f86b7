import { ExecResult, lastLine } from '../core/exec';

// buildx's docker driver writes no archive while Docker keeps its classic image store.
const DOCKER_DRIVER_REFUSAL = /\b(OCI|Docker) exporter is not supported for the docker driver/;

/** Why a command failed; a docker-driver export refusal gets the way around it. */
export function commandFailure(res: ExecResult): string {
  const refused = res.stderr.match(DOCKER_DRIVER_REFUSAL);
  if (refused) {
    return (
      `${refused[0]}: load the image instead (--output type=docker,name=NAME) and ` +
      'write the archive with docker save NAME -o "$IMAGE_ARCHIVE"'
    );
  }
  return lastLine(res.stderr) || lastLine(res.stdout) || `exit code ${res.exitCode}`;
}
