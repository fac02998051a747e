import AulaCore

/// The four tabs, in order.
public enum Tab: Int, CaseIterable, Sendable {
    case hadir, acara, materi, dokumen

    /// The tab's label.
    public func label(_ lang: Lang) -> String {
        switch self {
        case .hadir: return lang.t("Hadir", "Attendance")
        case .acara: return lang.t("Acara", "Agenda")
        case .materi: return lang.t("Materi", "Materials")
        case .dokumen: return lang.t("Dokumen", "Papers")
        }
    }
}
