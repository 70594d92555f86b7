import { isMap, Node, YAMLMap } from 'yaml';
import { mapGet, scalarText } from './yaml';

/**
 * The custom resources of well-known operators whose fields name an image the operator runs:
 * the API group of `apiVersion`, the kinds, and the path of each field below the object. Their
 * `containers` and `initContainers` lists are read as any pod spec's. To add a kind, add a line
 * here and a test on a real chart that renders one (docs/design.md, "Images in custom resources").
 */
export const CUSTOM_RESOURCE_IMAGES: ReadonlyArray<{ group: string; kinds: string[]; fields: string[][] }> = [
  {
    // prometheus-operator: the other kinds (ServiceMonitor, PodMonitor, Probe, PrometheusRule,
    // AlertmanagerConfig, ScrapeConfig) configure these and run no image.
    group: 'monitoring.coreos.com',
    kinds: ['Prometheus', 'PrometheusAgent', 'Alertmanager', 'ThanosRuler'],
    fields: [
      ['spec', 'image'],
      ['spec', 'thanos', 'image']
    ]
  },
  { group: 'ceph.rook.io', kinds: ['CephCluster'], fields: [['spec', 'cephVersion', 'image']] },
  {
    group: 'minio.min.io',
    kinds: ['Tenant'],
    fields: [
      ['spec', 'image'],
      ['spec', 'kes', 'image']
    ]
  },
  {
    group: 'ceph.rook.io',
    kinds: ['CephCOSIDriver'],
    fields: [
      ['spec', 'image'],
      ['spec', 'objectProvisionerImage']
    ]
  }
];

/** Kinds whose documents may name an image outside a container list (the table's, and ConfigMap). */
export const IMAGE_KINDS = new Set(['ConfigMap', ...CUSTOM_RESOURCE_IMAGES.flatMap(c => c.kinds)]);

/** The image fields of an object of a listed kind, each as its value node. */
export function customResourceFields(object: unknown): Node[] {
  if (!isMap(object)) return [];
  const kind = scalarText(mapGet(object, 'kind'));
  const group = (scalarText(mapGet(object, 'apiVersion')) ?? '').split('/')[0];
  const out: Node[] = [];
  for (const c of CUSTOM_RESOURCE_IMAGES) {
    if (c.group !== group || !kind || !c.kinds.includes(kind)) continue;
    for (const field of c.fields) {
      let node: unknown = object;
      for (const key of field) node = isMap(node) ? mapGet(node as YAMLMap, key) : undefined;
      if (node) out.push(node as Node);
    }
  }
  return out;
}
