/// Rearranging the acara: moving an item to another place, taking one out. Both write one event on the item itself,
/// so that `aula undo` (Ctrl-Z) takes either back whole, and notes, questions and materials stay with their item.
extension AgendaOperations {
    /// Moves item `number` to place `place` (both 1-based); the others keep their order.
    public static func move(number: Int, to place: Int, in session: Session, lang: Lang) throws(AulaError) -> Outcome {
        let item = try item(number, in: session)
        let count = session.agenda.count
        guard place >= 1, place <= count else {
            throw AulaError(id: "Urutan \(place) tidak ada: pilih 1–\(count).", en: "There is no place \(place): choose 1–\(count).")
        }
        guard place != number else {
            throw AulaError(id: "Acara \(number) sudah di urutan \(place).", en: "Item \(number) is already at place \(place).")
        }
        let message = TextSanitizer.line(lang.t("Acara dipindah ke urutan \(place): ", "Item moved to place \(place): ") + item.title)
        var others = session.agenda
        others.remove(at: number - 1)
        let before = place >= 2 ? others[place - 2].order : nil
        let after = place - 1 < others.count ? others[place - 1].order : nil
        let order: Double
        switch (before, after) {
        case let (b?, a?): order = (b + a) / 2
        case let (b?, nil): order = b + 1
        case let (nil, a?): order = a - 1
        case (nil, nil): order = 1
        }
        if order != before && order != after {
            return Outcome([.agenda(id: item.id, fields: [.position: String(order)])], message: message)
        }
        // After very many moves between the same two neighbours no value fits between them: number every item again.
        others.insert(item, at: place - 1)
        return Outcome(others.enumerated().map { .agenda(id: $1.id, fields: [.position: String(Double($0 + 1))]) }, message: message)
    }

    /// Takes item `number` out of the acara. An item that has started, or has notes, questions, materials or an
    /// honorarium, is only taken out with `force` (its notes and the rest are kept in the log, no longer printed);
    /// otherwise the error says what it holds.
    public static func remove(number: Int, force: Bool, in session: Session, lang: Lang) throws(AulaError) -> Outcome {
        let item = try item(number, in: session)
        let holds = removalLosses(item, in: session, lang: .id)
        if !holds.isEmpty && !force {
            throw AulaError(id: "Acara \(number) tidak dihapus: " + holds.joined(separator: ", ") + ".",
                            en: "Item \(number) not removed: " + removalLosses(item, in: session, lang: .en).joined(separator: ", ")
                                + ".", remedy: .forceRemoval)
        }
        return Outcome([.agenda(id: item.id, fields: [.removed: "1"])],
                       message: TextSanitizer.line(lang.t("Acara dihapus: ", "Item removed: ") + "\(number). \(item.title)"),
                       remedy: .undo)
    }

    /// What taking `item` out would hide from the papers ("sudah dimulai 09:02", "2 catatan"); empty when nothing.
    public static func removalLosses(_ item: AgendaItem, in session: Session, lang: Lang) -> [String] {
        var holds: [String] = []
        if let started = session.clock.clockTime(ofISO: item.actualStart) {
            holds.append(lang.t("sudah dimulai \(started)", "started at \(started)"))
        }
        let notes = session.notes.filter { $0.item == item.id && !$0.text.isEmpty }.count
        if notes > 0 { holds.append(lang.t("\(notes) catatan", notes == 1 ? "1 note" : "\(notes) notes")) }
        let questions = session.questions.filter { $0.item == item.id }.count
        if questions > 0 { holds.append(lang.t("\(questions) pertanyaan", questions == 1 ? "1 question" : "\(questions) questions")) }
        let materials = session.materials.filter { $0.item == item.id }.count
        if materials > 0 { holds.append(lang.t("\(materials) materi", materials == 1 ? "1 material" : "\(materials) materials")) }
        if PaymentRules.effective(session).contains(where: { $0.target == .item(item.id) && $0.amount > 0 }) {
            holds.append(lang.t("ada honorarium", "has an honorarium"))
        }
        return holds
    }
}
