export function AgendaScreen() {
  return <div className="screen">Agenda — being built</div>
}
