export function BoardScreen() {
  return <div className="screen">Pipeline board — being built</div>
}
