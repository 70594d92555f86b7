#!/usr/bin/env bash
# Puts <lab registry>/go-builder:1.19 in the lab registry: an index of linux/amd64 and
# linux/arm64 images, each the lab's busybox base plus Debian's Go 1.19 toolchain (and the
# libc its `go` command links), for test/bench/emulation.bench.ts. Needs the lab up.
# Idempotent: does nothing when the index is already there. Debian packages are cached in
# $ARCH_LAB_CACHE (default /var/cache/arch-actions-lab)/go.
#
#   bash test/bench/go-builder.sh     prints the image reference
set -euo pipefail

LAB_DIR="${ARCH_LAB_DIR:-/tmp/arch-actions-lab}"
CACHE="${ARCH_LAB_CACHE:-/var/cache/arch-actions-lab}/go"
export STORAGE_DRIVER=vfs BUILDAH_ISOLATION=chroot
GO=golang-1.19
REGISTRY=$(sed -n 's/^LAB_REGISTRY=//p' "$LAB_DIR/env")
[ -n "$REGISTRY" ] || { echo "go-builder: the lab is not up ($LAB_DIR/env)" >&2; exit 1; }
IMAGE="$REGISTRY/go-builder:1.19"

index_ok() {
  curl -fs -o /dev/null -H 'Accept: application/vnd.oci.image.index.v1+json' \
    "http://$REGISTRY/v2/go-builder/manifests/1.19"
}

fetch_debs() { # the toolchain per architecture, its source (arch: all) and libc
  mkdir -p "$CACHE"
  local want=("$GO-go:amd64" "$GO-go:arm64" "$GO-src" "libc6:amd64" "libc6:arm64") missing=() p
  for p in "${want[@]}"; do
    local name=${p%%:*} arch=${p#*:}
    [ "$arch" = "$p" ] && arch=all
    ls "$CACHE/${name}"_*_"$arch".deb >/dev/null 2>&1 || missing+=("$p")
  done
  [ ${#missing[@]} = 0 ] && return 0
  if ! dpkg --print-foreign-architectures | grep -qx arm64; then dpkg --add-architecture arm64; fi
  apt-get update -qq
  (cd "$CACHE" && apt-get download -qq "${missing[@]}" >/dev/null)
}

rootfs() { # arch -> a folder with the Go tree (no precompiled std, as in Go 1.20+) and libc
  local arch=$1 root
  root=$(mktemp -d)
  dpkg -x "$(ls "$CACHE/$GO-go"_*_"$arch".deb)" "$root"
  dpkg -x "$(ls "$CACHE/$GO-src"_*_all.deb)" "$root"
  dpkg -x "$(ls "$CACHE"/libc6_*_"$arch".deb)" "$root"
  rm -rf "$root/usr/lib/go-1.19/pkg/linux_$arch" "$root/usr/lib/go-1.19/pkg/linux_${arch}_race" \
    "$root/usr/share/doc" "$root/usr/share/lintian" "$root/usr/share/man"
  echo "$root"
}

build_arch() { # arch
  local arch=$1 root c
  root=$(rootfs "$arch")
  c=$(buildah from -q --tls-verify=false --arch "$arch" "docker://$REGISTRY/base-$arch:latest")
  buildah copy -q "$c" "$root/" / >/dev/null
  buildah config --arch "$arch" --os linux \
    --env PATH=/usr/lib/go-1.19/bin:/usr/sbin:/usr/bin:/sbin:/bin --env CGO_ENABLED=0 \
    --env HOME=/root --env GOCACHE=/tmp/go-cache --env GOPATH=/tmp/go "$c"
  buildah commit -q --format oci --rm "$c" "go-builder-$arch" >/dev/null
  buildah push -q --tls-verify=false "go-builder-$arch" "docker://$REGISTRY/go-builder-$arch:1.19"
  buildah manifest add go-builder-list "containers-storage:localhost/go-builder-$arch" >/dev/null
  rm -rf "$root"
}

if ! index_ok; then
  fetch_debs
  buildah manifest rm go-builder-list >/dev/null 2>&1 || true
  buildah manifest create go-builder-list >/dev/null
  for arch in amd64 arm64; do build_arch "$arch"; done
  buildah manifest push -q --all --format oci --tls-verify=false go-builder-list "docker://$IMAGE"
  buildah manifest rm go-builder-list >/dev/null 2>&1 || true
  buildah rmi -f go-builder-amd64 go-builder-arm64 >/dev/null 2>&1 || true
  index_ok || { echo "go-builder: $IMAGE is not in the registry after the push" >&2; exit 1; }
fi
echo "$IMAGE"
