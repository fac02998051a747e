/// What an office enters once and every session of it carries: the kop and address, the logo, the signatories with
/// their NIP, the budget line's sub kegiatan and kode rekening, and how it files its SPJ.
public enum OfficeProfile {
    /// The session fields the office keeps.
    public static let fields: [Change.SessionField] = [
        .letterhead, .address, .logo, .place, .paperSize, .official, .officialTitle, .officialNip,
        .commitmentOfficer, .commitmentOfficerNip, .treasurer, .treasurerNip, .budgetUser, .budgetUserNip,
        .technicalOfficer, .technicalOfficerNip, .subActivity, .accountCode, .amountInWords, .stampDuty,
        .taxTransport, .taxPocketMoney, .withholderID, .filingOrder,
    ]

    /// The signatories and settings a new session takes: the office's where it has them, else those of `earlier`
    /// (the session it is made from), each only when set.
    public static func details(office: Session?, earlier: Session?) -> ChangeFields<Change.SessionField> {
        var details = ChangeFields<Change.SessionField>()
        for field in fields where field != .logo {
            let value = [office, earlier].lazy.compactMap { $0?[keyPath: field.keyPath] }.first { !$0.isEmpty }
            if let value { details[field] = value }
        }
        return details
    }

    /// The field `aula office set KEY` names: `nama` (the office's name), `pa`/`nip-pa` for the Pengguna Anggaran,
    /// or any profile field by its `aula set` name.
    public static func field(_ key: String) throws(AulaError) -> Change.SessionField {
        switch key.lowercased() {
        case "nama", "name": return .title
        case "pa": return .budgetUser
        case "nip-pa": return .budgetUserNip
        default:
            guard let field = Change.SessionField(argument: key), fields.contains(field) else {
                let known = (["nama", "pa", "nip-pa"] + fields.map(\.argumentName)).joined(separator: ", ")
                throw AulaError(id: "Kantor tidak menyimpan '\(TextSanitizer.excerpt(key))'. Yang disimpan: \(known).",
                                en: "The office keeps no '\(TextSanitizer.excerpt(key))'. It keeps: \(known).")
            }
            return field
        }
    }
}
