import { describe, expect, it } from 'vitest'
import {
  actionClause,
  cleanFragment,
  collectProperNouns,
  concernClause,
  contentWords,
  praiseClause,
  topicClause
} from '../../../src/shared/compose/phrasing'
import { firstName } from '../../../src/shared/compose'

describe('cleanFragment', () => {
  it.each([
    ['- Billing migration.', 'billing migration'],
    ['* talked w/ mgr abt roadmap;', 'talked with manager about roadmap'],
    ['1) Monolith -> microservices', 'monolith to microservices'],
    ['• Worked thru the backlog w/o help!!', 'worked through the backlog without help'],
    ['Topic: scaling & reliability', 'scaling and reliability'],
    ['"Kubernetes upgrades"', 'Kubernetes upgrades'],
    ['API design review', 'API design review'],
    ['I asked about the team', 'I asked about the team']
  ])('%j → %j', (raw, clean) => {
    expect(cleanFragment(raw)).toBe(clean)
  })

  it('keeps proper nouns it was told about', () => {
    expect(cleanFragment('Acme roadmap', { properNouns: new Set(['Acme']) })).toBe('Acme roadmap')
    expect(collectProperNouns(['moving from Postgres to Cassandra'], ['Acme Robotics'])).toEqual(new Set(['Postgres', 'Cassandra', 'Acme', 'Robotics']))
  })
})

describe('key points as clauses', () => {
  it.each([
    ['- Billing migration from Stripe -> Adyen', { kind: 'noun', text: 'the billing migration from Stripe to Adyen' }],
    ['we discussed the billing migration.', { kind: 'noun', text: 'the billing migration' }],
    ['Talked abt their on-call rotation', { kind: 'noun', text: 'your on-call rotation' }],
    ['they are moving to event sourcing', { kind: 'sentence', text: 'you are moving to event sourcing' }],
    ['she said the team is growing to 12 ppl', { kind: 'sentence', text: 'the team is growing to 12 people' }],
    ['team ships weekly w/ feature flags', { kind: 'sentence', text: 'the team ships weekly with feature flags' }],
    ['migrating the billing system', { kind: 'noun', text: 'migrating the billing system' }],
    ['Q3 roadmap: new mobile app, moving off the monolith, hiring two more engineers for platform', { kind: 'noun', text: 'the Q3 roadmap' }]
  ])('topic %j', (raw, clause) => {
    expect(topicClause(raw)).toEqual(clause)
  })

  it('leaves out what cannot be phrased honestly', () => {
    expect(topicClause('I was nervous')).toBeNull()
    expect(topicClause('she showed me her dashboard')).toBeNull()
    expect(topicClause('my answer was too long')).toBeNull()
    expect(praiseClause('I think it went well')).toBeNull()
    expect(actionClause('research their competitors')).toBeNull()
    expect(actionClause('send')).toBeNull()
    const long = 'a very long rambling note that goes on and on without any comma or break in it at all for ages'
    expect(topicClause(long)).toBeNull()
  })

  it.each([
    ['liked my Kafka exp', 'my Kafka experience'],
    ['She was impressed by how I handled the outage', 'how I handled the outage'],
    ['interviewer loved the dashboard project', 'the dashboard project'],
    ['Great feedback on system design', 'the system design']
  ])('praise %j → %j', (raw, clause) => {
    expect(praiseClause(raw)).toBe(clause)
  })

  it.each([
    ['worried abt lack of Go exp', 'my Go experience'],
    ['Asked whether I have managed a team', 'whether I have managed a team'],
    ['they were unsure if I could relocate', 'whether I could relocate'],
    ['concern: no people mgmt exp', 'my people management experience']
  ])('concern %j → %j', (raw, clause) => {
    expect(concernClause(raw)).toBe(clause)
  })

  it.each([
    ['send portfolio link', 'follow up with my portfolio link'],
    ['Send them the case study', 'follow up with the case study'],
    ['need to send references', 'follow up with my references'],
    ['clarify my availability', 'clarify my availability'],
    ['Follow up on their question about SLAs', 'follow up on your question about SLAs']
  ])('action %j → %j', (raw, clause) => {
    expect(actionClause(raw)).toBe(clause)
  })

  it('finds the distinctive words of a point, shorthand expanded', () => {
    expect(contentWords('talked abt mgmt exp w/ Kafka')).toEqual(['management', 'experience', 'kafka'])
  })
})

describe('firstName', () => {
  it('skips honorifics and keeps the first given name', () => {
    expect(firstName('Dr. Samantha Lee')).toBe('Samantha')
    expect(firstName('  Raj   Patel ')).toBe('Raj')
    expect(firstName('Ms Ana')).toBe('Ana')
    expect(firstName('Prof')).toBe('Prof')
    expect(firstName('')).toBe('')
  })
})
