import { KEY_POINT_CATEGORIES, type KeyPointCategory } from '../model'
import type { NoteAnalysis } from './analysis'
import { predict, type LinearModel } from './linear-model'
import shipped from './weights.json'

// The key-point classifier: one linear model over a unit's features, seven classes (the six
// categories and "none"). Its weights are trained by scripts/train-points.ts.

export interface PointModel extends LinearModel {
  /** A unit becomes a point when the model gives "none" less than this probability. */
  emitBelowNone?: number
}

export const NONE = 'none'
export const POINT_CLASSES: string[] = [...KEY_POINT_CATEGORIES, NONE]

const EMIT_BELOW_NONE = 0.5
// Shorter units ("ok", "Zoom") carry no point.
const MIN_LENGTH = 8

export function shippedModel(): PointModel {
  return shipped as PointModel
}

/** Each unit's category, or null when it is not a key point. */
export function classifyUnits(analysis: NoteAnalysis, model: PointModel): (KeyPointCategory | null)[] {
  const none = model.classes.indexOf(NONE)
  return analysis.views.map((view, i) => {
    if (view.unit.isTitle || view.unit.end - view.unit.start < MIN_LENGTH) return null
    const p = predict(model, analysis.features[i])
    if (p[none] >= (model.emitBelowNone ?? EMIT_BELOW_NONE)) return null
    let best = -1
    for (let c = 0; c < p.length; c++) if (c !== none && (best < 0 || p[c] > p[best])) best = c
    return model.classes[best] as KeyPointCategory
  })
}
