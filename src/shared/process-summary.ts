import { z } from 'zod'
import { messageSchema, processSchema, roundSchema, type Process } from './model'

// What the board, the agenda, insights and imports need of every process: the process without
// what only its own screens read (key points, reflections, the texts of messages). The window
// loads these at start-up and asks for the whole process when one is opened, so the start-up
// list is about 40% of the data (docs/design.md "Data").

export const roundSummarySchema = roundSchema.omit({ points: true, reflection: true })
export type RoundSummary = z.infer<typeof roundSummarySchema>

export const messageSummarySchema = messageSchema.omit({ subject: true, body: true })
export type MessageSummary = z.infer<typeof messageSummarySchema>

export const processSummarySchema = processSchema.extend({
  rounds: z.array(roundSummarySchema).max(200),
  messages: z.array(messageSummarySchema).max(5000)
})
/** A whole Process is also a ProcessSummary: code that reads only these fields takes either. */
export type ProcessSummary = z.infer<typeof processSummarySchema>

export function summarizeProcess(p: Process): ProcessSummary {
  return {
    ...p,
    rounds: p.rounds.map(({ points: _points, reflection: _reflection, ...round }) => round),
    messages: p.messages.map(({ subject: _subject, body: _body, ...message }) => message)
  }
}
