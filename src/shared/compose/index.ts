// The composer's public API: situations, drafts filled from a process, and live checks.
export * from './situations'
export { composeDraft, composeForEachInterviewer, recipientsFor, situationForDueStep, unusedPoints, type Draft } from './compose'
export { draftMentions, isSpeaker, pointsFor, type DraftMention, type PointUse, type RecipientPoints } from './recipient-points'
export { firstName, interviewDatePhrase, PLACEHOLDERS, type ComposeContext, type ComposeExtra, type KeyPointInput } from './context'
export * from './checks'
export { cleanFragment, expandShorthand } from './phrasing'
export { actionKind, mentionFor, pointMention, type ActionKind, type Mention, type MentionContext, type MentionPoint } from './mention'
