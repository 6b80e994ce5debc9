import { KEY_POINT_CATEGORIES, type KeyPointCategory } from '../../../../shared/model'

export const CATEGORIES = KEY_POINT_CATEGORIES

export const CATEGORY_LABEL: Record<KeyPointCategory, string> = {
  topic: 'Topic',
  praise: 'Praise',
  concern: 'Concern',
  culture: 'Culture',
  'next-step': 'Next step',
  action: 'Action'
}

export const CATEGORY_HEADING: Record<KeyPointCategory, string> = {
  topic: 'Topics',
  praise: 'Praise',
  concern: 'Concerns',
  culture: 'Culture',
  'next-step': 'Next steps',
  action: 'Actions'
}

export const CATEGORY_HINT: Record<KeyPointCategory, string> = {
  topic: 'Subjects, projects and challenges discussed',
  praise: 'Where they were impressed',
  concern: 'Doubts or gaps they raised',
  culture: 'Values and ways of working',
  'next-step': 'Further rounds, references, when they will decide',
  action: 'What to send, clarify or answer in a follow-up'
}
