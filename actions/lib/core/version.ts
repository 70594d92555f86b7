/** This suite's version, as package.json gives it (test/unit/proof.test.ts keeps the two equal). */
export const TOOL_VERSION = '1.0.0';
