import { readFileSync } from 'node:fs'
import { join } from 'node:path'

const DIR = join(__dirname, '../../fixtures/import')

export const fixtureText = (name: string) => readFileSync(join(DIR, name), 'utf8')
export const fixtureBytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)))

export const SELF = 'jordan.candidate@mailbox.example'
