import Holidays from 'date-holidays'

// Countries and regions from the same package the follow-up planner counts business days with,
// so every choice offered here is one the planner understands. The planner already puts
// date-holidays in the renderer bundle; this adds no weight.

export interface Place {
  code: string
  name: string
}

let countries: Place[] | null = null
const regions = new Map<string, Place[]>()

const byName = (a: Place, b: Place) => a.name.localeCompare(b.name, 'en')

export function holidayCountries(): Place[] {
  countries ??= Object.entries(new Holidays().getCountries('en'))
    .map(([code, name]) => ({ code, name }))
    .sort(byName)
  return countries
}

/** Subdivisions with their own public holidays (US states, German Länder…); empty when none. */
export function holidayRegions(country: string): Place[] {
  let list = regions.get(country)
  if (!list) {
    const states = /^[A-Z]{2}$/.test(country) ? new Holidays().getStates(country, 'en') : undefined
    list = Object.entries(states ?? {})
      .map(([code, name]) => ({ code, name }))
      .sort(byName)
    regions.set(country, list)
  }
  return list
}
