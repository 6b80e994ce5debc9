import { useApp, type Route } from '../store'

const ITEMS: { route: Route; label: string; icon: string; shortcut?: string }[] = [
  { route: { name: 'board' }, label: 'Pipeline', icon: '▦' },
  { route: { name: 'agenda' }, label: 'Agenda', icon: '◷' },
  { route: { name: 'stats' }, label: 'Insights', icon: '◔' },
  { route: { name: 'settings' }, label: 'Settings', icon: '⚙', shortcut: 'Ctrl+,' }
]

export function Sidebar() {
  const current = useApp((s) => s.route.name)
  const navigate = useApp((s) => s.navigate)
  const readOnly = useApp((s) => s.info?.readOnly ?? false)
  return (
    <nav className="sidebar" aria-label="Main">
      <div className="brand">
        <span className="brand-mark" aria-hidden="true">
          A
        </span>
        <span className="brand-name">Afterview</span>
      </div>
      <ul className="nav-list">
        {ITEMS.map((item) => {
          const active = current === item.route.name || (item.route.name === 'board' && ['process', 'review', 'compose'].includes(current))
          return (
            <li key={item.label}>
              <button
                type="button"
                className={`nav-item ${active ? 'active' : ''}`}
                aria-current={active ? 'page' : undefined}
                onClick={() => navigate(item.route)}
                title={item.shortcut}
              >
                <span className="nav-icon" aria-hidden="true">
                  {item.icon}
                </span>
                <span className="nav-label">{item.label}</span>
              </button>
            </li>
          )
        })}
      </ul>
      <div className="spacer" />
      {readOnly && (
        <p className="sidebar-note badge-warn" role="status">
          Read-only: another Afterview owns this data folder.
        </p>
      )}
      <p className="sidebar-foot subtle">Offline · your data stays on this computer</p>
    </nav>
  )
}
