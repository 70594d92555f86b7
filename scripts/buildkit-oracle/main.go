// buildkit-oracle prints, as JSON, the images BuildKit's own Dockerfile frontend pulls for each
// Dockerfile: every stage base and every COPY --from / RUN --mount=from image, for any target.
// The expected answers of test/unit/scan-dockerfile-oracle.test.ts come from it.
//
// It has no network: a recording image resolver answers every lookup. The target platform is
// linux/s390x and the build platform linux/riscv64, so a platform that is neither was fixed by the
// Dockerfile (`FROM --platform=linux/amd64`); the others print as "" (every platform).
//
// Build it inside a BuildKit v0.11.6 source tree (its vendor folder, Go 1.19 or later):
//   mkdir cmd/buildkit-oracle && cp main.go cmd/buildkit-oracle/
//   GOFLAGS=-mod=vendor go build -o /tmp/buildkit-oracle ./cmd/buildkit-oracle
//   /tmp/buildkit-oracle [--build-arg K=V]... FILE... > test/fixtures/dockerfiles/buildkit-oracle.json
// and, over the files it refuses for want of a build argument, with the arguments their builds pass:
//   /tmp/buildkit-oracle --build-arg ARCH=arm64 --build-arg BASE_IMAGE=... FILE... > buildkit-oracle-build-args.json
// With --reachable (the last stage) or --target NAME it prints the images BuildKit loads instead:
// those of the stages that target reaches (buildkit-oracle-reachable.json, buildkit-oracle-target-linux.json).
package main

import (
	"context"
	"encoding/json"
	"os"
	"sort"
	"strings"
	"sync"

	"github.com/containerd/containerd/platforms"
	"github.com/moby/buildkit/client/llb"
	"github.com/moby/buildkit/frontend/dockerfile/dockerfile2llb"
	"github.com/moby/buildkit/solver/pb"
	digest "github.com/opencontainers/go-digest"
	ocispecs "github.com/opencontainers/image-spec/specs-go/v1"
)

type recorder struct {
	mu   sync.Mutex
	seen map[[2]string]bool
	// reachable: record the images BuildKit loads (those of the stages the target reaches), not
	// every name it looks up.
	reachable bool
}

func (r *recorder) add(ref string, p *ocispecs.Platform) {
	r.mu.Lock()
	defer r.mu.Unlock()
	ps := ""
	if p != nil {
		ps = platforms.Format(*p)
	}
	if ps == "linux/s390x" || ps == "linux/riscv64" {
		ps = ""
	}
	r.seen[[2]string{ref, ps}] = true
}

// ResolveImageConfig answers with a one-layer s390x config, so the conversion goes on.
func (r *recorder) ResolveImageConfig(ctx context.Context, ref string, opt llb.ResolveImageConfigOpt) (digest.Digest, []byte, error) {
	if r.reachable {
		r.add(ref, opt.Platform)
	}
	cfg := `{"architecture":"s390x","os":"linux","rootfs":{"type":"layers","diff_ids":["sha256:0000000000000000000000000000000000000000000000000000000000000000"]},"config":{}}`
	return "", []byte(cfg), nil
}

type result struct {
	Images [][2]string `json:"images"`
	Error  string      `json:"error,omitempty"`
}

func oracle(path string, buildArgs map[string]string, stage string, reachable bool) result {
	dt, err := os.ReadFile(path)
	if err != nil {
		return result{Error: err.Error()}
	}
	rec := &recorder{seen: map[[2]string]bool{}, reachable: reachable}
	target := platforms.MustParse("linux/s390x")
	caps := pb.Caps.CapSet(pb.Caps.All())
	opt := dockerfile2llb.ConvertOpt{
		MetaResolver:   rec,
		BuildArgs:      buildArgs,
		TargetPlatform: &target,
		BuildPlatforms: []ocispecs.Platform{platforms.MustParse("linux/riscv64")},
		LLBCaps:        &caps,
		Target:         stage,
		// Called for every stage base and COPY/mount source, reachable from the target or not;
		// stage names (never with a slash) come here too and are left out.
		ContextByName: func(ctx context.Context, name, mode string, p *ocispecs.Platform) (*llb.State, *dockerfile2llb.Image, error) {
			if !reachable && strings.Contains(name, "/") {
				rec.add(name, p)
			}
			return nil, nil, nil
		},
	}
	_, _, _, err = dockerfile2llb.Dockerfile2LLB(context.Background(), dt, opt)
	res := result{Images: [][2]string{}}
	for k := range rec.seen {
		res.Images = append(res.Images, k)
	}
	sort.Slice(res.Images, func(i, j int) bool {
		return res.Images[i][0]+" "+res.Images[i][1] < res.Images[j][0]+" "+res.Images[j][1]
	})
	if err != nil {
		res.Error = err.Error()
	}
	return res
}

func main() {
	buildArgs := map[string]string{}
	out := map[string]interface{}{"oracle": "BuildKit v0.11.6 dockerfile2llb", "buildArgs": buildArgs}
	files := map[string]result{}
	args := os.Args[1:]
	target, reachable := "", false
	for i := 0; i < len(args); i++ {
		if args[i] == "--reachable" {
			reachable = true
			out["reachable"] = true
			continue
		}
		if args[i] == "--target" && i+1 < len(args) {
			target, reachable = args[i+1], true
			out["reachable"], out["target"] = true, target
			i++
			continue
		}
		if args[i] == "--build-arg" && i+1 < len(args) {
			kv := strings.SplitN(args[i+1], "=", 2)
			buildArgs[kv[0]] = kv[len(kv)-1]
			i++
			continue
		}
		files[args[i]] = oracle(args[i], buildArgs, target, reachable)
	}
	out["files"] = files
	b, _ := json.MarshalIndent(out, "", "  ")
	os.Stdout.Write(append(b, '\n'))
}
