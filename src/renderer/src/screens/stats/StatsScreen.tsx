export function StatsScreen() {
  return <div className="screen">Stats — being built</div>
}
