/// Someone who serves the session in a role of their own, not an invitee: a narasumber, the moderator, the pembawa
/// acara, panitia. They are never counted as invited or absent; the money papers pay them by their data.
public struct Person: Codable, Equatable, Sendable, Identifiable {
    /// What they do at the session.
    public enum Role: String, Codable, CaseIterable, Sendable {
        case narasumber, moderator, pembawaAcara = "pembawa-acara", panitia

        public func label(_ lang: Lang) -> String {
            switch self {
            case .narasumber: return "narasumber"
            case .moderator: return "moderator"
            case .pembawaAcara: return lang.t("pembawa acara", "master of ceremonies")
            case .panitia: return "panitia"
            }
        }
    }

    /// Their employment, which decides the PPh 21 rule: a PNS's honorarium is taxed final by golongan; a PPPK's or
    /// anyone else's as a bukan pegawai.
    public enum Status: String, Codable, CaseIterable, Sendable {
        case pns, pppk, nonPNS = "non-pns"

        public func label(_ lang: Lang) -> String {
            switch self {
            case .pns: return "PNS"
            case .pppk: return "PPPK"
            case .nonPNS: return lang.t("bukan PNS", "non-PNS")
            }
        }
    }

    public var id: String
    public var role = Role.narasumber
    public var name = ""
    public var nip = ""
    /// Pangkat and golongan/ruang as written ("Pembina, IV/a"); the golongan decides a PNS's tax.
    public var golongan = ""
    public var pangkat = ""
    public var jabatan = ""
    public var instansi = ""
    public var status = Status.nonPNS
    /// NPWP (15 or 16 digits) or NIK (16 digits): without either, a bukan pegawai's PPh 21 is 20% higher.
    public var npwp = ""
    public var nik = ""
    /// As on the NIK, for the bukti potong.
    public var address = ""
    /// For a payment by transfer.
    public var bank = ""
    public var account = ""
    /// In an office's directory: the phone, the roster seat held ("Kepala Desa Tohe"), when (ISO date) and at which
    /// session the person was last seen.
    public var phone = ""
    public var seat = ""
    public var seenOn = ""
    public var seenAt = ""

    public init(id: String) { self.id = id }

    /// Sets the fields an event carries (values already checked when the event was made; unknown words keep the field).
    public mutating func set(_ values: ChangeFields<Change.PersonField>) {
        for (field, value) in values {
            switch field {
            case .role: role = Role(rawValue: value) ?? role
            case .status: status = Status(rawValue: value) ?? status
            case .name: name = value
            case .nip: nip = value
            case .golongan: golongan = value
            case .pangkat: pangkat = value
            case .jabatan: jabatan = value
            case .instansi: instansi = value
            case .npwp: npwp = value
            case .nik: nik = value
            case .address: address = value
            case .bank: bank = value
            case .account: account = value
            case .phone: phone = value
            case .seat: seat = value
            case .seenOn: seenOn = value
            case .seenAt: seenAt = value
            }
        }
    }
}
