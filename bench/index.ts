// npm run bench: every speed target of the project, printed with the data size it was taken on.
import { benchStore } from './store'
import { benchExtract } from './extract'
import { benchPlan } from './plan'
import { benchBoard } from './board'
import { benchDrafts } from './drafts'

console.log(`Afterview benchmarks — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`)
await benchStore()
await benchExtract()
await benchPlan()
await benchBoard()
await benchDrafts()
