import { useEffect, useState, type DragEvent } from 'react'
import { MAX_IMPORT_BYTES } from '../../../../shared/import/text'
import { useApp } from '../../store'
import { useImport, startImport } from './import-store'
import { tooLargeText } from './read-import'

// Dropping a file, or pasting an invite or an email, on the board or a process. Pastes into a
// field stay in the field: only a paste with nothing editable focused is an import.

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer?.types ?? []).includes('Files')

function isEditable(el: Element | null): boolean {
  if (!el) return false
  const field = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
  return field || (el as HTMLElement).isContentEditable
}

export async function importFile(file: File, processId: string | null): Promise<void> {
  // A huge file is refused on its size alone, without reading it.
  if (file.size > MAX_IMPORT_BYTES) return useApp.getState().toast(tooLargeText(`“${file.name}”`), 'error')
  await startImport({ kind: 'file', name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }, processId)
}

export function useImportDrop(processId: string | null) {
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      const busy = useImport.getState().pending || document.querySelector('[role="dialog"]')
      if (busy || isEditable(document.activeElement)) return
      const file = e.clipboardData?.files?.[0]
      const text = e.clipboardData?.getData('text/plain') ?? ''
      if (!file && !text.trim()) return
      e.preventDefault()
      void (file ? importFile(file, processId) : startImport({ kind: 'text', text }, processId))
    }
    document.addEventListener('paste', onPaste)
    return () => document.removeEventListener('paste', onPaste)
  }, [processId])

  return {
    className: dragging ? 'import-drop-zone dragging' : 'import-drop-zone',
    onDragOver(e: DragEvent) {
      if (!hasFiles(e)) return
      e.preventDefault()
      e.dataTransfer.dropEffect = 'copy'
      if (!dragging) setDragging(true)
    },
    onDragLeave(e: DragEvent) {
      if (e.currentTarget === e.target || !e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false)
    },
    onDrop(e: DragEvent) {
      if (!hasFiles(e)) return
      e.preventDefault()
      setDragging(false)
      const [file, ...more] = Array.from(e.dataTransfer.files)
      if (more.length) {
        useApp.getState().toast(`One file at a time: “${file.name}” is previewed, the others were left out.`, 'info')
      }
      if (file) void importFile(file, processId)
    }
  }
}
