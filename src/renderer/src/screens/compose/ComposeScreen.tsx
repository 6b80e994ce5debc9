import type { Route } from '../../store'
export function ComposeScreen(_props: { route: Extract<Route, { name: 'compose' }> }) {
  return <div className="screen">Composer — being built</div>
}
