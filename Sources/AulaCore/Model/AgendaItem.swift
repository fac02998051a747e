/// One item of the acara: pembukaan, sambutan, a narasumber's materi, tanya jawab, penutup.
public struct AgendaItem: Codable, Equatable, Sendable {
    /// Stable id.
    public var id: String
    /// Position in the acara (1-based).
    public var number: Int
    /// What happens ("Materi: Regulasi Penggunaan Anggaran Desa").
    public var title: String
    /// The speaker (narasumber), if any.
    public var speaker: String
    /// Planned start, `HH:MM` in the session's zone, or empty.
    public var plannedStart: String
    /// Planned length in minutes (0 when not planned).
    public var minutes: Int
    /// When the item actually started (ISO 8601), or empty.
    public var actualStart: String
    /// When the item actually ended (ISO 8601), or empty.
    public var actualEnd: String
    /// Where the item stands among the others: the place it was last moved to, else the order it was added in
    /// (1, 2, 3, ...). Only the order matters; a move puts the item between its new neighbours' values.
    public var order: Double = 0

    /// True between its start and its end.
    public var isRunning: Bool { !actualStart.isEmpty && actualEnd.isEmpty }
}
