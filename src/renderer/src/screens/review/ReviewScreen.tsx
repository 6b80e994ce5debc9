export function ReviewScreen(_props: { processId: string; roundId: string }) {
  return <div className="screen">Note review — being built</div>
}
