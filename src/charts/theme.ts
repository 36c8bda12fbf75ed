// Colours: one accent, and status colours colour-blind readers can tell apart (after Okabe–Ito,
// the amber and the grey darkened to keep 3:1 against white, as marks need:
// bluish green, orange, vermilion, grey). Status is never shown by colour alone: every
// label and tooltip also carries the icon and the word.
import type { StatusKind } from '../model/views/value';

export interface Theme {
  accent: string;
  text: string;
  muted: string;
  grid: string;
  background: string;
  font: string;
  status: Record<StatusKind, string>;
  /** Dossier status segments, early → pending. */
  segments: Record<string, string>;
  /** Online coverage segments, fully → not online. */
  online: Record<string, string>;
}

export const THEME: Theme = {
  accent: '#1f5fa8',
  text: '#1c2430',
  muted: '#5b6675',
  grid: '#e3e7ec',
  background: '#ffffff',
  font: '"Be Vietnam Pro", "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  status: { met: '#009e73', 'at-risk': '#b87d00', missed: '#d55e00', 'no-data': '#878d94', none: '#1f5fa8' },
  segments: {
    resolved_early: '#174f86', resolved_on_time: '#4a88c7', resolved_in_time: '#8db7e0', resolved_late: '#d55e00', pending: '#a7adb5',
  },
  online: {
    procedures_online_full: '#1f5fa8', procedures_online_partial: '#7fa9d9', procedures_online: '#b9cfe9', procedures_offline: '#dde1e6',
  },
};

/** The same colours on a dark page (an embed with `theme=dark`): light text, lighter accent, status
 * colours kept (they are chosen for colour-blind readers and hold on both). */
export const DARK_THEME: Theme = {
  ...THEME,
  accent: '#7fb2ea',
  text: '#e8edf3',
  muted: '#aab4c0',
  grid: '#3a4452',
  background: '#16202c',
  status: { ...THEME.status, none: '#7fb2ea', 'no-data': '#8a929c' },
};
