import { dialog, type BrowserWindow } from 'electron'
import { buildMailto } from '../../shared/export/mailto'
import { openExternalSafely } from '../security/external-links'
import type { Core } from '../core'

// What the menu's About, Report a problem and Export… items do in the main process.

export const SUPPORT_ADDRESS = 'hello@afterview.app'

export interface AboutInfo {
  appName: string
  version: string
  versions: { electron?: string; chrome?: string; node?: string }
  platform: string
  arch: string
}

/** The About text: the version first, then what a bug report would need. No user data. */
export function aboutDetail(info: AboutInfo): string {
  const engine = [
    info.versions.electron && `Electron ${info.versions.electron}`,
    info.versions.chrome && `Chromium ${info.versions.chrome}`,
    info.versions.node && `Node ${info.versions.node}`
  ].filter(Boolean)
  return [
    `Version ${info.version}`,
    engine.join(' · '),
    `${info.platform} ${info.arch}`,
    '',
    'Follow up after job interviews, offline. Your notes and messages stay on this computer.'
  ].join('\n')
}

export async function showAbout(win: BrowserWindow | null, info: AboutInfo): Promise<void> {
  const options = {
    type: 'info' as const,
    title: `About ${info.appName}`,
    message: info.appName,
    detail: aboutDetail(info),
    buttons: ['OK']
  }
  if (win) await dialog.showMessageBox(win, options)
  else await dialog.showMessageBox(options)
}

/** A mail to the maintainers with the version and platform filled in; nothing from the user's data. */
export function reportProblemUrl(info: AboutInfo): string {
  return buildMailto({
    to: SUPPORT_ADDRESS,
    subject: `${info.appName} ${info.version}: a problem`,
    body: ['What happened:', '', 'What you expected:', '', 'Steps to see it again:', '', '---', aboutDetail(info).split('\n\n')[0]].join('\n')
  })
}

export async function reportProblem(info: AboutInfo, open: (url: string) => Promise<void>): Promise<boolean> {
  return openExternalSafely(reportProblemUrl(info), open)
}

/** The whole dataset as JSON, saved where the user chooses: the same path as Settings › Export. */
export async function exportData(core: Core): Promise<{ saved: boolean; error?: string }> {
  const result = await core.invoke('data.export', undefined)
  if (!result.ok) return { saved: false, error: result.error.message }
  return { saved: (result.value as { saved: boolean }).saved }
}
