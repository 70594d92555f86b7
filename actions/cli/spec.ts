/** One action.yml input, as the CLI sees it (see inputs.generated.ts). */
export interface InputSpec {
  name: string;
  description: string;
  required: boolean;
  default: string;
  /** The values it takes, when the description names them (`only`, `gha`, …). */
  choices?: string[];
}

export interface OutputSpec {
  name: string;
  description: string;
}

export interface ActionSpec {
  /** Folder name: build-multiarch, verify-platforms, ..., or build (the one-liner). */
  name: string;
  /** Path of the folder holding action.yml, from the repository root. */
  dir: string;
  description: string;
  inputs: InputSpec[];
  outputs: OutputSpec[];
}
