export function SettingsScreen() {
  return <div className="screen">Settings — being built</div>
}
