/**
 * The LMS layer, for the app to load with `import('../lms')` once discovery.ts (imported on its
 * own, it is tiny) found an LMS. See bridge.ts for the order of calls.
 */
export { openLms, type OpenOptions } from './open';
export { createLmsBridge, noticeOfProblem, noticeOfResume, type LmsBridge, type LmsBridgeOptions, type LmsNotice, type LmsNoticeKey, type PageEvents } from './bridge';
export { scopeStatus, isScope, interactionsOf, type LmsScope, type ScopeRecords, type ScopeTests } from './scope';
export { encodeSuspend, decodeSuspend, droppedAnything, type Dropped, type LearnerState, type ResumeState, type SuspendInput, type DecodeResult } from './suspend-codec';
export { labelsOf, type LabelSource } from './labels';
export type { Cmi5Session, LaunchData } from './cmi5';
export type { LmsFound } from './discovery';
export { SUSPEND_LIMIT, type LmsInteraction, type LmsProblem, type LmsReport, type LmsSession, type LmsStatus } from './types';
