// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { SettingsScreen } from '../../../src/renderer/src/screens/settings/SettingsScreen'
import { useApp } from '../../../src/renderer/src/store'
import { DEFAULT_SETTINGS } from '../../../src/shared/model'
import { installAfterview, makeProcess, refuse, seed, type Fake } from '../process/fake-afterview'

afterEach(cleanup)

function setup(handlers: Fake['handlers'] = {}) {
  seed([makeProcess()])
  const fake = installAfterview({
    'file.save': ({ suggestedName }) => ({ saved: true, path: `/home/alex/${suggestedName}` }),
    // What App's load() asks for after an import or a restore.
    'app.info': () => useApp.getState().info,
    'settings.get': () => DEFAULT_SETTINGS,
    'processes.summaries': () => [],
    ...handlers
  })
  render(<SettingsScreen />)
  return fake
}

const preview = {
  added: ['Lumen — Designer', 'Acme — PM'],
  changed: ['Northwind — Engineer'],
  removed: ['Old Co — Analyst'],
  unchanged: 2,
  notesChanged: 3,
  settingsChanged: true,
  applied: false
}

function pickFile(text: string, name = 'afterview-export.json') {
  const file = new File([text], name, { type: 'application/json' })
  fireEvent.change(screen.getByLabelText('Afterview export file to import'), { target: { files: [file] } })
}

describe('Export', () => {
  it('saves all data as JSON from main (the dataset never comes to the window) and the pipeline as CSV', async () => {
    const fake = setup({
      'data.export': () => ({ saved: true, path: '/home/me/afterview-export.json' }),
      'data.exportCsv': () => ({ csv: 'company,role\r\n', fileName: 'afterview-pipeline-2026-07-10.csv' })
    })
    fireEvent.click(screen.getByRole('button', { name: 'Export all data (JSON)' }))
    await waitFor(() => expect(fake.to('data.export')).toHaveLength(1))
    fireEvent.click(screen.getByRole('button', { name: 'Export pipeline (CSV)' }))
    await waitFor(() => expect(fake.to('file.save')).toHaveLength(1))
    expect(fake.to('file.save')).toEqual([
      { suggestedName: 'afterview-pipeline-2026-07-10.csv', content: 'company,role\r\n', kind: 'csv' }
    ])
  })
})

describe('Import', () => {
  it('previews what will change and applies only on confirm', async () => {
    const fake = setup({ 'data.import': ({ apply }) => ({ ...preview, applied: apply }) })
    pickFile('{"app":"afterview","schemaVersion":1}')
    const dialog = await screen.findByRole('dialog', { name: 'Import this file?' })
    expect(fake.to('data.import')).toEqual([{ json: '{"app":"afterview","schemaVersion":1}', apply: false }])
    expect(within(dialog).getByRole('region', { name: 'Added: 2' }).textContent).toContain('Lumen — Designer')
    expect(within(dialog).getByRole('region', { name: 'Changed: 1' }).textContent).toContain('Northwind — Engineer')
    expect(within(dialog).getByRole('region', { name: 'Removed: 1' }).textContent).toContain('Old Co — Analyst')
    expect(dialog.textContent).toContain('2 interviews unchanged; notes differ in 3 rounds; your settings change too.')
    expect(within(dialog).getByText(/replaces everything/)).toBeTruthy()
    fireEvent.click(within(dialog).getByRole('button', { name: 'Replace my data' }))
    await waitFor(() => expect(fake.to('data.import')).toHaveLength(2))
    expect(fake.to('data.import')[1]).toEqual({ json: '{"app":"afterview","schemaVersion":1}', apply: true })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    // The store is reloaded from main after the import.
    expect(fake.to('processes.summaries')).toHaveLength(1)
  })

  it('changes nothing when the preview is cancelled', async () => {
    const fake = setup({ 'data.import': ({ apply }) => ({ ...preview, applied: apply }) })
    pickFile('{}')
    const dialog = await screen.findByRole('dialog')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(fake.to('data.import').map((c) => c.apply)).toEqual([false])
  })

  it('shows why a file cannot be imported', async () => {
    setup({ 'data.import': () => { throw refuse('That file is not valid JSON, so nothing was imported.') } })
    pickFile('not json')
    expect((await screen.findByRole('alert')).textContent).toBe('That file is not valid JSON, so nothing was imported.')
    expect(screen.queryByRole('dialog')).toBeNull()
  })
})

describe('Restore from backup', () => {
  it('lists backups newest first with date, reason and size, and restores only after confirming', async () => {
    const fake = setup({
      'backups.list': () => [
        { id: 'a', createdAt: '2026-07-01T09:00:00.000Z', reason: 'daily', sizeBytes: 2048 },
        { id: 'b', createdAt: '2026-07-09T12:00:00.000Z', reason: 'pre-import', sizeBytes: 3 * 1024 * 1024 }
      ],
      'backups.restore': () => ({ ok: true })
    })
    fireEvent.click(screen.getByRole('button', { name: 'Restore from backup…' }))
    const dialog = await screen.findByRole('dialog', { name: 'Restore from backup' })
    const items = await within(dialog).findAllByRole('listitem')
    expect(items[0].textContent).toContain('Jul 9, 2026')
    expect(items[0].textContent).toContain('Before an import · 3.0 MB')
    expect(items[1].textContent).toContain('Daily · 2.0 KB')
    fireEvent.click(within(items[1]).getByRole('button'))
    const confirm = await screen.findByRole('dialog', { name: 'Restore this backup?' })
    expect(fake.to('backups.restore')).toEqual([])
    fireEvent.click(within(confirm).getByRole('button', { name: 'Restore' }))
    await waitFor(() => expect(fake.to('backups.restore')).toEqual([{ id: 'a' }]))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(fake.to('processes.summaries')).toHaveLength(1)
  })
})
