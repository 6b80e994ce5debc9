// npm run train:points: trains the key-point model on every labelled note and writes
// src/shared/extract/weights.json. Same data, same file, byte for byte.
import { writeFileSync } from 'node:fs'
import { serializeModel } from '../src/shared/extract/linear-model'
import { analyseCases, trainPointModel } from '../src/shared/extract/training'
import { evalFiles, fixtureFiles, WEIGHTS_PATH } from './labelled-notes'

const cases = [...evalFiles(), ...fixtureFiles()].flatMap((f) => f.cases)
const model = trainPointModel(analyseCases(cases))
writeFileSync(WEIGHTS_PATH, serializeModel(model))
console.log(`trained on ${cases.length} notes: ${Object.keys(model.weights).length} features -> ${WEIGHTS_PATH}`)
