extension RosterTable {
    /// A cell's value made what the column means, with `warn` told (Indonesian, English) of what may be wrong:
    /// a phone saved as a number gets back its leading 0; a NIP that Excel turned into a number and shows as
    /// 1.98503E+17 has lost its last digits and is left out rather than printed wrong.
    static func normalized(_ value: String, column: RosterColumn, warn: (String, String) -> Void) -> String {
        switch column {
        case .phone:
            let isNumber = !value.isEmpty && value.allSatisfy(\.isASCIIDigit)
            return isNumber && value.hasPrefix("8") && (9...12).contains(value.count) ? "0" + value : value
        case .nip:
            let compact = value.filter { $0 != " " }
            if compact.uppercased().contains("E+") {
                warn("NIP \(value) sudah kehilangan angka belakangnya (Excel hanya menyimpan 15 angka); NIP tidak diimpor. "
                        + "Ketik NIP sebagai teks (format sel Teks, atau awali dengan ').",
                     "NIP \(value) has lost its last digits (Excel keeps 15 digits); the NIP is not imported. "
                        + "Type NIPs as text (cell format Text, or start with ').")
                return ""
            }
            if compact.allSatisfy(\.isASCIIDigit) && !compact.isEmpty && compact.count != 18 {
                warn("NIP \(value) berisi \(compact.count) angka; NIP semestinya 18 angka.",
                     "NIP \(value) has \(compact.count) digits; a NIP has 18.")
            }
            return compact.allSatisfy(\.isASCIIDigit) ? compact : value
        default:
            return value
        }
    }
}
