/** Notices the simulator chrome shows: storage trouble, another tab's changes, unavailable things. */
import type { MessageKey, Params } from '../i18n/i18n.svelte';
import type { PersistenceNotice } from '../storage/persistence';

export interface Notice {
  id: number;
  key: MessageKey;
  params?: Params;
  tone: 'warning' | 'info';
  /** A button next to the message, before "Sluiten" (e.g. "Herladen" for a new version). */
  action?: NoticeAction;
}

export interface NoticeAction {
  label: MessageKey;
  run: () => void;
}

export function noticeOf(notice: PersistenceNotice): Omit<Notice, 'id'> {
  switch (notice.kind) {
    case 'unavailable':
      return { key: 'notice.storage.unavailable', tone: 'warning' };
    case 'corrupt':
      return notice.keptAs
        ? { key: 'notice.storage.corrupt', params: { key: notice.keptAs }, tone: 'warning' }
        : { key: 'notice.storage.corruptNotKept', tone: 'warning' };
    case 'newer':
      return notice.keptAs
        ? { key: 'notice.storage.newer', params: { key: notice.keptAs }, tone: 'warning' }
        : { key: 'notice.storage.corruptNotKept', tone: 'warning' };
    case 'full':
      return { key: 'notice.storage.full', tone: 'warning' };
    case 'saveFailed':
      return { key: 'notice.storage.saveFailed', tone: 'warning' };
    case 'otherTab':
      return { key: 'notice.storage.otherTab', tone: 'info' };
    case 'conflict':
      return { key: 'notice.storage.conflict', tone: 'warning' };
  }
}
