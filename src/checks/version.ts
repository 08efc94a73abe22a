// Which checks produced a stored count: a hash of the checks' sources (and the formats and model they read),
// set by the build (vite.config.ts checksVersion). Counts stored by another version are computed afresh.
declare const __NIANBAO_CHECKS_VERSION__: string | undefined;

/** 'unbuilt' where no build defined it (unit tests): there, stored counts only ever meet the same code. */
export const CHECKS_VERSION: string = typeof __NIANBAO_CHECKS_VERSION__ === 'string' ? __NIANBAO_CHECKS_VERSION__ : 'unbuilt';
