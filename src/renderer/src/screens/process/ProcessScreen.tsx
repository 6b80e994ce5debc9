export function ProcessScreen(_props: { id: string; roundId?: string }) {
  return <div className="screen">Interview detail — being built</div>
}
