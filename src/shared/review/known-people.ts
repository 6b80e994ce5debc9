import type { Person } from '../model'

// People the extractor found in the notes against the people already on the process: "Dana"
// in the notes is the "Dana Whitfield" already listed, but "Dana Smith" is someone else.

const words = (name: string) => name.trim().toLowerCase().split(/\s+/).filter(Boolean)

export function sameName(a: string, b: string): boolean {
  const x = words(a)
  const y = words(b)
  if (!x.length || !y.length) return false
  if (x.join(' ') === y.join(' ')) return true
  // A first name alone matches any full name that starts with it.
  return (x.length === 1 || y.length === 1) && x[0] === y[0]
}

export function findKnownPerson<P extends Pick<Person, 'name'>>(name: string, people: readonly P[]): P | null {
  return people.find((p) => words(p.name).join(' ') === words(name).join(' ')) ?? people.find((p) => sameName(p.name, name)) ?? null
}
