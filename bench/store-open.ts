import { openStore } from '../src/main/store/data-store'

// Opens a data folder in a fresh process and prints how long until the board's data is ready:
// the start-up figure, without a warmed-up JIT or file cache from generating the data.

const dir = process.argv[2]
const cpuBefore = process.cpuUsage()
const started = performance.now()
const store = await openStore({ dir })
const count = store.listProcesses().length
const loadMs = performance.now() - started
const cpu = process.cpuUsage(cpuBefore)
const cpuMs = (cpu.user + cpu.system) / 1000
await store.close()
process.stdout.write(`${JSON.stringify({ loadMs, cpuMs, count, notices: store.notices.length })}\n`)
