/// Where a seat stands: the words Indonesian offices use on a daftar hadir.
public enum AttendanceStatus: String, Codable, Sendable, CaseIterable {
    case belumHadir = "belum"
    case hadir
    case diwakili
    case izin
    case sakit
    case dinasLuar = "dinas-luar"

    /// Position in `allCases`, for tables indexed by status.
    var ordinal: Int {
        switch self {
        case .belumHadir: return 0
        case .hadir: return 1
        case .diwakili: return 2
        case .izin: return 3
        case .sakit: return 4
        case .dinasLuar: return 5
        }
    }

    /// The status as typed on the command line (`hadir`, `dinas-luar`, `belum`).
    public init?(argument: String) {
        let key = argument.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        switch key {
        case "belum", "belum-hadir", "clear", "none": self = .belumHadir
        case "hadir", "present": self = .hadir
        case "diwakili", "proxy", "represented": self = .diwakili
        case "izin", "excused": self = .izin
        case "sakit", "sick": self = .sakit
        case "dinas-luar", "dinasluar", "dl", "duty": self = .dinasLuar
        default: return nil
        }
    }

    /// The label a user reads.
    public func label(_ lang: Lang) -> String {
        switch self {
        case .belumHadir: return lang.t("belum hadir", "not yet")
        case .hadir: return lang.t("hadir", "present")
        case .diwakili: return lang.t("diwakili", "represented")
        case .izin: return lang.t("izin", "excused")
        case .sakit: return lang.t("sakit", "sick")
        case .dinasLuar: return lang.t("dinas luar", "on duty elsewhere")
        }
    }

    /// True when someone sat in the seat (the person or a stand-in).
    public var isPresent: Bool { self == .hadir || self == .diwakili }
    /// Izin, sakit or dinas luar: excused, perhaps with a reason.
    public var isExcused: Bool { self == .izin || self == .sakit || self == .dinasLuar }
}
