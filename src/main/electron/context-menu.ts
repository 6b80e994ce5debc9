import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'

/** Spelling suggestions and the usual edit actions on right-click in editable fields. */
export function attachContextMenu(win: BrowserWindow): void {
  win.webContents.on('context-menu', (_event, params) => {
    const items: MenuItemConstructorOptions[] = params.dictionarySuggestions.slice(0, 6).map((word) => ({
      label: word,
      click: () => win.webContents.replaceMisspelling(word)
    }))
    if (params.misspelledWord) {
      items.push({
        label: 'Add to dictionary',
        click: () => win.webContents.session.addWordToSpellCheckerDictionary(params.misspelledWord)
      })
    }
    if (items.length) items.push({ type: 'separator' })
    if (params.isEditable) items.push({ role: 'cut' }, { role: 'copy' }, { role: 'paste' }, { role: 'selectAll' })
    else if (params.selectionText) items.push({ role: 'copy' })
    if (items.length) Menu.buildFromTemplate(items).popup({ window: win })
  })
}
