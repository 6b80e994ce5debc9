import { emptyFigures, score, type FoldResult, type LabelledFile } from './evaluation'
import { extractFromAnalysis } from './index'
import type { TrainOptions } from './linear-model'
import type { PointModel } from './point-model'
import { analyseCases, trainPointModel, type AnalysedCase } from './training'

// Honest figures: for each labelled file, a model trained on every other file (plus any sets
// that are only ever trained on) scores the file left out.

export interface AnalysedFile {
  name: string
  cases: AnalysedCase[]
}

export function analyseFiles(files: LabelledFile[]): AnalysedFile[] {
  return files.map((f) => ({ name: f.name, cases: analyseCases(f.cases) }))
}

export function scoreFile(file: AnalysedFile, model: PointModel, log?: (line: string) => void): FoldResult {
  const figures = emptyFigures()
  for (const { case: c, analysis } of file.cases) {
    score(figures, c, extractFromAnalysis(c.notes, analysis, c.interviewDate, model), log)
  }
  return { name: file.name, figures }
}

export function leaveOneFileOut(
  files: AnalysedFile[],
  trainOnly: AnalysedCase[] = [],
  options?: TrainOptions,
  log?: (line: string) => void
): FoldResult[] {
  return files.map((held) => {
    const rest = files.filter((f) => f !== held).flatMap((f) => f.cases)
    const model = trainPointModel([...rest, ...trainOnly], options)
    return scoreFile(held, model, log)
  })
}
