import { containerImages, isFullReference } from '../../actions/lib/verify/scan/workload';
import { parseYamlText } from '../../actions/lib/verify/scan/yaml';

test.each([
  ['quay.io/prometheus-operator/prometheus-config-reloader:v0.93.1', true],
  ['registry.k8s.io/sig-storage/csi-attacher:v4.6.1', true],
  [`docker.io/library/busybox@sha256:${'a'.repeat(64)}`, true],
  ['127.0.0.1:5000/x:1', true],
  ['registry:5000/a/b:1', true],
  ['quay.io/org/thing', false],
  ['busybox:1.36', false],
  ['org/thing:v1', false],
  ['https://quay.io/org/thing:v1', false],
  ['/var/lib/kubelet', false],
  ['./a/b:c', false],
  ['v1.2.3', false],
  ['10.0.0.1:8080', false],
  ['example.com:443', false],
  ['unix:///csi/csi.sock', false],
  ['example.com/path/file.txt', false],
  ['$(IMAGE)', false],
  ['github.com/org/repo', false]
])('isFullReference(%s) is %s', (s, want) => expect(isFullReference(s)).toBe(want));

const images = (yaml: string) =>
  containerImages(parseYamlText(yaml, 'x.yaml')).map(c => `${c.how} ${c.reference} ${c.line} ${c.needle}`);

test('a full reference in any flag, argument or env value is handed over; other words are not', () => {
  const pod = `kind: Deployment
spec:
  template:
    spec:
      containers:
      - name: operator
        image: quay.io/org/operator:v1
        args:
        - --some-reloader=quay.io/org/thing:v1.2.3
        - --kubelet-dir=/var/lib/kubelet
        - --endpoint=unix:///csi/csi.sock
        - --version=v1.2.3
        - sh -c 'exec run --helper ghcr.io/org/helper:2.0'
        env:
        - {name: SIDECAR, value: "registry.k8s.io/sig-storage/csi-resizer:v1.11.1"}
        - {name: URL, value: "https://quay.io/org/thing:v1"}
`;
  expect(images(pod)).toEqual([
    'direct quay.io/org/operator:v1 7 image:',
    'indirect registry.k8s.io/sig-storage/csi-resizer:v1.11.1 15 SIDECAR',
    'indirect quay.io/org/thing:v1.2.3 9 --some-reloader',
    'indirect ghcr.io/org/helper:2.0 13 ghcr.io/org/helper:2.0'
  ]);
});

test('listed custom resources name images; a ConfigMap value that is a full reference is handed over', () => {
  const docs = `apiVersion: monitoring.coreos.com/v1
kind: Prometheus
spec:
  image: quay.io/prometheus/prometheus:v3.5.0
  thanos: {image: quay.io/thanos/thanos:v0.39.0}
---
apiVersion: ceph.rook.io/v1
kind: CephCluster
spec:
  cephVersion: {image: quay.io/ceph/ceph:v19.2.3}
---
apiVersion: example.com/v1
kind: Prometheus
spec:
  image: quay.io/not/listed:v1
---
apiVersion: v1
kind: ConfigMap
data:
  plugin: "quay.io/cephcsi/cephcsi:v3.15.0"
  version: v3.15.0
  url: https://quay.io/cephcsi/cephcsi:v3.15.0
`;
  expect(images(docs)).toEqual([
    'custom resource quay.io/prometheus/prometheus:v3.5.0 4 image:',
    'custom resource quay.io/thanos/thanos:v0.39.0 5 image:',
    'custom resource quay.io/ceph/ceph:v19.2.3 10 image:',
    'indirect quay.io/cephcsi/cephcsi:v3.15.0 20 plugin'
  ]);
});
