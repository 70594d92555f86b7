// The local lab as seen by tests. `bash test/lab/lab.sh up` writes <labdir>/lab.json;
// jest's integration project runs it in global-setup (see global-setup.js).
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface LabEnv {
  /** Lab directory (default /tmp/arch-actions-lab, or $ARCH_LAB_DIR). */
  LAB_DIR: string;
  /** host:port of the plain-http registry, e.g. 127.0.0.1:5123. */
  LAB_REGISTRY: string;
  LAB_REGISTRY_PID: string;
  /** host:port of a second registry with htpasswd auth (user/password below); '' if absent. */
  LAB_AUTH_REGISTRY: string;
  LAB_AUTH_REGISTRY_PID: string;
  LAB_AUTH_USER: string;
  LAB_AUTH_PASSWORD: string;
  /** <registry>/base:latest, an OCI index with linux/amd64 and linux/arm64 busybox images. */
  LAB_BASE_IMAGE: string;
  /** <registry>/base-amd64:latest, a single-arch manifest. */
  LAB_BASE_AMD64: string;
  /** <registry>/base-arm64:latest, a single-arch manifest. */
  LAB_BASE_ARM64: string;
  /** Static busybox binaries, for building "wrong arch" images. */
  LAB_BUSYBOX_AMD64: string;
  LAB_BUSYBOX_ARM64: string;
  /** docker CLI that works with the lab daemon (buildx plugin installed). */
  LAB_DOCKER: string;
  LAB_DOCKERD_PID: string;
  /** '1' when lab.sh started dockerd itself. */
  LAB_DOCKERD_STARTED: string;
  LAB_BUILDX: string;
  /** helm v4.1.4 and kubectl v1.33.9, from the layer of an npm package (lab.sh setup_kube_tools). */
  LAB_HELM: string;
  LAB_KUBECTL: string;
  /** cosign 2.5 and oras 1.2 from Debian trixie's packages (lab.sh setup_sign_tools). */
  LAB_COSIGN: string;
  LAB_ORAS: string;
  /** host:port of a delay proxy in front of LAB_REGISTRY ('' in a lab from before it). */
  LAB_DELAYED_REGISTRY: string;
  /** Its one-way delay in ms. */
  LAB_DELAY_MS: string;
  /** Always 'chroot' (crun fails on this kernel's hybrid cgroups). */
  BUILDAH_ISOLATION: string;
  /** Always 'vfs'. */
  STORAGE_DRIVER: string;
  /** A Node 24 binary (the runtime of `runs.using: node24`); '' when lab.sh could not fetch it. */
  LAB_NODE24: string;
  /** Debian trixie's docker CLI 26.1.5, for the two Docker 26 daemons below (lab.sh setup_docker26). */
  LAB_DOCKER26: string;
  /** DOCKER_HOST of Docker 26 with the classic image store (`docker save` writes an OCI layout, plain layers). */
  LAB_DOCKER26_HOST: string;
  LAB_DOCKER26_PID: string;
  /** DOCKER_HOST of Docker 26 with the containerd image store (`features.containerd-snapshotter`). */
  LAB_DOCKER26_CSTORE_HOST: string;
  LAB_DOCKER26_CSTORE_PID: string;
  /** Debian's fio (native), the root of Debian's arm64 fio and its libraries, and the QEMU that runs it
   * (`qemu-aarch64-static -L <root> <root>/usr/bin/fio`); lvm2 comes with them. */
  LAB_FIO: string;
  LAB_FIO_ARM64_ROOT: string;
  LAB_QEMU_AARCH64: string;
  [key: string]: string;
}

export function labDir(): string {
  return process.env.ARCH_LAB_DIR || '/tmp/arch-actions-lab';
}

/** The lab's settings, or undefined when the lab has not been brought up. */
export function labEnv(): LabEnv | undefined {
  const file = path.join(labDir(), 'lab.json');
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const env = JSON.parse(text) as LabEnv;
  if (!env.LAB_REGISTRY || !env.LAB_BASE_IMAGE) return undefined;
  return env;
}

/**
 * The lab's settings; throws when the lab is missing so that integration tests
 * fail (never skip) in CI. Call in beforeAll: `lab = requireLab()`.
 */
export function requireLab(): LabEnv {
  const env = labEnv();
  if (!env) {
    throw new Error(
      `the local lab is not up (${path.join(labDir(), 'lab.json')} missing): run "bash test/lab/lab.sh up" as root`
    );
  }
  return env;
}

/** process.env plus what lab tools need (STORAGE_DRIVER, BUILDAH_ISOLATION), for child processes. */
export function labProcessEnv(lab: LabEnv, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    STORAGE_DRIVER: lab.STORAGE_DRIVER,
    BUILDAH_ISOLATION: lab.BUILDAH_ISOLATION,
    ...extra
  };
}
