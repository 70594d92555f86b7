// The part of @actions/attest (2.x) that keyless.ts calls, declared here so that type-checking
// does not need the package installed; the bundle carries the real one.
declare module '@actions/attest' {
  export function attest(options: {
    subjects: Array<{ name: string; digest: Record<string, string> }>;
    predicateType: string;
    predicate: object;
    token: string;
  }): Promise<{
    bundle: {
      mediaType: string;
      dsseEnvelope?: {
        payload: string;
        payloadType: string;
        signatures: Array<{ sig: string; keyid?: string }>;
      };
      verificationMaterial: unknown;
    };
    certificate: string;
    tlogID?: string;
    attestationID?: string;
  }>;
}
