import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { meanRates, rates } from '../../../src/shared/extract/evaluation'
import { analyseFiles, leaveOneFileOut } from '../../../src/shared/extract/leave-one-out'
import { serializeModel } from '../../../src/shared/extract/linear-model'
import { trainPointModel } from '../../../src/shared/extract/training'
import { evalFiles, fixtureFiles, WEIGHTS_PATH } from '../../../scripts/labelled-notes'

// The point model is measured the honest way: each labelled file is scored by a model trained
// without it (leave-one-file-out). Floors sit a little under the measured means, so a change that
// makes the extractor worse on notes it has not seen fails here. Figures on training data are
// never asserted.

const files = analyseFiles(evalFiles())
const fixtures = analyseFiles(fixtureFiles()).flatMap((f) => f.cases)

describe('point model', () => {
  it('meets its floors on held-out files', { timeout: 300_000 }, () => {
    const folds = leaveOneFileOut(files, fixtures)
    expect(folds.map((f) => f.name)).toEqual(files.map((f) => f.name))
    const mean = meanRates(folds)
    expect(mean.topic).toBeGreaterThanOrEqual(0.77)
    expect(mean.praise).toBeGreaterThanOrEqual(0.87)
    expect(mean.concern).toBeGreaterThanOrEqual(0.77)
    expect(mean.culture).toBeGreaterThanOrEqual(0.83)
    expect(mean['next-step']).toBeGreaterThanOrEqual(0.86)
    expect(mean.action).toBeGreaterThanOrEqual(0.88)
    expect(mean.recall).toBeGreaterThanOrEqual(0.85)
    expect(mean.precision).toBeGreaterThanOrEqual(0.75)
    expect(mean.noise).toBeLessThanOrEqual(0.09)
    expect(mean.decision).toBeGreaterThanOrEqual(0.93)
    expect(mean.peopleRecall).toBeGreaterThanOrEqual(0.88)
    expect(mean.peoplePrecision).toBeGreaterThanOrEqual(0.86)
    expect(mean.speaker).toBeGreaterThanOrEqual(0.8)
    // No single file may be far off the mean: the model must not depend on one writer's style.
    for (const f of folds) expect(rates(f.figures).recall).toBeGreaterThanOrEqual(0.75)
  })

  it('ships the weights the training script makes from the labelled notes, byte for byte', { timeout: 120_000 }, () => {
    const model = trainPointModel([...files.flatMap((f) => f.cases), ...fixtures])
    expect(serializeModel(model)).toBe(readFileSync(WEIGHTS_PATH, 'utf8'))
  })
})
