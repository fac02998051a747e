/// One line saying what an event did, for `undo`, history and messages.
public enum ChangeDescription {
    /// "hadir: Kepala Desa Tohe", "acara dimulai: Pembukaan", ...
    public static func describe(_ change: Change, in session: Session, lang: Lang) -> String {
        switch change {
        case .session(let values):
            return lang.t("data sesi", "session details") + " (" + values.keys.map(\.rawValue).sorted().joined(separator: ", ") + ")"
        case .attendee(let id, let fields, let invited):
            let who = session.attendee(id: id)?.seatName ?? id
            if invited != nil { return lang.t("tambah peserta: ", "added attendee: ") + who }
            return lang.t("ubah peserta: ", "edited attendee: ") + who
                + " (" + fields.keys.map { $0.label(lang) }.joined(separator: ", ") + ")"
        case .checkIn(let id, let status, _, _, _, _):
            let who = session.attendee(id: id)?.seatName ?? id
            return status.label(lang) + ": " + who
        case .agenda(let id, let fields):
            let title = (session.agenda + session.removedAgenda).first { $0.id == id }?.title ?? id
            if fields[.removed] == "1" { return lang.t("acara dihapus: ", "item removed: ") + title }
            if fields[.position] != nil { return lang.t("acara dipindah: ", "item moved: ") + title }
            if fields[.end] != nil && fields.count == 1 { return lang.t("acara selesai: ", "item ended: ") + title }
            if fields[.start] != nil && fields.count <= 2 { return lang.t("acara dimulai: ", "item started: ") + title }
            return lang.t("acara: ", "agenda item: ") + title
        case .material(let material):
            return lang.t("materi: ", "material: ") + (material.title.isEmpty ? material.fileName : material.title)
        case .photo(let photo):
            return lang.t("foto: ", "photo: ") + photo.label
        case .person(let id, let fields):
            let person = session.people.first { $0.id == id }
            let who = (person?.role.label(lang) ?? "") + " " + (person?.name ?? id)
            return fields[.name] != nil && fields.count > 2 ? lang.t("tambah ", "added ") + who : lang.t("ubah ", "edited ") + who
        case .rate(let rate):
            return lang.t("tarif ", "rate ") + rate.kind.rawValue + " " + PaymentRules.targetName(rate.target, in: session, lang: lang)
                + ": " + Rupiah.format(rate.amount)
        case .tax(let group, let basisPoints):
            return lang.t("tarif PPh 21 ", "PPh 21 rate ") + group + ": " + TaxRules.percent(basisPoints)
        case .note(_, _, let text):
            return lang.t("catatan: ", "note: ") + DisplayWidth.clip(TextSanitizer.line(text), to: 50, ellipsis: true)
        case .question(_, _, _, let asker, let text, _):
            return lang.t("pertanyaan dari ", "question from ") + asker + ": "
                + DisplayWidth.clip(TextSanitizer.line(text), to: 40, ellipsis: true)
        case .undo:
            return lang.t("pembatalan", "undo")
        case .join(_, _, _, let creates):
            return creates ? lang.t("sesi dibuat", "session created") : lang.t("meja bergabung", "desk joined")
        case .forget:
            return lang.t("orang dilupakan", "person forgotten")
        case .indexed(_, _, let title, let date):
            return lang.t("sesi dicatat: ", "session listed: ") + title + " (" + date + ")"
        }
    }
}
