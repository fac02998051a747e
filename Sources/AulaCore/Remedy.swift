/// What a user can do about an error, or after an outcome, named by intent. The core says what is wrong; each front
/// end words the remedy its own way: the command line as a command or an option, the app as its key, from its own
/// key table (or not at all, where its screen already shows the way).
public enum Remedy: Equatable, Sendable {
    /// See the acara's numbers.
    case listAgenda
    /// Say what to change about an agenda item (title, speaker, minutes, time).
    case nameAnAgendaChange
    /// Remove an agenda item although it holds something.
    case forceRemoval
    /// Pay an honorarium for an agenda item, not for a person or a jabatan.
    case payHonorariumPerItem
    /// Pay transport or pocket money for a jabatan or a seat, not for an agenda item.
    case payPerPerson
    /// Take the change back.
    case undo
    /// Say who stands in for the person (diwakili needs a name).
    case nameTheStandIn
}
